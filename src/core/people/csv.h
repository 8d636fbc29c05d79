// A forgiving CSV reader for spreadsheet exports: detects encoding and delimiter, handles quoted
// fields with separators, doubled quotes and line breaks, CRLF/LF/CR, blank lines and Excel's
// `sep=;` hint line. Pure: bytes in, rows out, no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/people/csv_encoding.h"

namespace dlg {

struct CsvRow {
    std::vector<std::string> fields; ///< cell texts as written (UTF-8, quotes removed, not trimmed)
    int line = 0;                    ///< physical line (1-based) where the record starts
};

struct CsvDocument {
    TextEncoding encoding = TextEncoding::Utf8; ///< encoding the bytes were in
    char delimiter = ';';                       ///< `;`, `,` or tab
    std::vector<CsvRow> rows;                   ///< non-blank records in file order; the first is the header
};

struct CsvParseResult {
    std::optional<CsvDocument> document; ///< empty when the bytes are not usable as CSV
    std::string error;                   ///< why, naming the line; empty on success
};

/// The delimiter of a header line: whichever of `;` tab `,` occurs most often outside quotes;
/// ties go to `;` (Dutch Excel), then tab, then `,`. A line with none of them gives `;`.
char detectDelimiter(std::string_view headerLine);

/// Bounds on what parseCsv keeps in memory: beyond them it stops with an error, so memory stays in
/// proportion to a sensible file however many separators a file holds.
struct CsvLimits {
    std::size_t maxRecords = 100000;
    std::size_t maxCells = 1000000;
};

/// Decodes and splits `bytes`. `delimiter` overrides detection. Lines that are completely empty
/// are left out; a quoted field that is never closed is an error, and so is a file beyond `limits`.
CsvParseResult parseCsv(std::string_view bytes, std::optional<char> delimiter = std::nullopt,
                        const CsvLimits& limits = {});

} // namespace dlg
