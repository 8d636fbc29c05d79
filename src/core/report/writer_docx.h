// The report as DOCX (Office Open XML), for schools that edit the report in Word or LibreOffice.
#pragma once

#include <string>

#include "core/report/report.h"

namespace dlg {

/// The bytes of a .docx file: real Heading1/Heading2 styles (so the navigation pane and a table
/// of contents work), real bullet lists (numbering.xml), tables with a repeated header row, A4
/// with margins, "Pagina X van Y" in the footer, title and language (nl-NL / en-US) in
/// docProps/core.xml. Every text is XML-escaped; characters XML forbids (C0 controls except tab
/// and line break, U+FFFE, U+FFFF) are dropped; a line break in a text becomes a Word line break.
std::string writeDocx(const Report& report);

} // namespace dlg
