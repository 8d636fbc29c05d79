#include "headless.h"

#include <doctest/doctest.h>

#include <imgui_internal.h>

#include "app/chrome/chrome.h"
#include "app/views/live_views.h"
#include "app/views/style.h"

namespace dlg::test {

namespace {

ImGuiContext* createContext() {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1400, 4000); // tall enough that every row of the sample is on screen
    io.DeltaTime = 1.0f / 60.0f;
    // The same key numbering as the GLFW backend (letters by upper-case ASCII).
    io.KeyMap[ImGuiKey_A] = letterKey('A');
    io.KeyMap[ImGuiKey_Z] = letterKey('Z');
    io.KeyMap[ImGuiKey_Y] = letterKey('Y');
    io.KeyMap[ImGuiKey_Backspace] = 259;
    io.KeyMap[ImGuiKey_Enter] = 257;
    io.KeyMap[ImGuiKey_End] = kEndKey;
    return context;
}

} // namespace

Session sampleSession() {
    Session session;
    session.meta.title = "Ouderavond test";
    session.meta.school = "OBS De Linde";
    session.meta.date = "2026-11-24";
    session.meta.start = "19:30";
    session.preparation = {
        {"c-01", "Uitnodiging maken", "Ellen", "2026-10-16", false, Json::object()},
        {"c-02", "Ruimte reserveren", "Jeroen", "", true, Json::object()},
    };
    Theme theme;
    theme.id = "th-01";
    theme.title = "Huiswerk";
    theme.description = "Hoe helpen we thuis?";
    theme.questions = {"Wat gaat goed?", "Wat is lastig?"};
    theme.forms = {"didactisch"};
    session.themes = {theme};
    return session;
}

std::filesystem::path catalogueDir() {
    return std::filesystem::path(DLG_SOURCE_DIR) / "assets" / "i18n";
}

HeadlessGui::HeadlessGui(Session session, std::string language, std::filesystem::path sessionsDir)
    : context_(createContext()),
      app_(Settings{language, false, {}, 1400, 4000}, std::filesystem::path(DLG_SOURCE_DIR) / "assets",
           std::move(sessionsDir)) {
    ImGuiIO& io = ImGui::GetIO();
    const FontSet fonts = loadFonts(io, false);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    applyStyle(false);
    app_.setFonts(fonts);
    app_.setDocument(std::move(session), "/tmp/dialoogavond-gui-test.json");
    frames(2);
}

HeadlessGui::~HeadlessGui() {
    ImGui::DestroyContext(context_);
}

void HeadlessGui::frame() {
    ImGui::NewFrame();
    FrameOutput output = app_.draw(&probe_, &usedKeys_);
    ImGui::Render();
    app_.apply(std::move(output));
}

void HeadlessGui::frames(int count) {
    for (int i = 0; i < count; ++i)
        frame();
}

void HeadlessGui::click(const std::string& name) {
    frame(); // rectangles as laid out now (a popup's first frame is only a measuring pass)
    const auto found = probe_.items.find(name);
    REQUIRE_MESSAGE(found != probe_.items.end(), "no widget recorded as " << name);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = found->second.center();
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
}

void HeadlessGui::type(const std::string& text) {
    ImGuiIO& io = ImGui::GetIO();
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1; // bytes of this code point, from the UTF-8 lead byte
        while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80)
            ++length;
        io.AddInputCharactersUTF8(text.substr(i, length).c_str());
        frame();
        i += length;
    }
}

void HeadlessGui::press(int key, bool ctrl, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[key] = true;
    frame();
    io.KeysDown[key] = false;
    io.KeyCtrl = false;
    io.KeyShift = false;
    frame();
}

std::string projectorText(HeadlessGui& gui) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1280, 800));
    ImGui::Begin("projector-test");
    ImGui::LogToBuffer();
    FrameOutput output;
    const AppState& state = gui.app().state();
    const ViewContext ctx{state, Texts(state.catalogue), output};
    drawProjectorContent(ctx, liveSnapshot(state));
    std::string text = ImGui::GetCurrentContext()->LogBuffer.c_str();
    ImGui::LogFinish();
    ImGui::End();
    ImGui::Render();
    return text;
}

} // namespace dlg::test
