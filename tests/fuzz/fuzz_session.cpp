// libFuzzer target: the session loader. Any bytes must load or be refused with a message, never
// crash; and a session the program would save must read back as exactly what it wrote
// (load -> save -> reload agree), so a save can never produce a file the program refuses.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/model/session_file.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_session: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const dlg::LoadResult first = dlg::loadSessionText(text, "fuzz.json");
    if (!first.session) {
        if (first.error.empty()) fail("refused without a message", {});
        return 0;
    }
    if (first.readOnly) return 0; // the program never saves over such a file
    const std::string saved = dlg::serializeSession(*first.session);
    const dlg::LoadResult second = dlg::loadSessionText(saved, "saved.json");
    if (!second.session) fail("the saved session does not load again", second.error);
    if (second.readOnly) fail("the saved session opens read-only", second.readOnlyReason);
    if (dlg::serializeSession(*second.session) != saved) fail("reloading changed the session", saved);
    return 0;
}
