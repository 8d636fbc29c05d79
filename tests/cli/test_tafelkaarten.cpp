// `dialoogavond tafelkaarten`: the A4 PDF of table cards, read back with poppler (pdfinfo,
// pdftotext) and its QR codes decoded from the rendered pages with zbarimg.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "../core/test_office_support.h"
#include "cli/cli.h"
#include "core/model/session_file.h"
#include "core/online/join_tokens.h"
#include "run_cli.h"

using namespace dlg;
using namespace dlg::test;

TEST_CASE("cli: tafelkaarten --help and usage errors") {
    std::string out, err;
    CHECK(runCli({"tafelkaarten", "--help"}, out, err) == 0);
    CHECK(contains(out, "OUT.pdf"));
    CHECK(contains(out, "--port N"));
    CHECK(runCli({"tafelkaarten", "x.json"}, out, err) == 1);
    CHECK(runCli({"tafelkaarten", "x.json", "y.pdf", "--port", "0"}, out, err) == 1);
    CHECK(contains(err, "--port"));
}

TEST_CASE("cli: tafelkaarten writes one card per table with its name and link and the QR codes scan") {
    TempDir dir("cards");
    const auto file = dir.path() / "avond.json";
    const auto pdf = dir.path() / "kaarten.pdf";
    std::filesystem::copy_file(std::filesystem::path(DLG_SOURCE_DIR) / "sessions/voorbeeld.json", file);
    std::string out, err;
    REQUIRE_MESSAGE(
        runCli({"tafelkaarten", file.string(), pdf.string(), "--bind", "10.1.2.3", "--port", "8090"}, out,
               err) == 0,
        err);
    CHECK(contains(out, "5 tafelkaarten"));
    const LoadResult saved = loadSessionFile(file); // the codes on the cards are kept in the file
    REQUIRE(saved.session);
    REQUIRE(saved.session->tablesOnline.tables.size() == 5);
    CHECK(saved.session->tablesOnline.cardsFor == "10.1.2.3:8090"); // the window warns elsewhere

    const CommandResult info = runCommand("pdfinfo '" + pdf.string() + "'");
    REQUIRE_MESSAGE(info.exitCode == 0, info.output);
    CHECK(contains(info.output, "Pages:           3")); // two cards a page
    CHECK(contains(info.output, "A4"));
    const CommandResult text = runCommand("pdftotext -layout -enc UTF-8 '" + pdf.string() + "' -");
    REQUIRE(text.exitCode == 0);
    std::vector<std::string> links;
    for (const Table& table : saved.session->tables) {
        CHECK_MESSAGE(contains(text.output, table.name.substr(0, table.name.find(':'))), table.name);
        const TableAccess* access = findAccess(saved.session->tablesOnline, table.id);
        REQUIRE(access);
        links.push_back("http://10.1.2.3:8090/t/" + access->token);
        CHECK_MESSAGE(contains(text.output, links.back()), links.back());
    }

    // What a phone camera sees: the printed pages, decoded.
    const CommandResult pages = runCommand("pdftoppm -r 100 -gray -png '" + pdf.string() + "' '" +
                                           (dir.path() / "page").string() + "'");
    REQUIRE_MESSAGE(pages.exitCode == 0, pages.output);
    const CommandResult decoded = runCommand("zbarimg --raw -q '" + dir.path().string() + "'/page-*.png");
    std::vector<std::string> found;
    std::istringstream lines(decoded.output);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("http", 0) == 0) found.push_back(line); // not zbarimg's D-Bus complaints
    REQUIRE_MESSAGE(decoded.exitCode == 0, decoded.output);
    std::sort(found.begin(), found.end());
    std::sort(links.begin(), links.end());
    CHECK(found == links);
}
