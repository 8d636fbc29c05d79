// `dialoogavond report --format pdf|docx`, run in-process on the report fixture.
#include <doctest/doctest.h>

#include <sstream>

#include "../core/test_report_fixture.h"
#include "../core/test_support.h"
#include "cli/cli.h"
#include "core/model/session_file.h"

using namespace dlg;
using namespace dlg::test;

// fontconfig keeps its font cache until the process ends and never frees it (pango holds it for
// the PDF writer); LeakSanitizer in the sanitizer CI build would report that cache as a leak.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}

namespace {

int runReport(cli::Args args, std::string* out = nullptr) {
    args.insert(args.begin(), "report");
    std::ostringstream outStream, errStream;
    cli::Io io{outStream, errStream};
    const int code = cli::run(args, io);
    if (out) *out = outStream.str();
    return code;
}

} // namespace

TEST_CASE("report writes PDF and DOCX, chosen by --format or by the extension of -o") {
    TempDir dir("report-office");
    const std::string session = (dir / "evening.json").string();
    REQUIRE_FALSE(saveSessionFile(session, reportFixture()).has_value());

    const auto pdf = dir / "verslag.pdf";
    std::string out;
    CHECK(runReport({session, "--kind", "intern", "-o", pdf.string()}, &out) == 0);
    CHECK(contains(out, "written as pdf"));
    CHECK(readBytes(pdf).rfind("%PDF-", 0) == 0);

    const auto docx = dir / "verslag.docx";
    CHECK(runReport({session, "-o", docx.string()}, &out) == 0);
    CHECK(contains(out, "written as docx"));
    CHECK(readBytes(docx).rfind("PK\x03\x04", 0) == 0);

    const auto forced = dir / "verslag.bin";
    CHECK(runReport({session, "--format", "docx", "-o", forced.string()}) == 0);
    CHECK(readBytes(forced).rfind("PK\x03\x04", 0) == 0);
}
