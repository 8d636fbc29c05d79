// One writer per session, with the real binary in separate processes (issue 17): two imports racing
// lose nothing, a command is refused while the window has the session, and kill -9 at random
// moments of a save leaves no damaged file and no temp file after the next start.
#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <set>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "../core/test_support.h"
#include "cli/cli.h"
#include "core/model/atomic_file.h"
#include "core/model/session_file.h"
#include "core/model/session_lock.h"

extern char** environ;

using namespace dlg;
using namespace dlg::test;

namespace {

// Starts the binary with `args`; its output goes to `log` (appended), so a failure can be shown.
pid_t spawnBinary(const std::vector<std::string>& args, const std::filesystem::path& log) {
    std::vector<std::string> words{DLG_BINARY};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = -1;
    const int error = ::posix_spawn(&pid, DLG_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(error == 0);
    return pid;
}

// The exit code, or 128 + signal for a killed process.
int waitFor(pid_t pid) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int runBinary(const std::vector<std::string>& args, const std::filesystem::path& log) {
    return waitFor(spawnBinary(args, log));
}

std::filesystem::path newSession(const TempDir& dir) {
    const auto file = dir / "avond.json";
    REQUIRE(runBinary({"new", file.string()}, dir / "new.log") == 0);
    return file;
}

// A CSV with one person, "Ouder<tag>".
std::filesystem::path onePersonCsv(const TempDir& dir, const std::string& tag) {
    const auto path = dir / ("ouder-" + tag + ".csv");
    writeBytes(path, "Voornaam;Achternaam\nOuder" + tag + ";Test\n");
    return path;
}

std::set<std::string> firstNames(const std::filesystem::path& file) {
    const LoadResult loaded = loadSessionFile(file);
    REQUIRE_MESSAGE(loaded.session, loaded.error);
    std::set<std::string> names;
    for (const Participant& person : loaded.session->participants)
        names.insert(person.firstName);
    return names;
}

int tempFilesBeside(const std::filesystem::path& file) {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(file.parent_path()))
        count += entry.path().filename().string().rfind(tempFilePrefix(file), 0) == 0;
    return count;
}

} // namespace

TEST_CASE("write lock: two imports started together 100 times lose no person") {
    TempDir dir("race");
    const auto file = newSession(dir);
    const auto log = dir / "race.log";
    constexpr int kRounds = 100;
    int refused = 0;
    std::vector<std::string> reportedSaved;
    for (int round = 0; round < kRounds; ++round) {
        const std::string a = "A" + std::to_string(round), b = "B" + std::to_string(round);
        const auto csvA = onePersonCsv(dir, a), csvB = onePersonCsv(dir, b);
        const pid_t first = spawnBinary({"import", file.string(), csvA.string()}, log);
        const pid_t second = spawnBinary({"import", file.string(), csvB.string()}, log);
        const int codeA = waitFor(first), codeB = waitFor(second);
        if (codeA == 0) reportedSaved.push_back("Ouder" + a);
        if (codeB == 0) reportedSaved.push_back("Ouder" + b);
        refused += (codeA != 0) + (codeB != 0);
    }
    const std::set<std::string> names = firstNames(file);
    int lost = 0;
    for (const std::string& name : reportedSaved)
        lost += !names.count(name);
    CHECK_MESSAGE(lost == 0, lost << " of " << reportedSaved.size() << " imports said saved and are gone");
    // Each waits for the other's lock, so none is even refused.
    CHECK_MESSAGE(refused == 0, readBytes(log));
    CHECK(reportedSaved.size() == 2 * kRounds);
}

TEST_CASE("write lock: a command is refused with exit 2 while the window has the session open") {
    TempDir dir("window");
    const auto file = newSession(dir);
    const std::string before = readBytes(file);
    LockAttempt window = lockSession(file, kWindowHolder); // as the GUI holds it while the session is open
    REQUIRE(window.lock.held());

    const auto log = dir / "import.log";
    CHECK(runBinary({"import", file.string(), onePersonCsv(dir, "X").string()}, log) == 2);
    const std::string message = readBytes(log);
    CHECK_MESSAGE(contains(message, file.string() + " is open in the dialoogavond window (pid " +
                                        std::to_string(::getpid()) + ", since "),
                  message);
    CHECK(contains(message, "nothing saved"));
    CHECK(runBinary({"assign", file.string()}, dir / "assign.log") == 2);
    // The AVG commands write only with --yes; serve saves every phone's edit for as long as it runs.
    CHECK(runBinary({"wis", file.string(), "Iemand", "--yes"}, dir / "wis.log") == 2);
    CHECK(contains(readBytes(dir / "wis.log"), "is open in the dialoogavond window"));
    CHECK(runBinary({"opschonen", file.string(), "--yes", "--force"}, dir / "opschonen.log") == 2);
    CHECK(contains(readBytes(dir / "opschonen.log"), "is open in the dialoogavond window"));
    CHECK(runBinary({"serve", file.string(), "--bind", "127.0.0.1", "--port", "0"}, dir / "serve.log") == 2);
    CHECK(contains(readBytes(dir / "serve.log"), "is open in the dialoogavond window"));
    CHECK(readBytes(file) == before);
    // Reading commands are not writers and still work.
    CHECK(runBinary({"validate", file.string()}, dir / "validate.log") == 0);
    CHECK(runBinary({"import", file.string(), onePersonCsv(dir, "Y").string(), "--dry-run"},
                    dir / "dry.log") == 0);

    window.lock.release();
    CHECK(runBinary({"import", file.string(), onePersonCsv(dir, "X").string()}, log) == 0);
    CHECK(firstNames(file).count("OuderX"));
}

TEST_CASE("write lock: kill -9 at random moments of a save leaves no damaged file, and no temp file after "
          "the next start") {
    TempDir dir("kill");
    const auto file = newSession(dir);
    const auto log = dir / "kill.log";
    // A few hundred people make a save long enough to be hit in the middle.
    std::string csv = "Voornaam;Achternaam;E-mailadres\n";
    for (int i = 0; i < 600; ++i)
        csv += "Basis" + std::to_string(i) + ";Ouder;basis" + std::to_string(i) + "@voorbeeld.nl\n";
    writeBytes(dir / "basis.csv", csv);
    REQUIRE(runBinary({"import", file.string(), (dir / "basis.csv").string()}, log) == 0);

    const auto started = std::chrono::steady_clock::now();
    REQUIRE(runBinary({"import", file.string(), onePersonCsv(dir, "T").string()}, log) == 0);
    const auto oneRun =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);

    std::mt19937 random(17);
    std::uniform_int_distribution<long> moment(0, oneRun.count() * 6 / 5);
    constexpr int kKills = 30;
    int corrupt = 0, killed = 0, tempSeen = 0;
    for (int i = 0; i < kKills; ++i) {
        const pid_t pid =
            spawnBinary({"import", file.string(), onePersonCsv(dir, "K" + std::to_string(i)).string()}, log);
        std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
        ::kill(pid, SIGKILL);
        killed += waitFor(pid) == 128 + SIGKILL;
        tempSeen += tempFilesBeside(file);
        const LoadResult loaded = loadSessionFile(file);
        corrupt += !loaded.session || !loaded.problems.empty();
    }
    MESSAGE(killed << " of " << kKills << " imports killed (one run takes " << oneRun.count() / 1000
                   << " ms); temp files seen after the kills: " << tempSeen);
    CHECK(corrupt == 0);
    CHECK(killed > 0);
    // The next start of a writer clears what the killed saves left.
    REQUIRE(runBinary({"import", file.string(), onePersonCsv(dir, "Z").string()}, log) == 0);
    CHECK(tempFilesBeside(file) == 0);
    CHECK(firstNames(file).count("OuderZ"));
}
