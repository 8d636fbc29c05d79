// Tafels online in the app: the real phone server on 127.0.0.1, a phone posting over HTTP, and the
// app's frame loop answering it between frames, as the platform loop does.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include <httplib.h>
#include <imgui_internal.h>

#include "../temp_dir.h"
#include "app/chrome/chrome.h"
#include "app/views/live_views.h"
#include "core/model/session_file.h"
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
