// For the tests that render a report in a real client (poppler, LibreOffice) and check that no
// word, date or name was broken over two lines: count each one in the report model and in the
// text the client extracted; a broken one is missing from the extracted text.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "../../bench/large_evening.h"
#include "core/model/paths.h"
#include "core/report/report.h"
#include "core/report/report_texts.h"

namespace dlg::test {

inline std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++count;
    return count;
}

/// Every text of `report` that a writer shows, one per line.
inline std::string reportTexts(const Report& report) {
    std::string all = report.title + "\n" + report.subtitle + "\n";
    for (const ReportSection& section : report.sections) {
        all += section.heading + "\n";
        for (const ReportBlock& block : section.blocks) {
            all += block.caption + "\n";
            for (const std::string& item : block.items)
                all += item + "\n";
            for (const std::string& cell : block.table.header)
                all += cell + "\n";
            for (const auto& row : block.table.rows)
                for (const std::string& cell : row)
                    all += cell + "\n";
        }
    }
    return all;
}

/// No-break spaces (which keep dates and names together) as spaces, as a reader sees them.
inline std::string withPlainSpaces(std::string text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\u00A0") == 0) {
            out += ' ';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

/// The long words, the words of the staff's names (first name, infix, surname) and the written
/// dates of the large evening that must come through whole. A name may wrap between its words when
/// its column cannot be wide enough, but no word of it is ever broken or hyphenated.
inline std::vector<std::string> wordsThatMustStayWhole(const Session& session, const Report& report) {
    std::vector<std::string> words = {"Driehoeksgesprekken", "voorjaarsvakantie", "Contactmomentenkalender",
                                      "Inloopochtend",       "ouderraad",         "schooljaar"};
    for (const Participant& p : session.participants) {
        if (p.role != Role::Staff) continue;
        for (const std::string& part : {p.firstName, p.lastName})
            for (std::size_t from = 0; from < part.size();) {
                const std::size_t end = std::min(part.find(' ', from), part.size());
                words.push_back(part.substr(from, end - from));
                from = end + 1;
            }
    }
    for (const Action& action : session.actions) {
        if (isValidDate(action.planned)) words.push_back(reportDate(action.planned, report.language));
        for (const ProgressUpdate& update : action.updates)
            words.push_back(reportDate(update.date, report.language));
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

} // namespace dlg::test
