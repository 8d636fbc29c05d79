// The evening as data: plain structs with stable string ids.
// Every struct keeps the JSON keys this build does not know in `unknownKeys`, so a file written by
// a newer build survives a load-save round trip through this one.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dlg {

/// Ordered, so saved files keep a human order (format, version, meta first) and diff well.
using Json = nlohmann::ordered_json;

/// Format marker and the newest version this build reads and writes.
inline constexpr const char* kSessionFormat = "dialoogavond-session";
inline constexpr int kSessionVersion = 1;

/// The five forms of partnership from the school's policy ("Samen Vooruit").
inline const std::vector<std::string> kPartnershipForms = {"didactisch", "pedagogisch", "informeel",
                                                           "formeel", "maatschappelijk"};

struct Meta {
    std::string title;
    std::string school;
    std::string date;  ///< YYYY-MM-DD
    std::string start; ///< HH:MM, start of the first phase
    std::string location;
    std::string facilitator;     ///< gespreksleider
    std::string latestEnd;       ///< HH:MM; empty when the evening has no hard end
    std::string language = "nl"; ///< "nl" or "en": language of reports and fixed texts
    std::string contactEmail;    ///< the school's published address for parents; passes the privacy guard
    std::string contactPhone;    ///< the school's published number for parents; passes the privacy guard
    Json unknownKeys = Json::object();
};

/// One line of the preparation checklist (voorbereiding).
struct ChecklistItem {
    std::string id;
    std::string text;
    std::string owner;
    std::string due; ///< YYYY-MM-DD or empty
    bool done = false;
    Json unknownKeys = Json::object();
};

struct Theme {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> questions;
    std::vector<std::string> forms; ///< subset of kPartnershipForms
    Json unknownKeys = Json::object();
};

/// What the projector shows during a phase.
enum class ProjectorKind { Welcome, Text, Questions, Break, Tables, Presentations, Closing, Blank };

struct Phase {
    std::string id;
    std::string title;
    int plannedMinutes = 0;
    std::string who;
    std::vector<std::string> talkingPoints;
    std::string remarks;
    ProjectorKind projector = ProjectorKind::Blank;
    std::string projectorText; ///< free text shown for Text/Welcome/Closing slides
    bool flexible = false;     ///< may be shortened to hold the end time
    int minimumMinutes = 0;    ///< lower bound when flexible
    bool showCountdown = true; ///< the projector shows the phase's countdown to the room
    Json unknownKeys = Json::object();
};

enum class Role { Parent, Staff };
enum class Rsvp { Invited, Registered, Declined };

struct Participant {
    std::string id;
    std::string firstName;
    std::string infix; ///< tussenvoegsel ("van", "de")
    std::string lastName;
    Role role = Role::Parent;
    std::string function;            ///< staff: mentor, leerkracht, IB'er, directie, ouderconsulent
    std::vector<std::string> grades; ///< groep/leerjaar of the child(ren)
    std::string family;              ///< family key: parents of one household share it
    std::vector<std::string> languages;
    std::string languageSupport; ///< language the person needs support in; empty when none
    std::string preference1;     ///< theme id
    std::string preference2;     ///< theme id
    Rsvp rsvp = Rsvp::Invited;
    bool present = false;
    std::string email;
    Json unknownKeys = Json::object();
};

struct Table {
    std::string id;
    std::string name;
    std::string themeId;
    std::string leaderId; ///< participant id of the table leader (tafelleider)
    int capacity = 0;     ///< 0 = no limit
    Json unknownKeys = Json::object();
};

struct Assignment {
    std::map<std::string, std::string> seats;  ///< participant id -> table id
    std::vector<std::string> pinned;           ///< participant ids that must keep their seat
    std::map<std::string, std::string> round2; ///< optional second round
    std::uint64_t seed = 0;
    Json unknownKeys = Json::object();
};

/// One transition written while the evening runs. Times are UTC seconds since the epoch.
struct RunEvent {
    std::int64_t at = 0;
    std::string kind;    ///< start, goto, pause, resume, adjust, stop
    std::string phaseId; ///< for start/goto
    int seconds = 0;     ///< for adjust: + extends, - shortens the current phase
    Json unknownKeys = Json::object();
};

struct RunLog {
    std::vector<RunEvent> events;
    Json unknownKeys = Json::object();
};

struct ProposedAction {
    std::string id;
    std::string text;
    std::string by;   ///< school, ouders, samen
    std::string form; ///< partnership form
    int votes = 0;
    Json unknownKeys = Json::object();
};

struct TableOutcome {
    std::string tableId;
    std::string leader;
    std::string themeId;
    std::vector<std::string> goesWell;
    std::vector<std::string> difficult;
    std::vector<std::string> ideas;
    std::vector<ProposedAction> proposals;
    std::string quote;
    std::string notes;
    Json unknownKeys = Json::object();
};

struct Outcomes {
    std::vector<std::string> summaryPoints; ///< said during "Samenvatting"
    std::vector<TableOutcome> tables;
    std::vector<std::string> closingPoints;
    std::vector<std::string> nextSteps;
    std::string keepInTouch;
    Json unknownKeys = Json::object();
};

struct ProgressUpdate {
    std::string date; ///< YYYY-MM-DD
    std::string text;
    Json unknownKeys = Json::object();
};

enum class ActionStatus { Proposed, Planned, InProgress, Done, Dropped };

struct Action {
    std::string id;
    std::string title;
    std::string description;
    std::string owner;
    std::string form;
    std::string planned; ///< planned moment, free text or YYYY-MM-DD
    ActionStatus status = ActionStatus::Proposed;
    std::string droppedReason;
    std::string sourceProposalId;
    std::vector<ProgressUpdate> updates;
    Json unknownKeys = Json::object();
};

struct Privacy {
    /// The school's record that the people named agreed to appear in terugkoppeling/voortgang.
    /// Kept in the file for the school's administration; it does not unblock an export by itself
    /// (that takes the opt-in of each export: --allow-personal-data or the dialog's confirmation).
    bool namesInPublicReport = false;
    bool storeEmail = true;
    /// Bewaartermijn (AVG): personal data is kept this many weeks after the evening, then the
    /// program suggests cleaning it up (core/avg). Set by the school.
    int retentionWeeks = 4;
    std::string purgedOn; ///< YYYY-MM-DD when participants' personal data was removed; empty = never
    Json unknownKeys = Json::object();
};

/// The reference texts of the run sheet that are not phases.
struct Guidance {
    std::vector<std::string> dialogueQuestions;
    std::vector<std::string> exampleSummary;
    std::string closingMessage;
    std::vector<std::string> aftercare; ///< nazorg rules
    Json unknownKeys = Json::object();
};

// [assign] settings of the table balancer (core/assign*); JSON key `assignRules`.
/// How the present members of one family are seated.
enum class FamilySeating { Together, Apart };

/// Rules of the table balancer (groepsindeling), editable per session. The weights multiply the
/// terms of the soft objective; the hard rules (sizes, staff balance, leaders, pins, families) are
/// never traded against them.
struct AssignRules {
    double preferenceWeight = 1; ///< per preference point (0 first choice, 1 second, 4 other theme)
    double gradeWeight = 2;      ///< per unit of grade spread (parents of a grade vs. their fair share)
    double languageWeight = 100; ///< per parent needing language support with nobody to bridge to Dutch
    double moveWeight = 10;      ///< per seated person moved by a rebalance
    double repeatWeight = 20;    ///< second round: per pair of people who already sat together
    FamilySeating families = FamilySeating::Together;
    bool presentOnly = true; ///< seat only people marked present; false: everyone who did not decline
    Json unknownKeys = Json::object();
};

// [online] table leaders' phones (core/online, src/net); JSON key `tablesOnline`.
/// One table's access from phones: its join token and whether it still takes edits.
struct TableAccess {
    std::string tableId;
    std::string token;          ///< join token (lower-case base32, >= 64 random bits); empty: none yet
    bool locked = false;        ///< read-only for phones (e.g. once presented)
    std::int64_t revision = 0;  ///< counts the phone edits that changed this table's outcome
    std::int64_t lastEditAt = 0; ///< UTC seconds of the last phone edit; 0 = none yet
    Json unknownKeys = Json::object();
};

/// A text changed on the laptop and on a phone from the same starting point: both are kept in the
/// outcome, and this record tells the facilitator where, until they resolve it.
struct OnlineConflict {
    std::string tableId;
    std::string field;      ///< goesWell, difficult, ideas, proposals, quote or notes
    std::string laptopText; ///< what the laptop had
    std::string phoneText;  ///< what the phone sent
    std::int64_t at = 0;    ///< UTC seconds
    Json unknownKeys = Json::object();
};

struct TablesOnline {
    std::vector<TableAccess> tables;
    std::vector<OnlineConflict> conflicts; ///< unresolved, oldest first
    /// "ADDRESS:PORT" the printed table cards' links point at (set by `tafelkaarten`); empty when
    /// none were printed or new codes made them useless. The app warns when phones must now use
    /// another address, as a laptop on another network gets one.
    std::string cardsFor;
    Json unknownKeys = Json::object();
};

struct Session {
    Meta meta;
    std::vector<ChecklistItem> preparation;
    std::vector<Theme> themes;
    std::vector<Phase> phases;
    std::vector<Participant> participants;
    std::vector<Table> tables;
    Assignment assignment;
    RunLog run;
    Outcomes outcomes;
    std::vector<Action> actions;
    Privacy privacy;
    Guidance guidance;
    AssignRules assignRules;           ///< [assign] balancer settings
    TablesOnline tablesOnline;         ///< [online] join tokens, locks, conflicts from phones
    Json unknownKeys = Json::object(); ///< top-level keys this build does not know
};

// Names used in JSON and in the UI catalogue keys.
const char* toString(ProjectorKind kind);
const char* toString(Role role);
const char* toString(Rsvp rsvp);
const char* toString(ActionStatus status);
/// `samen` / `apart` (JSON words of AssignRules::families).
const char* toString(FamilySeating seating);
std::optional<ProjectorKind> projectorKindFromString(const std::string& text);
std::optional<Role> roleFromString(const std::string& text);
std::optional<Rsvp> rsvpFromString(const std::string& text);
std::optional<ActionStatus> actionStatusFromString(const std::string& text);
std::optional<FamilySeating> familySeatingFromString(const std::string& text);

/// Sum of planned minutes of all phases.
int totalPlannedMinutes(const Session& session);

/// A new id of the form `<prefix>-NN` not used by any id in `taken`.
std::string nextId(const std::string& prefix, const std::vector<std::string>& taken);

} // namespace dlg
