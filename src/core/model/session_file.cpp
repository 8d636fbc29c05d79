#include "core/model/session_file.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/model/atomic_file.h"
#include "core/model/json_strict.h"
#include "core/model/session_json.h"
#include "core/model/validate.h"

namespace dlg {
namespace {

// Line and column (1-based) of a byte offset, for parse errors a person can find in an editor.
std::string positionOf(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Byte offset a person should look at. nlohmann's `byte` is 1-based and points at the last byte
// read: right for a bad character, but for an unexpected token (a missing comma) it is the token's
// end, so step back to where that token starts.
std::size_t faultOffset(std::string_view text, const Json::parse_error& e) {
    std::size_t last = e.byte > 0 ? e.byte - 1 : 0;
    const std::string what = e.what();
    const bool wholeToken = what.find(" - unexpected ") != std::string::npos &&
                            what.find("unexpected end of input") == std::string::npos;
    if (!wholeToken || last >= text.size()) return last;
    if (text[last] == '"') {
        // Back to the opening quote: a quote preceded by an even number of backslashes.
        for (std::size_t i = last; i-- > 0;) {
            if (text[i] != '"') continue;
            std::size_t slashes = 0;
            while (slashes < i && text[i - 1 - slashes] == '\\')
                ++slashes;
            if (slashes % 2 == 0) return i;
        }
        return last;
    }
    auto inWord = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
    };
    while (last > 0 && inWord(text[last]) && inWord(text[last - 1]))
        --last;
    return last;
}

// Offset of the first bracket that opens more than kMaxJsonNesting levels, if any.
std::optional<std::size_t> tooDeepAt(std::string_view text) {
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // skip the escaped character
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonNesting) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

// "UTF-16 (little-endian)" when the text is in a wide encoding, judged by its byte order mark or,
// without one, by the zero bytes ASCII characters get in it. Parsed as UTF-8 it would only say
// "invalid literal".
std::optional<std::string> wideEncoding(std::string_view text) {
    const auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
    using namespace std::string_view_literals;
    if (starts("\x00\x00\xFE\xFF"sv)) return "UTF-32 (big-endian)";
    if (starts("\xFF\xFE\x00\x00"sv)) return "UTF-32 (little-endian)";
    if (starts("\xFE\xFF"sv)) return "UTF-16 (big-endian)";
    if (starts("\xFF\xFE"sv)) return "UTF-16 (little-endian)";
    if (text.size() >= 4 && text[0] == 0 && text[1] == 0 && text[2] == 0 && text[3] != 0)
        return "UTF-32 (big-endian)";
    if (text.size() >= 4 && text[0] != 0 && text[1] == 0 && text[2] == 0 && text[3] == 0)
        return "UTF-32 (little-endian)";
    if (text.size() >= 2 && text[0] == 0 && text[1] != 0) return "UTF-16 (big-endian)";
    if (text.size() >= 2 && text[0] != 0 && text[1] == 0) return "UTF-16 (little-endian)";
    return std::nullopt;
}

} // namespace

std::optional<std::string> readWholeFile(const std::filesystem::path& path, std::string& out) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return path.string() + ": file not found";
    if (std::filesystem::is_directory(path, ec)) return path.string() + ": is a folder, not a session file";
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return path.string() + ": cannot read (" + ec.message() + ")";
    if (size > kMaxSessionFileBytes)
        return path.string() + ": file is " + std::to_string(size / (1024 * 1024)) +
               " MB; a session file is at most " + std::to_string(kMaxSessionFileBytes / (1024 * 1024)) +
               " MB";
    std::ifstream in(path, std::ios::binary);
    if (!in) return path.string() + ": cannot open for reading";
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return path.string() + ": read error";
    out = buffer.str();
    return std::nullopt;
}

LoadResult loadSessionText(std::string_view text, const std::string& name) {
    LoadResult result;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.error = name + ": the file is empty";
        return result;
    }
    if (auto wide = wideEncoding(text)) {
        result.error = name + ": the file is " + *wide +
                       " text; a session file must be UTF-8 (save it again as UTF-8, e.g. in Kladblok: "
                       "Opslaan als, Codering UTF-8)";
        return result;
    }
    if (auto deep = tooDeepAt(text)) {
        result.error = name + ": " + positionOf(text, *deep) + ": lists and objects are nested more than " +
                       std::to_string(kMaxJsonNesting) + " levels deep; this is not a session file";
        return result;
    }
    Json document;
    Problems parseProblems; // duplicate keys and numbers too large, each at its JSON path
    try {
        document = parseJsonStrict(text, parseProblems,
                                   [&](std::size_t offset) { return positionOf(text, offset); });
    } catch (const Json::parse_error& e) {
        const std::size_t offset = faultOffset(text, e);
        result.error = name + ": " + positionOf(text, offset) + ": not valid JSON (" +
                       jsonParseReason(e.what()) + "); the file may be truncated or damaged";
        return result;
    } catch (const Json::exception& e) {
        result.error = name + ": not readable as JSON (" + jsonParseReason(e.what()) + ")";
        return result;
    }
    if (!document.is_object() || !document.contains("format") || document["format"] != kSessionFormat) {
        result.error = name + ": not a dialoogavond session file (the \"format\" field must be \"" +
                       kSessionFormat + "\")";
        return result;
    }
    // A version of the wrong type is reported by sessionFromJson at "version"; only a whole number
    // can say "newer" or "unknown".
    const bool wholeVersion = document.contains("version") && document["version"].is_number_integer();
    if (wholeVersion) {
        const Json& version = document["version"];
        const std::int64_t wide = version.is_number_unsigned()
                                      ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                                            version.get<std::uint64_t>(), std::numeric_limits<int>::max()))
                                      : version.get<std::int64_t>();
        if (wide < 1) {
            result.error = name + ": version " + std::to_string(wide) + " is not a known file version";
            return result;
        }
        result.fileVersion = static_cast<int>(std::min<std::int64_t>(wide, std::numeric_limits<int>::max()));
    }
    if (result.fileVersion > kSessionVersion) {
        result.readOnly = true;
        result.readOnlyReason = name + " was written by a newer dialoogavond (file version " +
                                std::to_string(result.fileVersion) + ", this program reads up to " +
                                std::to_string(kSessionVersion) + "); it is opened read-only";
    }

    Session session = sessionFromJson(document, result.problems);
    // A blanked-out number also reads as a wrong type at the same path: say it once, the clearer way.
    std::erase_if(result.problems, [&](const Problem& problem) {
        return std::any_of(parseProblems.begin(), parseProblems.end(),
                           [&](const Problem& parse) { return parse.path == problem.path; });
    });
    result.problems.insert(result.problems.begin(), parseProblems.begin(), parseProblems.end());
    if (!result.problems.empty() && !result.readOnly) {
        // Saving would replace the unreadable values with defaults: protect the file.
        result.readOnly = true;
        result.readOnlyReason = name + " has " + std::to_string(result.problems.size()) +
                                " problem(s) in its structure; it is opened read-only so nothing is lost";
    }
    const std::size_t structural = result.problems.size();
    for (Problem& problem : validate(session)) {
        // A field already reported while reading (e.g. a missing id) is not reported twice.
        const auto end = result.problems.begin() + static_cast<std::ptrdiff_t>(structural);
        const bool known = std::any_of(result.problems.begin(), end,
                                       [&](const Problem& seen) { return seen.path == problem.path; });
        if (!known) result.problems.push_back(std::move(problem));
    }
    result.session = std::move(session);
    return result;
}

LoadResult loadSessionFile(const std::filesystem::path& path) {
    std::string text;
    if (auto error = readWholeFile(path, text)) {
        LoadResult result;
        result.error = *error;
        result.ioFailure = true;
        return result;
    }
    LoadResult result = loadSessionText(text, path.string());
    // A file from a newer program or with problems is read-only: its journal stays for that program.
    if (!result.session || result.readOnly) return result;
    const JournalReplay replay = replayJournal(path, text, *result.session);
    result.journalEntries = replay.entries;
    if (!replay.damage.empty()) {
        result.problems.push_back({"", replay.damage});
        result.readOnly = true;
        result.readOnlyReason = replay.damage +
                                "; the phones' edits after that line are not in the session, and " +
                                path.string() + " is opened read-only so that its journal stays";
    } else if (replay.entries == 0) {
        result.base = journalBaseOf(text);
    }
    return result;
}

std::string serializeSession(const Session& session) {
    // `replace` keeps a save from throwing on a stray invalid byte; validate() reports such text.
    return sessionToJson(session).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<std::string> saveSessionFile(const std::filesystem::path& path, const Session& session,
                                           ExistingFile existing, JournalBase* saved) {
    // Never overwrite what we cannot read back: a damaged file, another program's file, or a file
    // from a newer version. The school can still save under a new name.
    std::error_code ec;
    if (existing == ExistingFile::Check && std::filesystem::exists(path, ec)) {
        std::string existing;
        if (auto error = readWholeFile(path, existing)) return "not saved: " + *error;
        LoadResult current = loadSessionText(existing, path.string());
        if (!current.session) return "not saved: " + current.error + "; choose another file name";
        if (current.fileVersion > kSessionVersion) return "not saved: " + current.readOnlyReason;
    }
    // Never write what loading would refuse: the old file stays and the message says why.
    const std::string bytes = serializeSession(session);
    if (bytes.size() > kMaxSessionFileBytes)
        return "not saved: " + path.string() + " would be " + std::to_string(bytes.size() / (1024 * 1024)) +
               " MB; a session file is at most " + std::to_string(kMaxSessionFileBytes / (1024 * 1024)) +
               " MB";
    if (auto error = writeFileAtomically(path, bytes)) return error;
    removeJournal(path);
    if (saved) *saved = journalBaseOf(bytes);
    return std::nullopt;
}

} // namespace dlg
