// The HTML writer: well-formed, self-contained, escaped, A4 print styles.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/report/report.h"
#include "core/report/writer_html.h"
#include "test_report_fixture.h"

namespace {

using namespace dlg;

bool isVoid(const std::string& tag) {
    return tag == "meta" || tag == "br" || tag == "hr" || tag == "img" || tag == "link";
}

/// Empty when every element is closed in order, no raw `<` or `&` appears in text, and every
/// attribute value is quoted; otherwise what is wrong first.
std::string tagBalanceProblem(const std::string& html) {
    std::vector<std::string> open;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] == '&') {
            const std::size_t semicolon = html.find(';', i);
            if (semicolon == std::string::npos || semicolon - i > 8) return "bare & at " + std::to_string(i);
            continue;
        }
        if (html[i] == '>') return "bare > at " + std::to_string(i);
        if (html[i] != '<') continue;
        const std::size_t end = html.find('>', i);
        if (end == std::string::npos) return "unclosed < at " + std::to_string(i);
        const std::string tag = html.substr(i + 1, end - i - 1);
        i = end;
        if (tag.rfind("!DOCTYPE", 0) == 0) continue;
        if (tag.empty() || !(std::isalpha(static_cast<unsigned char>(tag[0])) || tag[0] == '/'))
            return "text '<' read as a tag: <" + tag + ">";
        if (tag.find('<') != std::string::npos) return "< inside tag <" + tag + ">";
        std::size_t quotes = 0;
        for (char c : tag)
            quotes += c == '"' ? 1 : 0;
        if (quotes % 2 != 0) return "unbalanced quotes in <" + tag + ">";
        if (tag[0] == '/') {
            const std::string name = tag.substr(1);
            if (open.empty() || open.back() != name)
                return "</" + name + "> closes " + (open.empty() ? "nothing" : open.back());
            open.pop_back();
            continue;
        }
        const std::string name = tag.substr(0, tag.find_first_of(" \t\n"));
        if (!isVoid(name)) open.push_back(name);
        if (name == "style") {
            // CSS is not markup: skip to its end tag.
            const std::size_t close = html.find("</style>", i);
            if (close == std::string::npos) return "unclosed <style>";
            i = close - 1;
        }
    }
    return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

Session hostileSession() {
    Session session = test::reportFixture();
    session.outcomes.summaryPoints.push_back("<script>alert(1)</script> & \"quotes\" 'single' ]]> <!-- x");
    session.outcomes.tables[0].notes = "</td></table><b>vet</b>\nTweede regel";
    session.actions[0].title = "Actie <i>a</i> & b";
    return session;
}

} // namespace

TEST_CASE("the tag checker itself catches broken markup") {
    CHECK(tagBalanceProblem("<p>ok</p>").empty());
    CHECK_FALSE(tagBalanceProblem("<p><b>x</p></b>").empty());
    CHECK_FALSE(tagBalanceProblem("<p>a < b</p>").empty());
    CHECK_FALSE(tagBalanceProblem("<p>a & b</p>").empty());
    CHECK_FALSE(tagBalanceProblem("<ul><li>x</li>").empty());
}

TEST_CASE("every kind of report is well-formed HTML") {
    const Session session = hostileSession();
    for (ReportKind kind : {ReportKind::Feedback, ReportKind::Progress, ReportKind::Internal}) {
        CAPTURE(toString(kind));
        const std::string html = writeHtml(buildReport(session, {kind, ""}));
        CHECK(tagBalanceProblem(html) == "");
        CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
    }
}

TEST_CASE("typed text is escaped, never markup") {
    const std::string html = writeHtml(buildReport(hostileSession(), {ReportKind::Internal, ""}));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39; ]]&gt; "
                    "&lt;!-- x") != std::string::npos);
    CHECK(html.find("&lt;/td&gt;&lt;/table&gt;&lt;b&gt;vet&lt;/b&gt;<br>Tweede regel") != std::string::npos);
    CHECK(html.find("Actie &lt;i&gt;a&lt;/i&gt; &amp; b") != std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
}

TEST_CASE("the HTML file is self-contained and prints on A4") {
    const std::string html = writeHtml(buildReport(test::reportFixture(), {ReportKind::Feedback, ""}));
    CHECK(html.find("@page { size: A4;") != std::string::npos);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    for (const char* external : {"<script", "src=", "href=", "url(", "@import", "http"}) {
        CAPTURE(external);
        CHECK(html.find(external) == std::string::npos);
    }
    CHECK(html.find("<h1>Terugkoppeling: Samen sterker</h1>") != std::string::npos);
    CHECK(html.find("<h2>Wat de school gaat doen</h2>") != std::string::npos);
    CHECK(html.find("<h3>Huiswerk en leren thuis</h3>") != std::string::npos);
    // Table cells carry their border inline: e-mail programs drop <style>.
    CHECK(html.find("<td style=\"border:1px solid") != std::string::npos);
}

TEST_CASE("an English evening is marked lang=en") {
    Session session = test::reportFixture();
    session.meta.language = "en";
    const std::string html = writeHtml(buildReport(session, {ReportKind::Feedback, ""}));
    CHECK(html.find("<html lang=\"en\">") != std::string::npos);
    CHECK(html.find("<h2>What the school will do</h2>") != std::string::npos);
}
