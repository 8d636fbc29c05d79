// A minimal ZIP archive writer for office documents (DOCX): deflated entries, no encryption, no
// ZIP64 (a report stays far below 4 GiB and 65535 entries).
#pragma once

#include <string>
#include <vector>

namespace dlg {

struct ZipEntry {
    std::string name;    ///< path inside the archive, '/' separated ("word/document.xml")
    std::string content; ///< the file's bytes, uncompressed
};

/// The bytes of a ZIP file holding `entries` in the given order, each deflated (or stored when
/// deflate does not make it smaller). All entries carry a fixed timestamp (1980-01-01) so that
/// the same input gives the same bytes.
std::string writeZip(const std::vector<ZipEntry>& entries);

} // namespace dlg
