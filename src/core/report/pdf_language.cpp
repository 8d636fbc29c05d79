#include "core/report/pdf_language.h"

#include <cstdio>

namespace dlg::pdf {
namespace {

/// The integer after `key` (e.g. "/Size") in `dictionary`, or -1.
long numberAfter(const std::string& dictionary, const std::string& key) {
    const std::size_t at = dictionary.find(key);
    if (at == std::string::npos) return -1;
    std::size_t pos = at + key.size();
    while (pos < dictionary.size() && dictionary[pos] == ' ')
        ++pos;
    long value = 0;
    bool any = false;
    for (; pos < dictionary.size() && dictionary[pos] >= '0' && dictionary[pos] <= '9'; ++pos) {
        value = value * 10 + (dictionary[pos] - '0');
        any = true;
    }
    return any ? value : -1;
}

} // namespace

std::optional<std::string> withDocumentLanguage(const std::string& pdf, const std::string& languageTag) {
    const std::size_t trailerAt = pdf.rfind("trailer");
    const std::size_t startxrefAt = pdf.rfind("startxref");
    if (trailerAt == std::string::npos || startxrefAt == std::string::npos || startxrefAt < trailerAt)
        return std::nullopt;
    const std::string trailer = pdf.substr(trailerAt, startxrefAt - trailerAt);
    const long size = numberAfter(trailer, "/Size");
    const long root = numberAfter(trailer, "/Root");
    const long previous = numberAfter(pdf.substr(startxrefAt), "startxref\n");
    if (size < 0 || root < 0 || previous < 0) return std::nullopt;

    // cairo writes one classic cross-reference section "xref\n0 N\n" of 20-byte entries.
    const std::string xrefStart = "xref\n0 " + std::to_string(size) + "\n";
    const auto xrefAt = static_cast<std::size_t>(previous);
    if (pdf.compare(xrefAt, xrefStart.size(), xrefStart) != 0) return std::nullopt;
    const std::size_t entryAt = xrefAt + xrefStart.size() + static_cast<std::size_t>(root) * 20;
    if (entryAt + 20 > pdf.size()) return std::nullopt;
    const long catalogOffset = numberAfter(pdf.substr(entryAt, 10), "");
    const std::string objectStart = std::to_string(root) + " 0 obj";
    if (catalogOffset < 0 ||
        pdf.compare(static_cast<std::size_t>(catalogOffset), objectStart.size(), objectStart) != 0)
        return std::nullopt;
    const auto catalogAt = static_cast<std::size_t>(catalogOffset);
    const std::size_t dictionaryAt = pdf.find("<<", catalogAt);
    const std::size_t endAt = pdf.find("endobj", catalogAt);
    if (dictionaryAt == std::string::npos || endAt == std::string::npos || dictionaryAt > endAt)
        return std::nullopt;
    const std::size_t closeAt = pdf.rfind(">>", endAt); // the outer dictionary's end
    if (closeAt == std::string::npos || closeAt < dictionaryAt) return std::nullopt;
    std::string catalog = pdf.substr(dictionaryAt, closeAt - dictionaryAt);
    if (catalog.find("/Lang") != std::string::npos) return pdf;
    catalog += "/Lang (" + languageTag + ")\n>>";

    std::string out = pdf;
    if (out.back() != '\n') out += '\n';
    const std::size_t objectOffset = out.size();
    out += std::to_string(root) + " 0 obj\n" + catalog + "\nendobj\n";
    const std::size_t xrefOffset = out.size();
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", objectOffset);
    out += "xref\n" + std::to_string(root) + " 1\n" + entry;
    out += "trailer\n<< /Size " + std::to_string(size) + " /Root " + std::to_string(root) + " 0 R";
    const long info = numberAfter(trailer, "/Info");
    if (info >= 0) out += " /Info " + std::to_string(info) + " 0 R";
    out +=
        " /Prev " + std::to_string(previous) + " >>\nstartxref\n" + std::to_string(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace dlg::pdf
