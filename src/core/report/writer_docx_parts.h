// Internal to writer_docx*.cpp: XML escaping and the fixed parts of a DOCX package.
#pragma once

#include <string>

#include "core/report/report.h"

namespace dlg::docx {

/// "nl-NL" or "en-US" for the report's language.
std::string languageTag(const Report& report);

/// Appends `text` as XML character data: & < > " escaped, characters XML 1.0 forbids dropped.
/// Line breaks and tabs are kept as they are (the caller decides what they become).
void appendXmlEscaped(std::string& out, const std::string& text);

std::string contentTypesXml();
std::string packageRelsXml();
std::string documentRelsXml();
std::string stylesXml(const Report& report);
std::string numberingXml();
std::string footerXml(const Report& report);
std::string corePropertiesXml(const Report& report);

} // namespace dlg::docx
