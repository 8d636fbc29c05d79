#include "app/app.h"

#include "app/state/balancer_job.h"
#include "app/state/online_service.h"
#include "app/chrome/chrome.h"
#include "app/views/live_controls.h"
#include "app/views/live_views.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace dlg {

App::App(Settings settings, std::filesystem::path assets, std::filesystem::path sessionsDir)
    : assets_(std::move(assets)) {
    state_.settings = std::move(settings);
    state_.sessionsDir = std::move(sessionsDir);
    setLanguage(state_.settings.language);
    state_.ui.online.addresses = net::localAddresses();
    if (!state_.ui.online.addresses.empty())
        state_.ui.online.address = state_.ui.online.addresses.front().address;
}

App::~App() = default; // BalancerJob and OnlineService are complete here; they stop the search / server

void App::setLanguage(const std::string& language) {
    state_.settings.language = language;
    const std::string error = state_.catalogue.load(assets_ / "i18n", language);
    if (!error.empty()) state_.ui.notice = Notice{"Catalogue / catalogus", error, {}, false};
}

FrameOutput App::draw(WidgetProbe* probe, std::set<std::string>* usedKeys) const {
    FrameOutput output;
    const ViewContext ctx{state_, Texts(state_.catalogue, usedKeys), output, fonts_.heading, probe, &fonts_};
    if (state_.ui.live.presenting) { // F5: the projector fills the window, only the keys control it
        drawPresenting(ctx);
        drawRehearsalMark(ctx);
        drawLiveConfirm(ctx);
        return output;
    }
    collectShortcuts(ctx);
    collectProjectorEscape(ctx);
    // While the evening runs the presentation keys work on every screen (Live reads them itself).
    if (state_.ui.screen != Screen::Live && liveSnapshot(state_).run.live()) collectLiveKeys(ctx);
    drawMenuBar(ctx);
    drawWorkspace(ctx);
    drawDialogs(ctx);
    drawLiveConfirm(ctx);
    drawToast(ctx);
    return output;
}

void App::drawProjectorWindow(WidgetProbe* probe) const {
    FrameOutput unused;
    const ViewContext ctx{state_, Texts(state_.catalogue), unused, fonts_.heading, probe, &fonts_};
    dlg::drawProjectorWindow(ctx);
    drawRehearsalMark(ctx);
}

ImVec4 App::clearColour() const {
    return state_.ui.live.presenting ? projectorBackground(state_)
                                     : ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
}

ImVec4 App::projectorClearColour() const {
    return projectorBackground(state_);
}

void App::apply(FrameOutput output) {
    Document& doc = state_.doc;
    for (Command& command : output.edits)
        doc.history.push(std::move(command), doc.session);
    if (!output.edits.empty()) state_.ui.status.clear();
    noteChanges(output);
    for (const UiAction& action : output.actions)
        handle(action);
    // Typing stays one undo step only while the field keeps focus.
    if (ImGui::GetCurrentContext() && !ImGui::IsAnyItemActive()) doc.history.seal();
}

void App::handle(const UiAction& action) {
    UiState& ui = state_.ui;
    switch (action.kind) {
    case ActionKind::Navigate:
        ui.screen = kAllScreens.at(static_cast<std::size_t>(action.number));
        break;
    case ActionKind::SetDraft:
        ui.drafts[action.key] = action.text;
        break;
    case ActionKind::ClearDraft:
        ui.drafts.erase(action.key);
        break;
    case ActionKind::NewSession:
        request({PendingIntent::Kind::NewSession, {}});
        break;
    case ActionKind::ShowOpenDialog:
        showOpen();
        break;
    case ActionKind::OpenPath:
        ui.fileDialog.reset();
        request({PendingIntent::Kind::Open, action.text});
        break;
    case ActionKind::Save:
        saveCurrent(std::nullopt);
        break;
    case ActionKind::ShowSaveAsDialog:
        showSaveAs(std::nullopt);
        break;
    case ActionKind::SaveAsPath: {
        const auto path = resolveSavePath(action.text);
        if (path.empty()) break;
        ui.fileDialog.reset();
        if (saveTo(path)) {
            auto then = std::exchange(ui.afterSaveAs, std::nullopt);
            if (then) carryOut(*then);
        } else {
            ui.afterSaveAs.reset();
        }
        break;
    }
    case ActionKind::SetDialogPath:
        if (ui.fileDialog) ui.fileDialog->pathText = action.text;
        break;
    case ActionKind::CloseDialog:
        ui.fileDialog.reset();
        ui.afterSaveAs.reset();
        break;
    case ActionKind::Undo:
        undoOrRedo(false);
        break;
    case ActionKind::Redo:
        undoOrRedo(true);
        break;
    case ActionKind::SetLanguage:
        setLanguage(action.text);
        break;
    case ActionKind::ToggleLargeText:
        state_.settings.largeText = !state_.settings.largeText;
        fontRebuild_ = true;
        break;
    case ActionKind::RequestQuit:
        requestClose();
        break;
    case ActionKind::ConfirmSave: {
        auto intent = std::exchange(ui.confirmUnsaved, std::nullopt);
        if (intent) saveCurrent(intent);
        break;
    }
    case ActionKind::ConfirmDiscard: {
        auto intent = std::exchange(ui.confirmUnsaved, std::nullopt);
        if (intent) carryOut(*intent);
        break;
    }
    case ActionKind::ConfirmCancel:
        ui.confirmUnsaved.reset();
        break;
    case ActionKind::Live:
        handleLive(action);
        break;
    case ActionKind::DismissNotice:
        ui.notice.reset();
        break;
    case ActionKind::People:
        if (action.key == "thorough")
            startThoroughSearch();
        else if (action.key == "thoroughStop")
            stopThoroughSearch();
        else if (action.key == "improve")
            startImprovement();
        else if (action.key == "offerApply" || action.key == "offerDismiss")
            takeOffer(action.key == "offerApply");
        else
            handlePeopleAction(state_, action);
        break;
    case ActionKind::Outcomes:
        handleOutcomesAction(state_, action);
        break;
    case ActionKind::Privacy:
        handlePrivacyAction(state_, action);
        break;
    case ActionKind::Online:
        handleOnline(action);
        break;
    case ActionKind::TextChangedElsewhere:
        // Undo lets go of the field itself; what else changes a session value under a text field
        // is a phone's edit (app_online.cpp).
        state_.ui.status = Texts(state_.catalogue)("online.fieldChangedByPhone");
        break;
    }
}

void App::undoOrRedo(bool redo) {
    Document& doc = state_.doc;
    const std::string label = redo ? doc.history.redoLabel() : doc.history.undoLabel();
    // A focused text field owns its own copy of the text; drop focus so it shows the restored value.
    if (ImGui::GetCurrentContext()) ImGui::ClearActiveID();
    const std::size_t runEvents = doc.session.run.events.size();
    const bool done = redo ? doc.history.redo(doc.session) : doc.history.undo(doc.session);
    if (!done) return;
    state_.ui.drafts.clear();
    const Texts t(state_.catalogue);
    // Undoing the end of the evening (or the clearing of its log) is a run step: saved at once.
    if (doc.session.run.events.size() != runEvents && !doc.path.empty() && !doc.readOnly) saveTo(doc.path);
    state_.ui.status = std::string(t(redo ? "status.redone" : "status.undone")) + ": " + label;
}

void App::request(PendingIntent intent) {
    if (state_.doc.history.isDirty()) {
        state_.ui.confirmUnsaved = std::move(intent);
    } else {
        carryOut(intent);
    }
}

void App::carryOut(const PendingIntent& intent) {
    switch (intent.kind) {
    case PendingIntent::Kind::NewSession:
        newSession();
        break;
    case PendingIntent::Kind::Open:
        open(intent.path);
        break;
    case PendingIntent::Kind::Quit:
        quit_ = true;
        break;
    }
}

void App::requestClose() {
    request({PendingIntent::Kind::Quit, {}});
}

bool App::takeFontRebuildRequest() {
    return std::exchange(fontRebuild_, false);
}

std::string App::windowTitle() const {
    const Document& doc = state_.doc;
    std::string title = doc.session.meta.title;
    if (title.empty())
        title = doc.path.empty() ? Texts(state_.catalogue)("app.untitled") : doc.path.filename().string();
    if (doc.history.isDirty()) title += "*";
    return title + " \u2014 dialoogavond";
}

} // namespace dlg
