// File operations of App: open, new from template, save, save as. Failures become notices.
#include <algorithm>

#include "app/app.h"
#include "core/model/atomic_file.h"
#include "core/model/paths.h"
#include "core/model/problems.h"
#include "core/model/session_file.h"
#include "core/model/template.h"

namespace dlg {

namespace {

std::vector<std::string> describeAll(const Problems& problems) {
    std::vector<std::string> lines;
    for (const Problem& problem : problems)
        lines.push_back(describe(problem));
    return lines;
}

// Session files in `folder`, newest first, as paths relative to the working directory.
std::vector<std::string> sessionFilesIn(const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    std::vector<std::pair<fs::file_time_type, std::string>> found;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        if (it->path().extension() != ".json" || !it->is_regular_file(error)) continue;
        found.emplace_back(it->last_write_time(error), it->path().string());
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> paths;
    for (auto& [time, path] : found)
        paths.push_back(std::move(path));
    return paths;
}

bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ec;
    if (std::filesystem::equivalent(a, b, ec)) return true;
    const auto absolute = [](const std::filesystem::path& p) {
        std::error_code ignored;
        return std::filesystem::absolute(resolveSymlinks(p), ignored).lexically_normal();
    };
    return absolute(a) == absolute(b);
}

} // namespace

std::string App::lockMessage(const LockAttempt& attempt) const {
    const Texts t(state_.catalogue);
    if (!attempt.busy()) return std::string(t("lock.failed")) + " " + attempt.error;
    const LockHolder& holder = *attempt.holder;
    std::string text = holder.who == kWindowHolder ? t("lock.heldByWindow")
                       : holder.who.empty()
                           ? t("lock.heldByOther")
                           : std::string(t("lock.heldByCommand")) + " 'dialoogavond " + holder.who + "'";
    if (holder.pid > 0) {
        text += " (pid " + std::to_string(holder.pid);
        if (!holder.since.empty()) text += ", " + std::string(t("lock.since")) + " " + holder.since;
        text += ")";
    }
    return text + ". " + t("lock.readOnlyHint");
}

// True when the file is no longer what we read or last wrote: someone else saved it meanwhile.
bool App::changedOutside(const std::filesystem::path& path) const {
    if (!diskStamp_) return false;
    const std::optional<FileStamp> now = stampOf(path);
    return now && *now != *diskStamp_; // a deleted file loses nobody's change when we write it again
}

bool App::open(const std::filesystem::path& path, std::string* error) {
    const Texts t(state_.catalogue);
    // Lock before reading, so no command can change the file between our read and our lock.
    // Reopening the open session keeps its lock (a second flock of our own would refuse us).
    const bool keepLock = lock_.held() && sameFile(lock_.session(), path);
    SessionLock lock;
    std::string lockProblem;
    if (locking_ && !keepLock) {
        LockAttempt attempt = lockSession(path, kWindowHolder);
        if (attempt.lock.held())
            lock = std::move(attempt.lock);
        else
            lockProblem = lockMessage(attempt);
    }
    LoadResult loaded = loadSessionFile(path);
    if (!loaded.session) {
        if (error) *error = loaded.error;
        state_.ui.notice = Notice{t("notice.openFailed"), loaded.error, {}, false};
        return false;
    }
    dropBackgroundWork();
    stopOnline(); // the phones served the evening that is closed now
    if (!keepLock) lock_ = std::move(lock);
    diskStamp_ = stampOf(path);
    Document& doc = state_.doc;
    doc.session = std::move(*loaded.session);
    doc.path = path;
    doc.readOnly = loaded.readOnly;
    doc.readOnlyReason = loaded.readOnlyReason;
    if (!lockProblem.empty() && !doc.readOnly) {
        doc.readOnly = true;
        doc.readOnlyReason = lockProblem;
    }
    doc.loadProblems = describeAll(loaded.problems);
    doc.history.clear(true);
    journal_.forget();
    if (loaded.base && !doc.readOnly) journal_.savedInFull(path, *loaded.base);
    state_.ui.drafts.clear();
    state_.ui.status = t("status.opened");
    announceResume();
    rememberRecentFile(state_.settings, path.string());
    if (doc.readOnly) {
        state_.ui.notice = Notice{t("notice.readOnly"), doc.readOnlyReason + "\n" + t("notice.readOnlyHint"),
                                  doc.loadProblems, true};
    } else if (!doc.loadProblems.empty()) {
        state_.ui.notice = Notice{t("notice.problems"), t("notice.problemsHint"), doc.loadProblems, false};
    }
    return true;
}

void App::setDocument(Session session, std::filesystem::path path) {
    dropBackgroundWork();
    stopOnline();
    lock_.release(); // the next save to a path takes that path's lock
    diskStamp_.reset();
    journal_.forget();
    Document& doc = state_.doc;
    doc.session = std::move(session);
    doc.history.clear(!path.empty());
    doc.path = std::move(path);
    doc.readOnly = false;
    doc.readOnlyReason.clear();
    doc.loadProblems.clear();
    state_.ui.drafts.clear();
}

void App::newSession() {
    const Texts t(state_.catalogue);
    const auto templatePath = defaultTemplatePath();
    LoadResult loaded = loadSessionFile(templatePath);
    if (!loaded.session) {
        state_.ui.notice = Notice{t("notice.templateFailed"), loaded.error, {}, false};
        return;
    }
    // Not on disk yet, so it counts as unsaved from the start.
    setDocument(sessionFromTemplate(*loaded.session, {}), {});
    state_.ui.screen = Screen::Preparation;
    state_.ui.status = t("status.newSession");
}

void App::saveCurrent(std::optional<PendingIntent> then) {
    const Document& doc = state_.doc;
    if (doc.readOnly || doc.path.empty()) {
        if (doc.readOnly) {
            const Texts t(state_.catalogue);
            state_.ui.status = std::string(t("status.readOnlySaveAs")) + " " + doc.readOnlyReason;
        }
        showSaveAs(std::move(then));
        return;
    }
    if (saveTo(doc.path) && then) carryOut(*then);
}

bool App::saveTo(const std::filesystem::path& path) {
    const Texts t(state_.catalogue);
    std::error_code ignored; // a missing folder is created; any real problem surfaces in the save
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ignored);
    Document& doc = state_.doc;
    // Another file (Save as, or the first save of a new evening) must be ours before we write it.
    const bool samePlace =
        lock_.held() ? sameFile(lock_.session(), path) : !doc.path.empty() && sameFile(doc.path, path);
    SessionLock newLock;
    if (locking_ && (!lock_.held() || !samePlace)) {
        LockAttempt attempt = lockSession(path, kWindowHolder);
        if (!attempt.lock.held()) {
            state_.ui.notice = Notice{t("notice.saveFailed"), lockMessage(attempt), {}, false};
            return false;
        }
        newLock = std::move(attempt.lock);
    }
    if (samePlace && changedOutside(path)) {
        // Never overwrite a change made outside the program: stop saving here and ask.
        doc.readOnly = true;
        doc.readOnlyReason = t("conflict.reason");
        state_.ui.notice = Notice{t("conflict.title"), t("conflict.text"), {path.string()}, true};
        return false;
    }
    // Past the check above, our own file still has the stamp of our last read or write (or is
    // gone), and we hold its lock: no need to read it again to know it is ours and readable.
    const bool ownFile = samePlace && lock_.held() && diskStamp_.has_value() && !doc.readOnly;
    JournalBase saved;
    if (auto error = saveSessionFile(path, doc.session,
                                     ownFile ? ExistingFile::KnownOwn : ExistingFile::Check, &saved)) {
        state_.ui.notice = Notice{t("notice.saveFailed"), *error, {}, false};
        return false;
    }
    journal_.savedInFull(path, saved);
    if (newLock.held()) lock_ = std::move(newLock);
    diskStamp_ = stampOf(path);
    doc.path = path;
    doc.readOnly = false;
    doc.readOnlyReason.clear();
    doc.history.markSaved();
    state_.ui.status = std::string(t("status.saved")) + ": " + path.string();
    rememberRecentFile(state_.settings, path.string());
    return true;
}

void App::showSaveAs(std::optional<PendingIntent> then) {
    FileDialogState dialog;
    dialog.mode = FileDialogState::Mode::SaveAs;
    dialog.candidates = sessionFilesIn(state_.sessionsDir);
    const Document& doc = state_.doc;
    // Suggest a fresh name next to a read-only original rather than the original itself.
    if (!doc.path.empty() && !doc.readOnly) {
        dialog.pathText = doc.path.string();
    } else {
        const std::string stem = doc.path.empty() ? "avond" : doc.path.stem().string() + "-kopie";
        dialog.pathText = (state_.sessionsDir / (stem + ".json")).string();
    }
    state_.ui.fileDialog = std::move(dialog);
    state_.ui.afterSaveAs = std::move(then);
}

void App::showOpen() {
    FileDialogState dialog;
    dialog.mode = FileDialogState::Mode::Open;
    dialog.candidates = sessionFilesIn(state_.sessionsDir);
    if (!dialog.candidates.empty()) dialog.pathText = dialog.candidates.front();
    state_.ui.fileDialog = std::move(dialog);
}

std::filesystem::path App::resolveSavePath(const std::string& text) const {
    if (text.empty()) return {};
    std::filesystem::path path = text;
    if (path.extension() != ".json") path += ".json";
    // A bare name goes into the sessions folder, where Open will find it again.
    if (!path.has_parent_path()) path = state_.sessionsDir / path;
    return path;
}

} // namespace dlg
