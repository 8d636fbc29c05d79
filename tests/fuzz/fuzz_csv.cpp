// libFuzzer target: the participant import. Any bytes must import or be refused with a short
// message, never crash; a refused file leaves the session as it was, and an imported one is a
// session the program can save and read back.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/model/session_file.h"
#include "core/model/validate.h"
#include "core/people/participant_import.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_csv: %s\n%s\n", what, detail.substr(0, 4000).c_str());
    std::abort();
}

dlg::Session startingSession() {
    dlg::Session session;
    session.meta.title = "Fuzzavond";
    session.themes = {dlg::Theme{"t-01", "Samen leren", "", {}, {"didactisch"}, dlg::Json::object()}};
    dlg::Participant known;
    known.id = "p-001";
    known.firstName = "Jan";
    known.lastName = "Jansen";
    known.email = "jan@voorbeeld.nl";
    session.participants.push_back(known);
    return session;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const dlg::Session start = startingSession();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    dlg::Session session = start;
    const dlg::ImportReport report = dlg::importParticipants(session, bytes, "fuzz.csv");
    // However wide or long the file, a message stays readable (issue 17: 10,000 columns, 109 KB).
    if (report.error.size() > 2000) fail("error message too long", report.error);
    for (const auto& issue : report.skipped)
        if (issue.message.size() > 2000) fail("skip message too long", issue.message);
    if (!report.ok()) {
        if (dlg::serializeSession(session) != dlg::serializeSession(start))
            fail("a refused file changed the session", report.error);
        return 0;
    }
    if (session.participants.size() > dlg::kMaxParticipants) fail("more people than an evening holds", {});
    if (!dlg::validate(session).empty()) return 0; // the command refuses to save it and says why
    const std::string saved = dlg::serializeSession(session);
    const dlg::LoadResult reloaded = dlg::loadSessionText(saved, "saved.json");
    if (!reloaded.session || reloaded.readOnly)
        fail("an imported session does not read back", reloaded.error);
    if (dlg::serializeSession(*reloaded.session) != saved)
        fail("reloading changed the imported session", saved);
    return 0;
}
