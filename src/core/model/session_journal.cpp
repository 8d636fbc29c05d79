#include "core/model/session_journal.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>

#include "core/model/json_reader.h"
#include "core/model/json_strict.h"
#include "core/model/session_file.h"
#include "core/model/session_json.h"
#include "core/model/tables_online_json.h"

namespace dlg {
namespace {

std::string systemError(const std::filesystem::path& path, const char* what, int code) {
    return path.string() + ": " + what + " failed (" + std::strerror(code) + ")";
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string headerLine(const JournalBase& base) {
    const Json header = {{"format", kJournalFormat},
                         {"version", kJournalVersion},
                         {"session", {{"bytes", base.bytes}, {"crc32", base.crc32}}}};
    return header.dump() + "\n";
}

std::string entryLine(const JournalEntry& entry) {
    Json conflicts = Json::array();
    for (const OnlineConflict& conflict : entry.slice.conflicts)
        conflicts.push_back(conflictToJson(conflict));
    const Json line = {{"tableId", entry.tableId},
                       {"outcome", entry.slice.outcome ? tableOutcomeToJson(*entry.slice.outcome) : Json()},
                       {"revision", entry.slice.revision},
                       {"lastEditAt", entry.slice.lastEditAt},
                       {"conflicts", std::move(conflicts)}};
    // `replace`: a stray invalid byte must not make the acknowledgement fail (validate reports it).
    return line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

/// The entry on one line, or why it cannot be replayed onto `session`.
std::optional<JournalEntry> readEntry(const Json& line, const Session& session, std::string& why) {
    Problems problems;
    JournalEntry entry;
    ObjectReader r(line, "", problems);
    r.text("tableId", entry.tableId, Need::Required);
    r.integer64("revision", entry.slice.revision);
    r.integer64("lastEditAt", entry.slice.lastEditAt);
    r.array("conflicts", [&](const Json& item, const std::string& at) {
        entry.slice.conflicts.push_back(conflictFromJson(item, at, problems));
    });
    if (line.is_object() && line.contains("outcome") && !line["outcome"].is_null())
        entry.slice.outcome = tableOutcomeFromJson(line["outcome"], "outcome", problems);
    if (!problems.empty()) {
        why = describe(problems.front());
        return std::nullopt;
    }
    const bool known = std::any_of(session.tables.begin(), session.tables.end(),
                                   [&](const Table& table) { return table.id == entry.tableId; });
    if (!known) {
        why = "table \"" + entry.tableId + "\" is not a table of this session";
        return std::nullopt;
    }
    if (entry.slice.outcome && entry.slice.outcome->tableId != entry.tableId) {
        why = "the outcome for table \"" + entry.tableId + "\" is that of table \"" +
              entry.slice.outcome->tableId + "\"";
        return std::nullopt;
    }
    return entry;
}

std::optional<Json> parseLine(std::string_view text, std::string& why) {
    try {
        return Json::parse(text);
    } catch (const Json::exception& e) {
        why = "not valid JSON (" + jsonParseReason(e.what()) + ")";
        return std::nullopt;
    }
}

} // namespace

JournalBase journalBaseOf(std::string_view fileBytes) {
    uLong crc = ::crc32(0L, Z_NULL, 0);
    // zlib takes at most 4 GiB at a time; a session file is at most 64 MB, but stay correct.
    for (std::string_view rest = fileBytes; !rest.empty();) {
        const std::size_t chunk = std::min<std::size_t>(rest.size(), 1u << 30);
        crc = ::crc32(crc, reinterpret_cast<const Bytef*>(rest.data()), static_cast<uInt>(chunk));
        rest.remove_prefix(chunk);
    }
    return {fileBytes.size(), static_cast<std::uint32_t>(crc)};
}

std::filesystem::path journalPathFor(const std::filesystem::path& sessionPath) {
    const std::filesystem::path folder = sessionPath.has_parent_path() ? sessionPath.parent_path() : ".";
    return folder / ("." + sessionPath.filename().string() + ".journal");
}

JournalWriter::JournalWriter(std::filesystem::path sessionPath, JournalBase base)
    : path_(journalPathFor(sessionPath)), base_(base) {
    // The journal holds what phones typed: as private as the session file it belongs to.
    struct stat session {};
    if (::stat(sessionPath.c_str(), &session) == 0) mode_ = session.st_mode & 0666;
}

JournalWriter::~JournalWriter() {
    if (fd_ >= 0) ::close(fd_);
}

std::optional<std::string> JournalWriter::append(const std::vector<JournalEntry>& entries) {
    if (broken_) return path_.string() + ": an earlier write failed; the session must be saved in full";
    std::string bytes;
    const bool first = fd_ < 0;
    if (first) bytes = headerLine(base_);
    for (const JournalEntry& entry : entries)
        bytes += entryLine(entry);
    const auto fail = [&](const char* what) {
        const int code = errno;
        broken_ = true;
        return systemError(path_, what, code);
    };
    if (first) {
        fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, mode_);
        if (fd_ < 0) return fail("creating the journal");
        ::fchmod(fd_, mode_);
    }
    if (!writeAll(fd_, bytes)) return fail("writing the journal");
    if (::fdatasync(fd_) != 0) return fail("flushing the journal to disk");
    if (first) {
        // The journal's name must survive a power cut too, not only its bytes.
        const std::filesystem::path folder = path_.parent_path();
        const int dirFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        const bool synced = dirFd >= 0 && ::fsync(dirFd) == 0;
        if (dirFd >= 0) ::close(dirFd);
        if (!synced) return fail("flushing the folder of the journal");
    }
    entries_ += entries.size();
    return std::nullopt;
}

JournalReplay replayJournal(const std::filesystem::path& sessionPath, std::string_view fileBytes,
                            Session& session) {
    JournalReplay replay;
    const std::filesystem::path path = journalPathFor(sessionPath);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return replay;
    const std::string name = path.string();
    std::string text;
    if (auto error = readWholeFile(path, text)) {
        replay.damage = *error;
        return replay;
    }

    std::size_t start = 0;
    for (std::size_t lineNumber = 1;; ++lineNumber) {
        const std::size_t end = text.find('\n', start);
        // A line without its newline was cut off by a crash while it was written: that append
        // never returned, so no phone was told it was saved. (A cut-off header: nothing was.)
        if (end == std::string::npos) break;
        const std::string_view line(text.data() + start, end - start);
        start = end + 1;
        const std::string at = name + ": line " + std::to_string(lineNumber) + ": ";
        std::string why;
        const std::optional<Json> json = parseLine(line, why);
        if (!json) {
            replay.damage = at + why;
            return replay;
        }
        if (lineNumber == 1) {
            if (!json->is_object() || json->value("format", "") != kJournalFormat) {
                replay.damage = at + "not a dialoogavond journal";
                return replay;
            }
            if (!(*json)["version"].is_number_integer() ||
                (*json)["version"].get<std::int64_t>() != kJournalVersion) {
                replay.damage = at + "a journal version this program does not read";
                return replay;
            }
            const Json& of = (*json)["session"];
            const JournalBase base = journalBaseOf(fileBytes);
            const bool ours = of.is_object() && of.value("bytes", Json()) == base.bytes &&
                              of.value("crc32", Json()) == base.crc32;
            if (!ours) return replay; // belongs to other bytes of this file: never replayed
            continue;
        }
        const std::optional<JournalEntry> entry = readEntry(*json, session, why);
        if (!entry) {
            replay.damage = at + why;
            return replay;
        }
        restoreTableSlice(session, entry->tableId, entry->slice);
        ++replay.entries;
    }
    return replay;
}

void removeJournal(const std::filesystem::path& sessionPath) {
    // A journal that cannot be removed is harmless: it names the bytes it extends, which the
    // save just replaced.
    ::unlink(journalPathFor(sessionPath).c_str());
}

} // namespace dlg
