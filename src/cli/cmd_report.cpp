#include <filesystem>
#include <ostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "core/model/atomic_file.h"
#include "core/model/paths.h"
#include "core/model/session_file.h"
#include "core/privacy/privacy_guard.h"
#include "core/report/report.h"
#include "core/report/report_places.h"
#include "core/report/report_writers.h"

namespace dlg::cli {
namespace {

constexpr const char* kHelp =
    "Usage: dialoogavond report FILE [--kind KIND] [--format FORMAT] [-o OUT] [--since YYYY-MM-DD]\n"
    "                           [--allow-personal-data]\n\n"
    "Writes a report of the evening in FILE to OUT (replaced atomically) or to stdout.\n\n"
    "  --kind terugkoppeling   to parents: what we heard and what the school will do (default)\n"
    "         voortgang        to parents: progress on the actions since --since (default: the\n"
    "                          evening's date), for the newsletter\n"
    "         intern           for team and MR: adds leaders, notes, quotes, timing, attendance\n"
    "  --format md|html|txt|csv|pdf|docx  csv is the action list; default: OUT's extension, else md\n\n"
    "Privacy: terugkoppeling and voortgang never list participants. Every typed text that goes\n"
    "into them is scanned for participants' names (also \"Demir, Ayse\", \"A. Demir\" and a surname\n"
    "alone), e-mail addresses (also \"naam [at] school [dot] nl\"), phone numbers, citizen service\n"
    "numbers (BSN, by the 11-proef) and home addresses (postcode with house number); each find is\n"
    "listed on stderr, in the session's language, with its place (\"Tafel 1 \u00B7 Wat gaat goed \u00B7\n"
    "punt 1\") and the report is not written. The school's own meta.contactEmail and\n"
    "meta.contactPhone pass. To publish anyway (only with the consent of the people named) pass\n"
    "--allow-personal-data. Staff names are allowed as an action's owner. The intern report\n"
    "is never blocked but contains personal data: do not send it to parents.\n\n"
    "Exit codes: 0 written, 1 usage error, 2 invalid session or personal data found,\n"
    "3 FILE cannot be read or OUT cannot be written.\n";

/// `-o OUT` is the short form of `--output OUT`.
Args expandShortOptions(const Args& args) {
    Args expanded;
    for (const std::string& arg : args)
        expanded.push_back(arg == "-o" ? "--output" : arg);
    return expanded;
}

std::optional<ReportFormat> formatFromExtension(const std::filesystem::path& out) {
    std::string extension = out.extension().string();
    if (extension.size() > 1) extension.erase(0, 1);
    if (extension == "markdown") return ReportFormat::Markdown;
    if (extension == "htm") return ReportFormat::Html;
    return reportFormatFromString(extension);
}

} // namespace

int runReport(const Args& args, Io& io) {
    auto parsed = parseArgs(expandShortOptions(args),
                            {{"kind", "format", "output", "since"}, {"allow-personal-data"}}, io, "report");
    if (!parsed) return kUsage;
    if (parsed->help) {
        io.out << kHelp;
        return kOk;
    }
    if (parsed->positionals.size() != 1) {
        io.err << "dialoogavond report: expected exactly one FILE (see --help)\n";
        return kUsage;
    }
    const std::string file = parsed->positionals[0];
    const std::optional<std::string> output = parsed->value("output");

    const std::string kindWord = parsed->value("kind").value_or("terugkoppeling");
    const std::optional<ReportKind> kind = reportKindFromString(kindWord);
    if (!kind) {
        io.err << "dialoogavond report: --kind \"" << kindWord
               << "\" is not a report kind; use terugkoppeling, voortgang or intern\n";
        return kUsage;
    }
    std::optional<ReportFormat> format;
    if (auto word = parsed->value("format")) {
        format = reportFormatFromString(*word);
        if (!format) {
            io.err << "dialoogavond report: --format \"" << *word
                   << "\" is not a format; use md, html, txt, csv, pdf or docx\n";
            return kUsage;
        }
    } else {
        format =
            output ? formatFromExtension(*output).value_or(ReportFormat::Markdown) : ReportFormat::Markdown;
    }
    ReportOptions options{*kind, parsed->value("since").value_or("")};
    if (!options.since.empty() && !isValidDate(options.since)) {
        io.err << "dialoogavond report: --since \"" << options.since << "\" is not a date; use YYYY-MM-DD\n";
        return kUsage;
    }
    if (!options.since.empty() && *kind != ReportKind::Progress) {
        io.err << "dialoogavond report: --since only applies to --kind voortgang\n";
        return kUsage;
    }

    LoadResult loaded = loadSessionFile(file);
    if (!loaded.session) {
        io.err << "dialoogavond report: " << loaded.error << "\n";
        return loaded.ioFailure ? kIoFailure : kInvalid;
    }
    if (!loaded.problems.empty()) {
        // A report from faulty data could tell parents something wrong: fix first.
        for (const Problem& problem : loaded.problems)
            io.err << file << ": " << describe(problem) << "\n";
        io.err << "dialoogavond report: " << file << " has " << loaded.problems.size()
               << " problem(s); fix them first (see dialoogavond validate)\n";
        return kInvalid;
    }
    const Session& session = *loaded.session;
    const Report report = buildReport(session, options);
    const std::vector<PrivacyHit> hits = PrivacyGuard(session).scan(report.sourceTexts);
    const bool publicReport = isPublic(*kind);
    const bool allowFlag = parsed->has("allow-personal-data");
    // Messages about the evening's data in the evening's language: the school reads them.
    const std::string& language = report.language;
    const bool en = language == "en";
    const ExportDecision decision = decideExport(publicReport, allowFlag, hits.size(), language);

    if (publicReport) {
        for (const PrivacyHit& hit : hits)
            io.err << file << ": " << (en ? "personal data: " : "persoonsgegevens: ")
                   << describeHit(session, hit, language) << "\n";
        if (!decision.allowed) {
            io.err << "dialoogavond report: " << hits.size()
                   << (en ? " piece(s) of personal data in a report for parents; "
                          : (hits.size() == 1 ? " persoonsgegeven in een verslag voor ouders; "
                                              : " persoonsgegevens in een verslag voor ouders; "))
                   << decision.reason << "\n";
            return kInvalid;
        }
        if (!hits.empty())
            io.err << "dialoogavond report: " << (en ? "writing " : "schrijft ") << hits.size()
                   << (en ? " piece(s) of personal data (--allow-personal-data)\n"
                          : (hits.size() == 1 ? " persoonsgegeven mee (--allow-personal-data)\n"
                                              : " persoonsgegevens mee (--allow-personal-data)\n"));
    } else {
        io.err
            << "dialoogavond report: "
            << (en ? "the intern report contains personal data (table leaders, notes, quotes"
                   : "het interne verslag bevat persoonsgegevens (tafelleiders, aantekeningen, uitspraken");
        if (!hits.empty())
            io.err << "; " << hits.size()
                   << (en ? " name(s), e-mail address(es), phone or other number(s) or address(es) found"
                          : " keer een naam, e-mailadres, telefoonnummer, BSN of adres gevonden");
        io.err << (en ? "); for team and MR only, do not send it to parents\n"
                      : "); alleen voor team en MR, stuur het niet naar ouders\n");
    }

    const std::string content = writeReport(report, *format);
    if (!output) {
        io.out << content;
        return kOk;
    }
    if (auto error = writeFileAtomically(*output, content)) {
        io.err << "dialoogavond report: " << *error << "\n";
        return kIoFailure;
    }
    io.out << *output << ": " << toString(*kind) << " written as " << toString(*format) << "\n";
    return kOk;
}

} // namespace dlg::cli
