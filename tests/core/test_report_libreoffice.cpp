// The DOCX report in LibreOffice (issue 19): the large intern report converted to PDF by
// `soffice --headless` (libreoffice-writer-nogui, in scripts/deps.txt) and read back with
// pdftotext; no long word, date or name of the evening may come out broken over two lines.
// One test on purpose: starting LibreOffice takes seconds.
#include <doctest/doctest.h>

#include "core/report/writer_docx.h"
#include "test_layout_support.h"
#include "test_office_support.h"

using namespace dlg;
using namespace dlg::test;

TEST_CASE("DOCX of the large intern report in LibreOffice: no word, date or name broken") {
    const CommandResult found = runCommand("command -v soffice");
    REQUIRE_MESSAGE(
        found.exitCode == 0,
        "soffice not found: install libreoffice-writer-nogui (scripts/deps.txt, scripts/test.sh)");
    const Session session = bench::largeEvening();
    const Report report = buildReport(session, {ReportKind::Internal, ""});
    TempDir dir("docx-libreoffice");
    const auto docx = dir / "intern.docx";
    writeBytes(docx, writeDocx(report));
    // A profile of its own, so a LibreOffice the user has open (or another test) is not disturbed.
    const CommandResult converted = runCommand(
        "cd '" + dir.path().string() + "' && soffice --headless --norestore '-env:UserInstallation=file://" +
        (dir / "profile").string() + "' --convert-to pdf --outdir '" + dir.path().string() + "' '" +
        docx.string() + "'");
    REQUIRE_MESSAGE(converted.exitCode == 0, converted.output);
    const auto pdf = dir / "intern.pdf";
    const CommandResult text = runCommand("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
    REQUIRE_MESSAGE(text.exitCode == 0, "pdftotext failed (is poppler-utils installed?): ", text.output);
    const std::string extracted = withPlainSpaces(text.output);
    const std::string expected = reportTexts(report);
    std::size_t checked = 0;
    for (const std::string& word : wordsThatMustStayWhole(session, report)) {
        const std::size_t wanted = occurrences(expected, word);
        if (wanted == 0) continue;
        CAPTURE(word);
        CHECK(occurrences(extracted, word) == wanted);
        ++checked;
    }
    CHECK(checked > 40);
}
