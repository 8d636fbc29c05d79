// One writer per session: the lock beside the session, its take-over after a killed holder, the
// temp files of killed saves, saving through a symlink, and the file stamp the window checks.
#include <doctest/doctest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include "core/model/atomic_file.h"
#include "core/model/session_file.h"
#include "core/model/session_lock.h"
#include "test_support.h"

using namespace dlg;
using namespace dlg::test;

namespace {

Session smallSession() {
    const LoadResult loaded = loadSessionFile(fixture("minimal.json"));
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    return *loaded.session;
}

int countTempFiles(const TempDir& dir) {
    const auto names = dir.entries();
    return static_cast<int>(std::count_if(names.begin(), names.end(), [](const std::string& name) {
        return name.find(".tmp-") != std::string::npos;
    }));
}

} // namespace

TEST_CASE("session lock: a second writer is refused and told who holds it, then gets it once released") {
    TempDir dir("lock");
    const auto file = dir / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, smallSession()));

    LockAttempt first = lockSession(file, "import");
    REQUIRE_MESSAGE(first.lock.held(), first.error);
    CHECK(std::filesystem::exists(lockFileFor(file)));

    const LockAttempt second = lockSession(file, kWindowHolder);
    CHECK_FALSE(second.lock.held());
    REQUIRE(second.busy());
    CHECK(second.holder->who == "import");
    CHECK(second.holder->pid == static_cast<long>(::getpid()));
    CHECK(second.holder->since.size() == 19); // YYYY-MM-DD HH:MM:SS
    CHECK_MESSAGE(contains(second.error, "'dialoogavond import' (pid " + std::to_string(::getpid())),
                  second.error);

    first.lock.release();
    CHECK_FALSE(std::filesystem::exists(lockFileFor(file)));
    const LockAttempt third = lockSession(file, kWindowHolder);
    CHECK_MESSAGE(third.lock.held(), third.error);
}

TEST_CASE("session lock: a command waits for another command but not for the window") {
    TempDir dir("lock-wait");
    const auto file = dir / "avond.json";
    LockAttempt window = lockSession(file, kWindowHolder);
    REQUIRE(window.lock.held());
    // The window holds it for hours: a command is refused at once, whatever it would wait.
    const auto before = std::chrono::steady_clock::now();
    const LockAttempt command = lockSession(file, "assign", std::chrono::seconds(30));
    CHECK(command.busy());
    CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds(10));
    CHECK(contains(command.error, "open in the dialoogavond window"));
}

TEST_CASE("session lock: the lock of a process killed with -9 is taken over") {
    TempDir dir("lock-stale");
    const auto file = dir / "avond.json";
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(ready[0]);
        LockAttempt held = lockSession(file, "import");
        const char status = held.lock.held() ? 'y' : 'n';
        if (::write(ready[1], &status, 1) != 1) ::_exit(2);
        for (;;)
            ::pause();
    }
    ::close(ready[1]);
    char status = 0;
    REQUIRE(::read(ready[0], &status, 1) == 1);
    ::close(ready[0]);
    REQUIRE(status == 'y');
    const LockAttempt whileAlive = lockSession(file, "assign");
    CHECK(whileAlive.busy());
    CHECK(whileAlive.holder->pid == static_cast<long>(child));

    REQUIRE(::kill(child, SIGKILL) == 0);
    int exitStatus = 0;
    REQUIRE(::waitpid(child, &exitStatus, 0) == child);
    CHECK(std::filesystem::exists(lockFileFor(file))); // the file stays behind, the lock does not
    const LockAttempt after = lockSession(file, "assign");
    CHECK_MESSAGE(after.lock.held(), after.error);
}

TEST_CASE("session lock: taking the lock removes the temp files of killed saves, and only those") {
    TempDir dir("lock-temp");
    const auto file = dir / "avond.json";
    REQUIRE_FALSE(saveSessionFile(file, smallSession()));
    writeBytes(dir / ".avond.json.tmp-a1B2c3", "{\"half\": ");
    writeBytes(dir / ".avond.json.tmp-Zz9yX8", "");
    writeBytes(dir / ".ander.json.tmp-a1B2c3", "another session's save, maybe running now");
    writeBytes(dir / ".avond.json.tmp-longer-name", "not a name mkstemp makes");
    REQUIRE(countTempFiles(dir) == 4);

    const LockAttempt attempt = lockSession(file, "import");
    REQUIRE(attempt.lock.held());
    CHECK_FALSE(std::filesystem::exists(dir / ".avond.json.tmp-a1B2c3"));
    CHECK_FALSE(std::filesystem::exists(dir / ".avond.json.tmp-Zz9yX8"));
    CHECK(std::filesystem::exists(dir / ".ander.json.tmp-a1B2c3"));
    CHECK(std::filesystem::exists(dir / ".avond.json.tmp-longer-name"));
}

TEST_CASE("atomic save: saving through a symlink replaces the linked file and keeps the link") {
    TempDir dir("symlink");
    std::filesystem::create_directories(dir / "echt");
    const auto real = dir / "echt" / "avond.json";
    const auto link = dir / "avond.json";
    Session session = smallSession();
    REQUIRE_FALSE(saveSessionFile(real, session));
    std::filesystem::create_symlink("echt/avond.json", link); // relative, as `ln -s` makes it

    session.meta.title = "Via de link";
    REQUIRE_FALSE(saveSessionFile(link, session));
    CHECK(std::filesystem::is_symlink(link));
    const LoadResult reloaded = loadSessionFile(real);
    REQUIRE(reloaded.session);
    CHECK(reloaded.session->meta.title == "Via de link");
    CHECK(lockFileFor(link) == lockFileFor(real).lexically_normal());
    CHECK(countTempFiles(dir) == 0);
}

TEST_CASE("file stamp: a save by anyone changes it, reading does not") {
    TempDir dir("stamp");
    const auto file = dir / "avond.json";
    CHECK_FALSE(stampOf(file));
    REQUIRE_FALSE(saveSessionFile(file, smallSession()));
    const auto first = stampOf(file);
    REQUIRE(first);
    (void)loadSessionFile(file);
    CHECK(stampOf(file) == first);
    REQUIRE_FALSE(saveSessionFile(file, smallSession()));
    CHECK(stampOf(file) != first);
}
