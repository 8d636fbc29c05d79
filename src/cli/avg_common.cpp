#include "cli/avg_common.h"

#include <ctime>
#include <ostream>

#include "core/avg/avg_person.h"
#include "core/avg/avg_texts.h"
#include "core/model/session_file.h"

namespace dlg::cli {

std::optional<Session> loadForAvg(const std::string& file, bool forWriting, Io& io, int& exitCode) {
    LoadResult loaded = loadSessionFile(file);
    if (!loaded.session) {
        io.err << loaded.error << "\n";
        exitCode = loaded.ioFailure ? kIoFailure : kInvalid;
        return std::nullopt;
    }
    if (forWriting && (!loaded.problems.empty() || loaded.readOnly)) {
        for (const Problem& problem : loaded.problems)
            io.err << file << ": " << describe(problem) << "\n";
        if (loaded.readOnly) io.err << file << ": " << loaded.readOnlyReason << "\n";
        io.err << file << ": not changed; fix the problems above first (see dialoogavond validate)\n";
        exitCode = kInvalid;
        return std::nullopt;
    }
    return std::move(loaded.session);
}

const Participant* resolvePerson(const Session& session, const std::string& query, Io& io) {
    const std::string& lang = session.meta.language;
    const auto found = avg::findPeople(session, query);
    if (found.size() == 1) return found.front();
    if (found.empty()) {
        io.err << avg::text(lang, "cli.notFound", {query}) << "\n";
        return nullptr;
    }
    io.err << avg::text(lang, "cli.ambiguous", {query, avg::counted(lang, static_cast<long long>(found.size()), "participant")})
           << "\n";
    for (const Participant* person : found)
        io.err << "  " << avg::describeCandidate(*person, lang) << "\n";
    return nullptr;
}

std::string localToday() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

} // namespace dlg::cli
