// Tafels online in the window: the phone server started and stopped from the Live and Opbrengsten
// screens, and the phones' requests answered on the UI thread between frames (app_online.cpp).
#include <algorithm>
#include <chrono>
#include <limits>

#include "app/app.h"
#include "app/state/online_service.h"
#include "app/state/outcomes_logic.h"
#include "app/state/phone_edit_command.h"
#include "core/online/conflict_resolution.h"
#include "core/online/join_tokens.h"
#include "core/online/phone_view.h"

namespace dlg {
namespace {

double monotonicSeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

void App::handleOnline(const UiAction& action) {
    OnlineUiState& online = state_.ui.online;
    const std::string& key = action.key;
    if (key == "switch") {
        if (action.number != 0)
            startOnline();
        else
            stopOnline();
    } else if (key == "address") {
        if (!online.running) online.address = action.text;
    } else if (key == "port") {
        if (!online.running) online.preferredPort = action.number;
    } else if (key == "refreshAddresses") {
        online.addresses = net::localAddresses();
    } else if (key == "askNewCodes") {
        online.confirmNewCodes = action.number != 0;
    } else if (key == "newCodes") {
        online.confirmNewCodes = false;
        regenerateJoinTokens(state_.doc.session);
        keepOnlineSaved();
        state_.ui.status = Texts(state_.catalogue)("online.newCodes.done");
    } else if (key == "lock") {
        if (TableAccess* access = findAccess(state_.doc.session.tablesOnline, action.text)) {
            access->locked = action.number != 0;
            keepOnlineSaved();
        }
    } else if (key == "showCode") {
        online.shownCode = online.shownCode == action.text ? std::string() : action.text;
    } else if (key == "codesOnProjector") {
        online.codesOnProjector = action.number != 0;
    } else if (key == "resolveConflict") {
        resolveOnlineConflict(static_cast<std::size_t>(std::max(0, action.number)), action.text);
    }
}

// The facilitator's choice for one conflict, as one undo step of the table it is in.
void App::resolveOnlineConflict(std::size_t index, const std::string& choiceWord) {
    Document& doc = state_.doc;
    const auto& conflicts = doc.session.tablesOnline.conflicts;
    if (doc.readOnly || index >= conflicts.size()) return;
    const ConflictChoice choice = choiceWord == "laptop"  ? ConflictChoice::Laptop
                                  : choiceWord == "phone" ? ConflictChoice::Phone
                                                          : ConflictChoice::Both;
    const std::string tableId = conflicts[index].tableId;
    const Texts t(state_.catalogue);
    TableSlice before = tableSlice(doc.session, tableId);
    const ConflictResolution result = resolveConflict(doc.session, index, choice);
    const std::string label =
        std::string(t("online.conflicts.undo")) + ": " + tableLabel(doc.session, tableId);
    doc.history.push(stepSince(label, doc.session, tableId, std::move(before)), doc.session);
    doc.history.seal();
    state_.ui.status =
        result == ConflictResolution::TextChangedSince ? t("online.conflicts.changedSince") : label;
}

// The QR code of every table's link; only a changed link is encoded again.
void App::refreshCodes() {
    OnlineUiState& online = state_.ui.online;
    std::map<std::string, JoinCode> codes;
    for (const TableAccess& access : state_.doc.session.tablesOnline.tables) {
        const std::string link = joinLinkFor(online, access.token);
        if (link.empty()) continue;
        const auto known = online.codes.find(access.tableId);
        codes[access.tableId] = known != online.codes.end() && known->second.link == link
                                    ? std::move(known->second)
                                    : JoinCode{link, encodeQr(link)};
    }
    online.codes = std::move(codes);
}

// Tokens and locks are not undo steps (undo must never revive a replaced code), so they are saved
// at once, like the steps of the running evening.
void App::keepOnlineSaved() {
    Document& doc = state_.doc;
    if (online_) online_->store.setTokens(doc.session.tablesOnline);
    refreshCodes();
    if (!doc.path.empty() && !doc.readOnly) saveTo(doc.path);
}

void App::startOnline() {
    OnlineUiState& online = state_.ui.online;
    const Texts t(state_.catalogue);
    Document& doc = state_.doc;
    online.error.clear();
    // A phone's edit is acknowledged only once it is in the session file: there must be one.
    if (doc.readOnly || doc.path.empty()) {
        online.error = t(doc.readOnly ? "online.error.readOnly" : "online.error.unsaved");
        return;
    }
    if (doc.session.tables.empty()) {
        online.error = t("online.error.noTables");
        return;
    }
    if (online.address.empty()) online.address = net::linkAddress("0.0.0.0");
    if (ensureJoinTokens(doc.session) && !saveTo(doc.path)) {
        online.error = t("online.error.notSaved");
        return;
    }
    auto service = std::make_unique<OnlineService>(wake_);
    service->store.setTokens(doc.session.tablesOnline);
    net::ServerOptions options;
    options.bind = online.address; // only where the facilitator said phones come from
    options.port = online.preferredPort;
    if (auto error = service->server.start(options)) {
        online.error = *error;
        return;
    }
    online.port = service->server.port();
    online.running = true;
    online.activity.clear();
    online_ = std::move(service);
    onlineRefreshedAt_ = monotonicSeconds();
    refreshCodes();
    state_.ui.status =
        std::string(t("online.started")) + " http://" + online.address + ":" + std::to_string(online.port);
}

void App::stopOnline() {
    foldJournal(std::numeric_limits<double>::infinity()); // the file alone holds the evening again
    OnlineUiState& online = state_.ui.online;
    online_.reset(); // closes the store, lets requests in flight finish, joins the server
    online.running = false;
    online.port = 0;
    online.confirmNewCodes = false;
    online.codesOnProjector = false;
    online.activity.clear();
    online.codes.clear();
}

bool App::pollOnline() {
    if (!online_) return false;
    Document& doc = state_.doc;
    // Tables made or removed on the Indeling screen get (or lose) their code.
    if (!doc.readOnly && ensureJoinTokens(doc.session)) keepOnlineSaved();
    // Tokens can also change by undo of a new table; the QR codes follow only then, not every loop.
    if (online_->store.setTokens(doc.session.tablesOnline)) refreshCodes();
    const Texts t(state_.catalogue);
    const auto view = [&](const std::string& tableId) {
        return phoneView(doc.session, tableId, net::utcNow());
    };
    // Per batch of edits that arrived together: was everything saved before it, and which tables
    // did it change (those go to the journal).
    std::optional<bool> savedBeforeBatch;
    std::vector<std::string> changedTables;
    const auto edit = [&](const std::string& tableId, const PhoneEdit& phoneEdit) {
        net::StoreReply reply;
        if (doc.readOnly || doc.path.empty()) {
            reply.result.status = ApplyResult::Unchanged;
            reply.saveError = "the session is read-only";
            return reply;
        }
        if (!savedBeforeBatch) savedBeforeBatch = !doc.history.isDirty();
        Session& session = doc.session;
        TableSlice before = tableSlice(session, tableId);
        reply.result = applyPhoneEdit(session, tableId, phoneEdit, net::utcNow(), &phoneGuards_);
        if (reply.result.status == ApplyResult::Applied) {
            const std::string label = std::string(t("online.undoEdit")) + ": " + tableLabel(session, tableId);
            doc.history.push(stepSince(label, session, tableId, std::move(before)), session);
            state_.ui.status = label;
            if (std::find(changedTables.begin(), changedTables.end(), tableId) == changedTables.end())
                changedTables.push_back(tableId);
        }
        return reply;
    };
    // One save for all edits that arrived together: appended to the journal when only they are
    // unsaved, else the whole session. An edit that changed nothing is still answered only once
    // the file holds what the phone will see (the facilitator's unsaved typing included).
    const auto save = [&](std::size_t applied) -> std::string {
        const bool onlyPhones = savedBeforeBatch.value_or(false);
        savedBeforeBatch.reset();
        std::vector<std::string> tables = std::move(changedTables);
        changedTables.clear();
        if (applied == 0 && !doc.history.isDirty()) return {};
        if (applied > 0 && onlyPhones && journal_.accepts(monotonicSeconds())) {
            std::vector<JournalEntry> entries;
            for (const std::string& tableId : tables)
                entries.push_back({tableId, tableSlice(doc.session, tableId)});
            if (!journal_.append(entries, monotonicSeconds()).has_value()) {
                doc.history.markSaved(); // the file and its journal now hold what the window holds
                return {};
            }
        }
        if (saveTo(doc.path)) return {};
        for (std::size_t i = 0; i < applied; ++i)
            doc.history.dropNewest(doc.session);
        return "the session could not be saved";
    };
    const std::size_t edits = online_->store.serve(view, edit, save);
    const double now = monotonicSeconds();
    foldJournal(now);
    if (edits > 0) onlineRepaint_ = true;
    if (edits > 0 || now - onlineRefreshedAt_ >= kOnlineRefreshSeconds) {
        onlineRefreshedAt_ = now;
        auto activity = online_->server.activity();
        if (activity != state_.ui.online.activity) onlineRepaint_ = true;
        state_.ui.online.activity = std::move(activity);
    }
    // 40 phones send up to 20 edits a second: each is saved at once, but the window shows them at
    // most every kOnlineFrameSeconds (a frame per edit cost a third of a core under llvmpipe).
    // While the evening runs, the countdown draws a frame every second anyway: the edits show in
    // that one (at most a second late) instead of in frames of their own, which doubled the drawing.
    if (onlineRepaint_ && runIsLive()) onlineRepaint_ = false;
    if (!onlineRepaint_ || now - onlineFrameAt_ < kOnlineFrameSeconds) return false;
    onlineRepaint_ = false;
    onlineFrameAt_ = now;
    return true;
}

std::optional<double> App::onlineDueIn() const {
    if (!online_) return std::nullopt;
    const double now = monotonicSeconds();
    double due = onlineRepaint_ ? onlineFrameAt_ + kOnlineFrameSeconds - now
                                : onlineRefreshedAt_ + kOnlineRefreshSeconds - now;
    if (auto fold = journal_.foldDueIn(now)) due = std::min(due, *fold);
    return std::max(0.0, due);
}

void App::foldJournal(double now) {
    const std::optional<double> due = journal_.foldDueIn(now);
    if (!due || *due > 0) return;
    Document& doc = state_.doc;
    // A failed save says so in its notice; the journal then stays beside the file it extends (it
    // is replayed when the session is opened again), and every later edit is saved in full.
    if (doc.readOnly || doc.path.empty() || !saveTo(doc.path)) journal_.forget();
}

} // namespace dlg
