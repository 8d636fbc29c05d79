// Tafels online in the app: the real phone server on 127.0.0.1, a phone posting over HTTP, and the
// app's frame loop answering it between frames, as the platform loop does.
#include <doctest/doctest.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <thread>

#include <httplib.h>
#include <imgui_internal.h>

#include "../temp_dir.h"
#include "app/chrome/chrome.h"
#include "app/views/live_views.h"
#include "core/model/session_file.h"
#include "core/model/session_journal.h"
#include "core/online/join_tokens.h"
#include "core/online/phone_edit.h"
#include "headless.h"

namespace dlg::test {
namespace {

Session onlineEvening() {
    Session session = sampleSession();
    session.tables.push_back({"t-01", "Tafel 1", "th-01", "", 0, Json::object()});
    session.tables.push_back({"t-02", "Tafel 2", "th-01", "", 0, Json::object()});
    return session;
}

void act(HeadlessGui& gui, const std::string& key, int number = 0, std::string text = {}) {
    FrameOutput output;
    output.act(ActionKind::Online, std::move(text), key, number);
    gui.app().apply(std::move(output));
}

// Switches Tafels online on, on loopback and any free port (as the switch on the screen does).
void switchOn(HeadlessGui& gui) {
    act(gui, "address", 0, "127.0.0.1");
    act(gui, "port", 0);
    gui.app().showScreen(Screen::Outcomes);
    gui.frame();
    gui.click("online/switch");
    gui.frame();
    REQUIRE_MESSAGE(gui.app().state().ui.online.running, gui.app().state().ui.online.error);
}

std::string tokenOf(const Session& session, const std::string& tableId) {
    const TableAccess* access = findAccess(session.tablesOnline, tableId);
    REQUIRE(access);
    return access->token;
}

struct PhoneReply {
    int status = 0;
    std::string body;
};

// Posts `body` from another thread while this thread runs frames, like the UI thread would.
PhoneReply postWhilePumping(HeadlessGui& gui, const std::string& path, const std::string& body) {
    std::atomic<bool> done{false};
    PhoneReply reply;
    std::thread phone([&] {
        httplib::Client client("127.0.0.1", gui.app().state().ui.online.port);
        client.set_read_timeout(20, 0);
        if (auto r = client.Post(path.c_str(), body, "application/json")) reply = {r->status, r->body};
        done = true;
    });
    while (!done) {
        gui.app().pollOnline();
        gui.frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    phone.join();
    return reply;
}

std::string fileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string ideaEdit(const std::string& idea) {
    OutcomeFields now;
    now.ideas = {idea};
    return Json{{"client", "phone-1"}, {"base", fieldsToJson({})}, {"outcome", fieldsToJson(now)}}.dump();
}

} // namespace

TEST_CASE(
    "tafels online: a phone's edit lands in the session and on disk as one undo step named after its table") {
    TempDir dir("online-app");
    const auto file = dir.path() / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, onlineEvening()));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    switchOn(gui);
    const std::string token = tokenOf(gui.session(), "t-02");
    CHECK(token.size() == kJoinTokenLength);
    CHECK(loadSessionFile(file).session->tablesOnline.tables.size() == 2); // codes saved at once

    const std::size_t stepsBefore = gui.app().state().doc.history.depth();
    const PhoneReply reply = postWhilePumping(gui, "/api/" + token + "/edit", ideaEdit("Samen lezen"));
    REQUIRE(reply.status == 200);
    CHECK(Json::parse(reply.body)["status"] == "saved");

    const auto outcomeOn = [](const Session& s) -> const TableOutcome* {
        for (const TableOutcome& o : s.outcomes.tables)
            if (o.tableId == "t-02") return &o;
        return nullptr;
    };
    REQUIRE(outcomeOn(gui.session()));
    CHECK(outcomeOn(gui.session())->ideas == std::vector<std::string>{"Samen lezen"});
    const auto onDisk = loadSessionFile(file);
    REQUIRE(onDisk.session);
    REQUIRE(outcomeOn(*onDisk.session));
    CHECK(outcomeOn(*onDisk.session)->ideas == std::vector<std::string>{"Samen lezen"});
    CHECK_FALSE(gui.app().state().doc.history.isDirty());

    const UndoStack& history = gui.app().state().doc.history;
    CHECK(history.depth() == stepsBefore + 1);
    CHECK(history.undoLabel() == "Van telefoon: Tafel 2");
    gui.press(letterKey('Z'), true);
    gui.frame();
    CHECK(outcomeOn(gui.session()) == nullptr);
    CHECK(findAccess(gui.session().tablesOnline, "t-02")->token == token); // undo keeps the code
}

TEST_CASE("tafels online: phone edits go to the session's journal and a full save folds them into the file") {
    TempDir dir("online-journal");
    const auto file = dir.path() / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, onlineEvening()));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    switchOn(gui);
    const auto ideasIn = [](const Session& s, const std::string& tableId) {
        for (const TableOutcome& o : s.outcomes.tables)
            if (o.tableId == tableId) return o.ideas;
        return std::vector<std::string>{};
    };
    const auto fileAlone = [&] { return *loadSessionText(fileBytes(file), file.string()).session; };
    const std::vector<std::string> one{"Samen lezen"}, other{"Koffie"};

    REQUIRE(
        postWhilePumping(gui, "/api/" + tokenOf(gui.session(), "t-02") + "/edit", ideaEdit(one[0])).status ==
        200);
    REQUIRE(postWhilePumping(gui, "/api/" + tokenOf(gui.session(), "t-01") + "/edit", ideaEdit(other[0]))
                .status == 200);
    // Acknowledged: in the journal beside the file, which loading replays; the file itself is
    // written again only later.
    CHECK(std::filesystem::exists(journalPathFor(file)));
    CHECK(ideasIn(fileAlone(), "t-02").empty());
    const LoadResult replayed = loadSessionFile(file);
    REQUIRE(replayed.session);
    CHECK(replayed.journalEntries == 2);
    CHECK(ideasIn(*replayed.session, "t-02") == one);
    CHECK(ideasIn(*replayed.session, "t-01") == other);
    CHECK_FALSE(gui.app().state().doc.history.isDirty());

    gui.click("online/switch"); // off: the file alone holds the evening again
    gui.frame();
    REQUIRE_FALSE(gui.app().onlineRunning());
    CHECK_FALSE(std::filesystem::exists(journalPathFor(file)));
    CHECK(ideasIn(fileAlone(), "t-02") == one);
    CHECK(ideasIn(fileAlone(), "t-01") == other);
}

TEST_CASE("tafels online: a phone edit after the facilitator's unsaved change saves the whole session") {
    TempDir dir("online-dirty");
    const auto file = dir.path() / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, onlineEvening()));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    switchOn(gui);
    // An edit of the facilitator's that is not saved yet: the journal cannot carry it.
    const std::string title = gui.session().meta.title;
    FrameOutput output;
    output.edit({"Titel", [](Session& s) { s.meta.title = "Ouderavond groep 5"; },
                 [title](Session& s) { s.meta.title = title; }, ""});
    gui.app().apply(std::move(output));
    REQUIRE(gui.app().state().doc.history.isDirty());
    REQUIRE(postWhilePumping(gui, "/api/" + tokenOf(gui.session(), "t-02") + "/edit", ideaEdit("Samen lezen"))
                .status == 200);
    CHECK_FALSE(std::filesystem::exists(journalPathFor(file)));
    const Session onDisk = *loadSessionText(fileBytes(file), file.string()).session;
    CHECK(onDisk.meta.title == "Ouderavond groep 5");
    REQUIRE(onDisk.outcomes.tables.size() == 1);
    CHECK(onDisk.outcomes.tables[0].ideas == std::vector<std::string>{"Samen lezen"});
}

// The facilitator types in a field of a table while that table's phone edits the same field: the
// phone's text must not be overwritten by the next keystroke (ImGui keeps its own copy of an active
// field's text).
TEST_CASE("tafels online: a phone's edit of the field the facilitator is typing in is not typed over") {
    TempDir dir("online-typing");
    const auto file = dir.path() / "avond.json";
    Session session = onlineEvening();
    TableOutcome outcome;
    outcome.tableId = "t-01";
    outcome.themeId = "th-01";
    outcome.ideas = {"Ouders lezen voor"};
    session.outcomes.tables.push_back(outcome);
    REQUIRE_FALSE(saveSessionFile(file, session));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    switchOn(gui);
    const std::string token = tokenOf(gui.session(), "t-01");
    const auto phoneEdit = [&](const OutcomeFields& base, const OutcomeFields& now) {
        const Json body = {
            {"client", "phone-1"}, {"base", fieldsToJson(base)}, {"outcome", fieldsToJson(now)}};
        REQUIRE(postWhilePumping(gui, "/api/" + token + "/edit", body.dump()).status == 200);
    };
    const auto shown = [&] { return gui.session().outcomes.tables.at(0); };

    gui.click("outcome/t-01/quote");
    gui.type("Laptop");
    REQUIRE(shown().quote == "Laptop");
    OutcomeFields seen = fieldsOf(shown());
    OutcomeFields sent = seen;
    sent.quote = "Laptop en telefoon";
    phoneEdit(seen, sent);
    REQUIRE(shown().quote == "Laptop en telefoon");
    gui.type("!"); // the field let go: this key does not write "Laptop!" over the phone's text
    CHECK(shown().quote == "Laptop en telefoon");
    CHECK(gui.app().state().ui.status.find("Een telefoon van deze tafel wijzigde") != std::string::npos);
    gui.click("outcome/t-01/quote"); // typing goes on in the merged text
    gui.press(kEndKey);
    gui.type("!");
    CHECK(shown().quote == "Laptop en telefoon!");

    // A list: the phone puts an idea before the one being typed in, so row 0 is now another idea.
    gui.click("outcome/t-01/ideas/0");
    gui.type(" thuis");
    REQUIRE(shown().ideas == std::vector<std::string>{"Ouders lezen voor thuis"});
    seen = fieldsOf(shown());
    sent = seen;
    sent.ideas.insert(sent.ideas.begin(), "Leesochtend");
    phoneEdit(seen, sent);
    gui.type("!");
    CHECK(shown().ideas == std::vector<std::string>{"Leesochtend", "Ouders lezen voor thuis"});
}

TEST_CASE("tafels online: a kept conflict is shown with both texts and resolved as one undo step") {
    Session session = onlineEvening();
    ensureJoinTokens(session);
    OutcomeFields seen;
    seen.quote = "Oud";
    REQUIRE(applyPhoneEdit(session, "t-01", {"phone-1", {}, seen}, 100).status == ApplyResult::Applied);
    session.outcomes.tables.at(0).quote = "Laptop";
    OutcomeFields phone = seen;
    phone.quote = "Telefoon";
    REQUIRE(applyPhoneEdit(session, "t-01", {"phone-1", seen, phone}, 101).conflicts == 1);
    const std::string both = session.outcomes.tables.at(0).quote;
    HeadlessGui gui(sampleSession());
    gui.app().setDocument(session, {});
    gui.app().showScreen(Screen::Outcomes);
    gui.frame();
    CHECK(gui.probe().items.count("online/conflict/0")); // shown with Tafels online off too
    gui.click("online/conflict/0/phone");
    gui.frame();
    CHECK(gui.session().outcomes.tables.at(0).quote == "Telefoon");
    CHECK(gui.session().tablesOnline.conflicts.empty());
    CHECK(gui.app().state().doc.history.undoLabel() == "Dubbele wijziging opgelost: Tafel 1");
    gui.press(letterKey('Z'), true);
    gui.frame();
    CHECK(gui.session().outcomes.tables.at(0).quote == both);
    CHECK(gui.session().tablesOnline.conflicts.size() == 1);
}

TEST_CASE("tafels online: cards printed for another address are warned about, new codes end that") {
    TempDir dir("online-cards");
    const auto file = dir.path() / "avond.json";
    Session session = onlineEvening();
    session.tablesOnline.cardsFor = "10.1.2.3:8090";
    REQUIRE_FALSE(saveSessionFile(file, session));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    switchOn(gui); // 127.0.0.1 and some free port: not where the cards point
    gui.frame();
    CHECK(gui.probe().items.count("online/cards-elsewhere"));
    CHECK(gui.usedKeys().count("online.cardsElsewhere"));
    act(gui, "newCodes");
    CHECK(gui.session().tablesOnline.cardsFor.empty());
    CHECK(loadSessionFile(file).session->tablesOnline.cardsFor.empty()); // saved at once, as the codes
}

TEST_CASE("tafels online: a locked table refuses the phone and the lock is saved") {
    TempDir dir("online-lock");
    const auto file = dir.path() / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, onlineEvening()));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    switchOn(gui);
    gui.click("online/lock/t-01");
    gui.frame();
    CHECK(findAccess(loadSessionFile(file).session->tablesOnline, "t-01")->locked);
    const PhoneReply reply =
        postWhilePumping(gui, "/api/" + tokenOf(gui.session(), "t-01") + "/edit", ideaEdit("te laat"));
    CHECK(reply.status == 423);
    CHECK(gui.session().outcomes.tables.empty());
}

TEST_CASE("tafels online: switching off stops the server and closing the session too") {
    TempDir dir("online-off");
    const auto file = dir.path() / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, onlineEvening()));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    switchOn(gui);
    const int port = gui.app().state().ui.online.port;
    {
        httplib::Client client("127.0.0.1", port);
        REQUIRE(client.Get("/phone.css"));
    }
    gui.click("online/switch");
    gui.frame();
    CHECK_FALSE(gui.app().onlineRunning());
    CHECK_FALSE(gui.app().state().ui.online.running);
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(1, 0);
    CHECK_FALSE(client.Get("/phone.css"));

    switchOn(gui);
    REQUIRE(gui.app().onlineRunning());
    REQUIRE(gui.app().open(file)); // another (here: the same) evening opened: the phones served the old one
    CHECK_FALSE(gui.app().onlineRunning());
}

TEST_CASE("tafels online: an evening that was never saved cannot go online and says why") {
    HeadlessGui gui(onlineEvening());
    gui.app().setDocument(onlineEvening(), {});
    gui.app().showScreen(Screen::Outcomes);
    gui.frame();
    gui.click("online/switch");
    gui.frame();
    CHECK_FALSE(gui.app().onlineRunning());
    CHECK(gui.app().state().ui.online.error.find("Sla de avond eerst op") != std::string::npos);
}

TEST_CASE("tafels online: the presentations projector shows what a phone sent at once") {
    constexpr std::int64_t kEvening = 1795544700; // 2026-11-24 19:25 CET
    Session session = onlineEvening();
    Phase presentations;
    presentations.id = "ph-1";
    presentations.title = "Presentaties";
    presentations.plannedMinutes = 30;
    presentations.projector = ProjectorKind::Presentations;
    session.phases = {presentations};
    session.run.events.push_back({kEvening, "start", "ph-1", 0, Json::object()});
    TempDir dir("online-present");
    const auto file = dir.path() / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, session));
    HeadlessGui gui(sampleSession());
    REQUIRE(gui.app().open(file));
    gui.app().setClock({kEvening + 60, 3600});
    switchOn(gui);
    FrameOutput next; // Tafel 2 presents
    next.act(ActionKind::Live, {}, {}, static_cast<int>(LiveOp::NextTable));
    gui.app().apply(std::move(next));
    CHECK(projectorText(gui).find("Samen lezen") == std::string::npos);
    const PhoneReply reply =
        postWhilePumping(gui, "/api/" + tokenOf(gui.session(), "t-02") + "/edit", ideaEdit("Samen lezen"));
    REQUIRE(reply.status == 200);
    CHECK(projectorText(gui).find("Samen lezen") != std::string::npos);
}

} // namespace dlg::test
