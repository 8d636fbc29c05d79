// `dialoogavond serve`: help, usage errors, and the real binary printing one line per table and
// stopping cleanly on SIGTERM, with the tokens kept in the file.
#include <doctest/doctest.h>

#include <csignal>
#include <cstdio>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

#include "../core/test_support.h"
#include "cli/cli.h"
#include "core/model/session_file.h"
#include "run_cli.h"

using namespace dlg;
using namespace dlg::test;

TEST_CASE("cli: serve --help and usage errors") {
    std::string out, err;
    CHECK(runCli({"serve", "--help"}, out, err) == 0);
    CHECK(contains(out, "--bind ADDR"));
    CHECK(contains(out, "SIGTERM"));
    CHECK(runCli({"serve"}, out, err) == 1);
    CHECK(runCli({"serve", "x.json", "--port", "abc"}, out, err) == 1);
    CHECK(contains(err, "--port"));
    CHECK(runCli({"serve", "/nonexistent/x.json", "--port", "0"}, out, err) == 3);
}

TEST_CASE("cli: serve prints id, name and join link per table, keeps the tokens and stops on SIGTERM") {
    TempDir dir("serve");
    const auto file = dir.path() / "avond.json";
    {
        LoadResult sample = loadSessionFile(std::filesystem::path(DLG_SOURCE_DIR) / "sessions/voorbeeld.json");
        REQUIRE(sample.session);
        sample.session->tablesOnline.cardsFor = "10.1.2.3:8090"; // cards printed on another network
        REQUIRE_FALSE(saveSessionFile(file, *sample.session));
    }
    int out[2], err[2];
    REQUIRE(::pipe(out) == 0);
    REQUIRE(::pipe(err) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(out[1], 1);
        ::dup2(err[1], 2);
        ::close(out[0]);
        ::close(err[0]);
        ::execl(DLG_BINARY, DLG_BINARY, "serve", file.c_str(), "--bind", "127.0.0.1", "--port", "0", nullptr);
        ::_exit(127);
    }
    ::close(out[1]);
    ::close(err[1]);
    FILE* lines = ::fdopen(out[0], "r");
    std::vector<std::string> printed;
    char buffer[512];
    while (printed.size() < 5 && std::fgets(buffer, sizeof buffer, lines))
        printed.push_back(buffer);
    REQUIRE(printed.size() == 5);
    const LoadResult saved = loadSessionFile(file);
    REQUIRE(saved.session);
    REQUIRE(saved.session->tablesOnline.tables.size() == 5);
    CHECK(contains(printed[0], "t-01\tTafel 1"));
    CHECK(contains(printed[0], "http://127.0.0.1:"));
    CHECK(contains(printed[0], "/t/" + saved.session->tablesOnline.tables[0].token + "\n"));
    ::kill(child, SIGTERM);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    std::fclose(lines);
    std::string warnings;
    for (ssize_t n; (n = ::read(err[0], buffer, sizeof buffer)) > 0;)
        warnings.append(buffer, static_cast<std::size_t>(n));
    ::close(err[0]);
    CHECK_MESSAGE(contains(warnings, "printed table cards point at 10.1.2.3:8090"), warnings);
}
