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
    std::filesystem::copy_file(std::filesystem::path(DLG_SOURCE_DIR) / "sessions/voorbeeld.json", file);
    int out[2];
    REQUIRE(::pipe(out) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(out[1], 1);
        ::close(out[0]);
        ::execl(DLG_BINARY, DLG_BINARY, "serve", file.c_str(), "--bind", "127.0.0.1", "--port", "0", nullptr);
        ::_exit(127);
    }
    ::close(out[1]);
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
}
