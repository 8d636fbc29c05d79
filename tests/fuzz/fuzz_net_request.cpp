// libFuzzer target: what a phone sends to the laptop (issue 16's request body, read by
// core/online's parsePhoneEdit before src/net applies it). Any bytes must be refused with a field
// and a code, or applied so that the session stays valid and saves and reads back unchanged; the
// same edit sent twice (a lost acknowledgement) must not change the session again.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "core/model/session_file.h"
#include "core/model/validate.h"
#include "core/online/phone_edit.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_net_request: %s\n%s\n", what, detail.substr(0, 4000).c_str());
    std::abort();
}

dlg::Session startingSession() {
    dlg::Session session;
    session.meta.title = "Fuzzavond";
    session.themes = {dlg::Theme{"th-01", "Samen leren", "", {}, {"didactisch"}, dlg::Json::object()}};
    session.tables = {{"t-01", "Tafel 1", "th-01", "", 0, dlg::Json::object()}};
    return session;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const dlg::Session start = startingSession();
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    const auto parsed = dlg::parsePhoneEdit(body);
    if (const auto* error = std::get_if<dlg::PhoneEditError>(&parsed)) {
        if (error->code.empty() || error->message.empty()) fail("a refusal without code or message", error->field);
        if (error->message.size() > 2000) fail("refusal message too long", error->message);
        return 0;
    }
    const dlg::PhoneEdit& edit = std::get<dlg::PhoneEdit>(parsed);
    dlg::Session session = start;
    dlg::applyPhoneEdit(session, "t-01", edit, 1795544700);
    const auto problems = dlg::validate(session);
    if (!problems.empty()) fail("an applied phone edit made the session invalid", problems.front().message);
    const std::string saved = dlg::serializeSession(session);
    const dlg::ApplyResult again = dlg::applyPhoneEdit(session, "t-01", edit, 1795544701);
    if (again.status == dlg::ApplyResult::Applied && dlg::serializeSession(session) != saved)
        fail("the same edit sent twice changed the outcome again", saved);
    const dlg::LoadResult reloaded = dlg::loadSessionText(saved, "saved.json");
    if (!reloaded.session || reloaded.readOnly) fail("a session with a phone edit does not read back", reloaded.error);
    if (dlg::serializeSession(*reloaded.session) != saved) fail("reloading changed the session", saved);
    return 0;
}
