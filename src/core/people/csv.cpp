#include "core/people/csv.h"

#include <array>

namespace dlg {
namespace {

bool isLineBreak(char c) {
    return c == '\n' || c == '\r';
}

// Length of the line break starting at `i` (CRLF counts as one break).
std::size_t breakLength(std::string_view text, std::size_t i) {
    return (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
}

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t") == std::string::npos;
}

// Excel writes `sep=;` as the first line when asked for an explicit separator.
std::optional<char> sepHint(std::string_view text, std::size_t& consumed) {
    if (text.size() < 5 || text.substr(0, 4) != "sep=") return std::nullopt;
    char delimiter = text[4];
    if (text.size() > 5 && !isLineBreak(text[5])) return std::nullopt;
    consumed = 5;
    if (consumed < text.size()) consumed += breakLength(text, consumed);
    return delimiter;
}

// The first non-empty record's text (up to its end, respecting quotes), for delimiter detection.
std::string_view firstRecord(std::string_view text) {
    std::size_t start = text.find_first_not_of("\r\n");
    if (start == std::string_view::npos) return {};
    bool inQuotes = false;
    std::size_t i = start;
    for (; i < text.size(); ++i) {
        if (text[i] == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && isLineBreak(text[i]))
            break;
    }
    return text.substr(start, i - start);
}

class RecordSplitter {
  public:
    RecordSplitter(std::string_view text, char delimiter, int firstLine, const CsvLimits& limits)
        : text_(text), delimiter_(delimiter), line_(firstLine), limits_(limits) {}

    // Splits the whole text; returns an error message or an empty string.
    std::string run(std::vector<CsvRow>& rows) {
        recordLine_ = line_;
        for (std::size_t i = 0; i < text_.size(); ++i) {
            char c = text_[i];
            if (inQuotes_) {
                if (c == '"' && i + 1 < text_.size() && text_[i + 1] == '"') {
                    field_ += '"';
                    ++i;
                } else if (c == '"') {
                    inQuotes_ = false;
                } else if (isLineBreak(c)) {
                    // A line break inside quotes is part of the cell but still a physical line.
                    field_ += '\n';
                    i += breakLength(text_, i) - 1;
                    ++line_;
                } else {
                    field_ += c;
                }
            } else if (c == '"' && !fieldWasQuoted_ && isBlank(field_)) {
                field_.clear();
                inQuotes_ = true;
                fieldWasQuoted_ = true;
                quoteLine_ = line_;
            } else if (c == delimiter_) {
                endField();
                if (++cells_ > limits_.maxCells) return tooLarge("cells", limits_.maxCells);
            } else if (isLineBreak(c)) {
                endRecord(rows);
                if (rows.size() > limits_.maxRecords) return tooLarge("rows", limits_.maxRecords);
                i += breakLength(text_, i) - 1;
                ++line_;
                recordLine_ = line_;
            } else if (!(fieldWasQuoted_ && (c == ' ' || c == '\t'))) {
                // Text after a closing quote is kept (lenient, like Excel), spaces are not.
                field_ += c;
            }
        }
        if (inQuotes_)
            return "line " + std::to_string(quoteLine_) +
                   ": a quoted field starts here and is never closed (a missing \")";
        endRecord(rows);
        return {};
    }

  private:
    std::string tooLarge(const char* what, std::size_t limit) const {
        return "line " + std::to_string(recordLine_) + ": the file has more than " + std::to_string(limit) +
               " " + what + "; a list of the people of one evening has far fewer (is this the right file?)";
    }

    void endField() {
        fields_.push_back(std::move(field_));
        field_.clear();
        fieldWasQuoted_ = false;
    }

    void endRecord(std::vector<CsvRow>& rows) {
        bool emptyLine = fields_.empty() && field_.empty() && !fieldWasQuoted_;
        endField();
        if (!emptyLine) rows.push_back(CsvRow{std::move(fields_), recordLine_});
        fields_.clear();
    }

    std::string_view text_;
    char delimiter_;
    int line_;
    const CsvLimits& limits_;
    std::size_t cells_ = 0;
    int recordLine_ = 1;
    int quoteLine_ = 1;
    bool inQuotes_ = false;
    bool fieldWasQuoted_ = false;
    std::string field_;
    std::vector<std::string> fields_;
};

} // namespace

char detectDelimiter(std::string_view headerLine) {
    constexpr std::array kCandidates{';', '\t', ','};
    std::array<int, kCandidates.size()> counts{};
    bool inQuotes = false;
    for (char c : headerLine) {
        if (c == '"') inQuotes = !inQuotes;
        if (inQuotes) continue;
        for (std::size_t k = 0; k < kCandidates.size(); ++k)
            if (c == kCandidates[k]) ++counts[k];
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < kCandidates.size(); ++k)
        if (counts[k] > counts[best]) best = k;
    return kCandidates[best];
}

CsvParseResult parseCsv(std::string_view bytes, std::optional<char> delimiter, const CsvLimits& limits) {
    DecodeResult decoded = decodeToUtf8(bytes);
    if (!decoded.text) return {std::nullopt, decoded.error};

    CsvDocument document;
    document.encoding = decoded.text->encoding;
    std::string_view text = decoded.text->utf8;
    int firstLine = 1;
    std::size_t hintLength = 0;
    if (auto hint = sepHint(text, hintLength)) {
        if (!delimiter) delimiter = hint;
        text.remove_prefix(hintLength);
        firstLine = 2;
    }
    document.delimiter = delimiter ? *delimiter : detectDelimiter(firstRecord(text));

    RecordSplitter splitter(text, document.delimiter, firstLine, limits);
    if (std::string error = splitter.run(document.rows); !error.empty()) return {std::nullopt, error};
    return {std::move(document), {}};
}

} // namespace dlg
