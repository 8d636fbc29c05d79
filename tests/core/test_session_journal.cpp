// The session journal (core/model/session_journal.h): phone edits appended between full saves are
// in the session when it is read again, a full save removes them, a journal of other bytes is never
// replayed, a line cut off by a crash is skipped and a damaged one makes the session read-only.
#include <doctest/doctest.h>

#include "core/model/session_file.h"
#include "core/model/session_journal.h"
#include "core/online/join_tokens.h"
#include "core/online/phone_edit.h"
#include "test_support.h"

using namespace dlg;
using dlg::test::contains;
using dlg::test::readBytes;
using dlg::test::TempDir;
using dlg::test::writeBytes;

namespace {

Session threeTables() {
    Session s;
    s.meta.title = "Ouderavond";
    s.themes.push_back({"th-01", "Huiswerk", "Over huiswerk", {"Wat werkt thuis?"}, {}, Json::object()});
    for (int i = 1; i <= 3; ++i)
        s.tables.push_back(
            {"t-0" + std::to_string(i), "Tafel " + std::to_string(i), "th-01", "", 0, Json::object()});
    ensureJoinTokens(s);
    return s;
}

/// A phone's edit of table `tableId` that adds `idea` to what the phone saw (the table as it is).
void phoneAdds(Session& session, const std::string& tableId, const std::string& idea, std::int64_t at) {
    OutcomeFields seen;
    for (const TableOutcome& o : session.outcomes.tables)
        if (o.tableId == tableId) seen.ideas = o.ideas;
    OutcomeFields now = seen;
    now.ideas.push_back(idea);
    REQUIRE(applyPhoneEdit(session, tableId, {"phone-a", seen, now}, at).status == ApplyResult::Applied);
}

struct SavedEvening {
    TempDir dir{"journal"};
    std::filesystem::path file = dir.path() / "avond.json";
    Session session = threeTables();
    JournalBase base;
    SavedEvening() { REQUIRE_FALSE(saveSessionFile(file, session, ExistingFile::Check, &base).has_value()); }
    /// One edit on `tableId`, appended to `journal` as the app does after each batch.
    void edit(JournalWriter& journal, const std::string& tableId, const std::string& idea, std::int64_t at) {
        phoneAdds(session, tableId, idea, at);
        REQUIRE_FALSE(journal.append({{tableId, tableSlice(session, tableId)}}).has_value());
    }
};

} // namespace

TEST_CASE("journal: phone edits appended after a full save are in the session when it is read again") {
    SavedEvening evening;
    JournalWriter journal(evening.file, evening.base);
    evening.edit(journal, "t-01", "Vaker bellen", 100);
    evening.edit(journal, "t-02", "Koffie in de hal", 101);
    evening.edit(journal, "t-01", "Een appgroep", 102);
    // Two tables in one batch, as when their phones' requests arrive together.
    phoneAdds(evening.session, "t-03", "Spreekuur", 103);
    phoneAdds(evening.session, "t-02", "Ouderpanel", 104);
    REQUIRE_FALSE(journal
                      .append({{"t-03", tableSlice(evening.session, "t-03")},
                               {"t-02", tableSlice(evening.session, "t-02")}})
                      .has_value());
    CHECK(journal.entries() == 5);

    const LoadResult loaded = loadSessionFile(evening.file);
    REQUIRE(loaded.session);
    CHECK(loaded.problems.empty());
    CHECK_FALSE(loaded.readOnly);
    CHECK(loaded.journalEntries == 5);
    CHECK_FALSE(loaded.base.has_value()); // the file alone is not what was read
    CHECK(serializeSession(*loaded.session) == serializeSession(evening.session));
    // The session file itself was not written by the appends.
    CHECK(journalBaseOf(readBytes(evening.file)) == evening.base);
}

TEST_CASE("journal: a full save removes it and a journal of other bytes is never replayed") {
    SavedEvening evening;
    {
        JournalWriter journal(evening.file, evening.base);
        evening.edit(journal, "t-01", "Vaker bellen", 100);
    }
    const std::filesystem::path journalFile = journalPathFor(evening.file);
    CHECK(std::filesystem::exists(journalFile));
    const std::string journalBytes = readBytes(journalFile);

    JournalBase next;
    REQUIRE_FALSE(saveSessionFile(evening.file, evening.session, ExistingFile::KnownOwn, &next).has_value());
    CHECK_FALSE(std::filesystem::exists(journalFile));
    CHECK_FALSE(next == evening.base);

    // As after a crash between a full save and the journal's removal: the old journal is back
    // beside a file that holds its edits already, and an undo made after them.
    evening.session.outcomes.tables.clear();
    REQUIRE_FALSE(saveSessionFile(evening.file, evening.session, ExistingFile::KnownOwn).has_value());
    writeBytes(journalFile, journalBytes);
    const LoadResult loaded = loadSessionFile(evening.file);
    REQUIRE(loaded.session);
    CHECK(loaded.journalEntries == 0);
    CHECK(loaded.session->outcomes.tables.empty()); // the undo holds
    CHECK_FALSE(loaded.readOnly);
    CHECK(loaded.base == journalBaseOf(readBytes(evening.file)));
}

TEST_CASE(
    "journal: a last line cut off by a crash is skipped and a damaged line makes the session read-only") {
    SavedEvening evening;
    JournalWriter journal(evening.file, evening.base);
    evening.edit(journal, "t-01", "Vaker bellen", 100);
    const Session afterFirst = evening.session;
    evening.edit(journal, "t-02", "Koffie in de hal", 101);
    const std::filesystem::path journalFile = journalPathFor(evening.file);
    const std::string whole = readBytes(journalFile);

    SUBCASE("cut off") {
        writeBytes(journalFile, whole.substr(0, whole.size() - 9)); // the second entry lost its end
        const LoadResult loaded = loadSessionFile(evening.file);
        REQUIRE(loaded.session);
        CHECK(loaded.journalEntries == 1);
        CHECK_FALSE(loaded.readOnly);
        CHECK(serializeSession(*loaded.session) == serializeSession(afterFirst));
    }
    SUBCASE("damaged") {
        std::string damaged = whole;
        const std::size_t second = damaged.find("\n{\"") + 1;   // the first entry's line
        damaged[damaged.find("\"tableId\"", second) + 2] = 'X'; // "tXbleId": the entry has no table
        writeBytes(journalFile, damaged);
        const LoadResult loaded = loadSessionFile(evening.file);
        REQUIRE(loaded.session);
        CHECK(loaded.journalEntries == 0);
        CHECK(loaded.readOnly);
        REQUIRE(loaded.problems.size() == 1);
        CHECK(contains(loaded.problems[0].message, journalFile.string() + ": line 2: "));
        CHECK(contains(loaded.readOnlyReason, "read-only"));
        CHECK(std::filesystem::exists(journalFile));
    }
    SUBCASE("another table") {
        std::string other = whole;
        const std::size_t lastLine = other.rfind('\n', other.size() - 2) + 1;
        const std::size_t at = other.find("\"t-02\"", lastLine); // the entry's table, before its outcome's
        other.replace(at, 6, "\"t-09\"");
        writeBytes(journalFile, other);
        const LoadResult loaded = loadSessionFile(evening.file);
        REQUIRE(loaded.session);
        CHECK(loaded.journalEntries == 1);
        CHECK(loaded.readOnly);
        REQUIRE_FALSE(loaded.problems.empty());
        CHECK(contains(loaded.problems[0].message, "line 3: table \"t-09\" is not a table of this session"));
    }
}

TEST_CASE("journal: a failed write makes every later append fail so the caller saves in full") {
    SavedEvening evening;
    JournalWriter journal(evening.file, evening.base);
    evening.edit(journal, "t-01", "Vaker bellen", 100);
    // The folder can no longer be written: the next writer cannot create its journal.
    JournalWriter blocked(evening.dir.path() / "missing" / "avond.json", evening.base);
    const auto error = blocked.append({{"t-01", tableSlice(evening.session, "t-01")}});
    REQUIRE(error.has_value());
    CHECK(contains(*error, "missing"));
    CHECK(blocked.append({{"t-01", tableSlice(evening.session, "t-01")}}).has_value());
    CHECK(blocked.entries() == 0);
}
