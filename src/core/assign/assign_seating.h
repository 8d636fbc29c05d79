// A seating under construction with per-table counters, so the solver can price a move or swap
// of one block by touching only the two tables involved (incremental delta evaluation).
// Internal to core/assign*.
#pragma once

#include <array>
#include <vector>

#include "core/assign/assign_instance.h"

namespace dlg::assign {

/// The change a move or swap would make.
struct Delta {
    int hard = 0;    ///< change of the hard-rule violation count (0 keeps a valid seating valid)
    int moved = 0;   ///< change of the number of seated people away from their previous table
    double cost = 0; ///< change of the weighted soft objective
};

class Seating {
  public:
    /// `previous` (per person, -1 none) prices moves; `round1` (per person, -1 none) prices
    /// repeated pairs. Both may be empty.
    Seating(const Instance& instance, std::vector<int> previous, std::vector<int> round1);

    int tableOfBlock(int block) const { return blockTable_[block]; }
    int tableOfPerson(int person) const { return blockTable_[in_->blockOf[person]]; }
    int size(int table) const { return size_[table]; }
    int staffAt(int table) const { return staff_[table]; }
    int hard() const { return hardTotal_; } ///< violated hard-rule units over all tables
    int hardAt(int table) const { return hard_[table]; }
    int moved() const { return movedTotal_; }
    /// True when the person had another table before (rebalance), or had none (a newcomer).
    bool movedPerson(int person) const {
        return !previous_.empty() && previous_[person] != tableOfPerson(person);
    }
    /// True when a member of the block had a table before (rebalance).
    bool seatedBefore(int block) const;
    double cost() const; ///< weighted soft objective of the placed blocks
    /// The members' own costs (preference, moved) at the block's table.
    double blockOwnCost(int block) const;
    /// Parents needing language support at `table` with nobody there to bridge.
    int unsupportedAt(int table) const;

    /// Puts an unplaced block at `table`, or moves a placed one there.
    void moveBlock(int block, int table);
    /// Takes a placed block off its table; it stays unplaced until moved again.
    void liftBlock(int block);
    /// Exchanges the tables of two placed blocks.
    void swapBlocks(int a, int b);

    /// Cheap test: would the move keep both tables' sizes, staff bands and apart rule valid?
    bool moveKeepsRules(int block, int table) const;
    bool swapKeepsRules(int a, int b) const;
    /// For an unplaced block: would seating it at `table` keep the apart rule? (Sizes and bands
    /// are the caller's: it fills the place the block left.)
    bool placeKeepsRules(int block, int table) const { return apartOk(block, table, -1); }

    Delta evalMove(int block, int table);
    Delta evalSwap(int a, int b);
    /// Cost change of a swap that keeps every rule (swapKeepsRules), priced without touching
    /// the counters: the local search's inner loop.
    double swapCost(int a, int b);
    /// Cost change of a rotation of three blocks of one size at three tables (a to b's table, b to
    /// c's, c to a's), priced the same way; false when that fast pricing does not apply (blocks of
    /// different sizes, families apart, second round), then the caller applies and measures.
    bool rotationCost(int a, int b, int c, double& change) const;
    /// Cost change of a family block trading tables with two or three blocks (`others`, -1 for
    /// none) that sit together and have its size, priced the same way; false when that pricing
    /// does not apply.
    bool compoundCost(int family, std::array<int, 3> others, double& change) const;
    bool compoundCost(int family, int b, int c, double& change) const {
        return compoundCost(family, {b, c, -1}, change);
    }

  private:
    void add(int block, int table, int sign);
    void refresh(int table);
    double tableCost(int table) const;
    int tableHard(int table) const;
    double personCost(int person, int table) const;
    bool bandOk(int table, int sizeChange, int staffChange) const;
    bool apartOk(int block, int table, int leavingBlock) const;
    bool tableChange(int table, int leaving, int arriving, double& change) const;
    /// The same for up to three blocks each way (-1: none); their sizes must add up alike.
    bool tableChange(int table, std::array<int, 3> leaving, std::array<int, 3> arriving,
                     double& change) const;
    struct Changes;
    struct TableChanges;
    /// The net counter changes of blocks leaving and arriving at one table (-1: none); false when
    /// too many to keep.
    bool collectChanges(std::array<int, 3> leaving, std::array<int, 3> arriving, TableChanges& changes) const;
    /// The cost change at a table of unchanged size when the changes happen there (`sign` +1) or
    /// the reverse (-1).
    double priceChanges(int table, const TableChanges& changes, int sign) const;

    const Instance* in_;
    std::vector<int> previous_, round1_;
    bool hasRound1_ = false;
    std::vector<int> blockTable_;
    std::vector<int> size_, staff_, apartExcess_, repeatPairs_;
    std::vector<int> gradeCount_;                   ///< [table * grades + grade]
    std::vector<int> bridge_, needOnly_, needSelf_; ///< [table * languages + language]
    std::vector<int> familyCount_;                  ///< [table * families + family], apart rule only
    std::vector<int> round1Count_;                  ///< [table * tables + round-1 table]
    std::vector<double> cost_;
    std::vector<int> hard_;
    double personTotal_ = 0;
    double tableTotal_ = 0;
    int hardTotal_ = 0;
    int movedTotal_ = 0;
};

} // namespace dlg::assign
