// The app's TableStore on its own: requests from server threads wait for the UI thread, and the
// edits that wait together are saved with one save before any of their phones is answered.
#include <doctest/doctest.h>

#include <algorithm>
#include <thread>

#include "app/state/online_store.h"

namespace dlg::test {
namespace {

PhoneEdit anEdit(const std::string& idea) {
    PhoneEdit edit;
    edit.client = "phone-1";
    edit.outcome.ideas = {idea};
    return edit;
}

// Waits until `count` requests are queued (the server threads post them).
void waitForQueue(const AppTableStore& store, std::size_t count) {
    for (int i = 0; i < 5000 && store.waiting() < count; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    REQUIRE(store.waiting() == count);
}

} // namespace

TEST_CASE("online store: edits that wait together are saved once, then answered") {
    AppTableStore store(nullptr);
    std::vector<net::StoreReply> replies(3);
    Json seen;
    std::vector<std::thread> phones;
    for (std::size_t i = 0; i < 3; ++i)
        phones.emplace_back([&, i] { replies[i] = store.edit("t-0" + std::to_string(i), anEdit("idee")); });
    phones.emplace_back([&] { seen = store.view("t-09"); });
    waitForQueue(store, 4);

    std::vector<std::string> order;
    const auto view = [&](const std::string& tableId) {
        order.push_back("view " + tableId);
        return Json{{"table", tableId}};
    };
    const auto edit = [&](const std::string& tableId, const PhoneEdit&) {
        order.push_back("edit " + tableId);
        net::StoreReply reply;
        reply.result.status = tableId == "t-01" ? ApplyResult::Unchanged : ApplyResult::Applied;
        return reply;
    };
    std::vector<std::size_t> saves;
    const auto save = [&](std::size_t applied) {
        order.push_back("save");
        saves.push_back(applied);
        return std::string();
    };
    CHECK(store.serve(view, edit, save) == 3);
    for (std::thread& phone : phones)
        phone.join();
    CHECK(saves == std::vector<std::size_t>{2});
    // Every edit is applied before the one save; every view (the phones' answers) is made after it.
    const auto saveAt = std::find(order.begin(), order.end(), "save") - order.begin();
    for (std::ptrdiff_t i = 0; i < static_cast<std::ptrdiff_t>(order.size()); ++i)
        CHECK_MESSAGE((order[i].rfind("edit", 0) == 0) == (i < saveAt), order[i]);
    CHECK(replies[0].result.status == ApplyResult::Applied);
    CHECK(replies[0].view["table"] == "t-00");
    CHECK(replies[1].result.status == ApplyResult::Unchanged);
    CHECK(seen["table"] == "t-09");
}

TEST_CASE("online store: when the one save fails, every edit of the batch is answered as not saved") {
    AppTableStore store(nullptr);
    std::vector<net::StoreReply> replies(2);
    std::vector<std::thread> phones;
    for (std::size_t i = 0; i < 2; ++i)
        phones.emplace_back([&, i] { replies[i] = store.edit("t-0" + std::to_string(i), anEdit("idee")); });
    waitForQueue(store, 2);
    const auto view = [](const std::string&) { return Json::object(); };
    const auto edit = [](const std::string&, const PhoneEdit&) {
        net::StoreReply reply;
        reply.result.status = ApplyResult::Applied;
        return reply;
    };
    std::size_t takenBack = 0;
    const auto save = [&](std::size_t applied) {
        takenBack = applied;
        return std::string("the session could not be saved");
    };
    store.serve(view, edit, save);
    for (std::thread& phone : phones)
        phone.join();
    CHECK(takenBack == 2);
    for (const net::StoreReply& reply : replies) {
        CHECK(reply.result.status == ApplyResult::Unchanged);
        CHECK(reply.saveError == "the session could not be saved");
    }
}

} // namespace dlg::test
