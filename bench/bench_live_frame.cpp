// Time to build one frame of the Live screen headless (ImGui context, real font atlas, no GL):
// NewFrame -> App::draw -> Render -> App::apply, median and 90th percentile of 1,000 frames of the
// sample evening with a started run (dialogue phase, countdown running).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <imgui.h>

#include "app/app.h"
#include "core/model/paths.h"
#include "core/model/session_file.h"

int main() {
    using namespace dlg;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    App app(Settings{}, std::filesystem::path(DLG_SOURCE_DIR) / "assets", "sessions");
    const FontSet fonts = loadFonts(io, false);
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    applyStyle(false);
    app.setFonts(fonts);
    LoadResult loaded = loadSessionFile(sampleSessionPath());
    if (!loaded.session) {
        std::fprintf(stderr, "bench_live_frame: %s\n", loaded.error.c_str());
        return 2;
    }
    Session session = *loaded.session;
    const std::int64_t start = 1795548600; // 2026-11-24 19:30 CET
    session.run.events = {{start, "start", session.phases.front().id, 0, Json::object()},
                          {start + 1500, "goto", session.phases.at(3).id, 0, Json::object()}};
    app.setDocument(session, {}); // no path: nothing is written
    app.showScreen(Screen::Live);

    constexpr int kFrames = 1000;
    std::vector<double> micros;
    for (int frame = 0; frame < kFrames + 10; ++frame) {
        app.setClock({start + 1800 + frame, 3600});
        const auto before = std::chrono::steady_clock::now();
        ImGui::NewFrame();
        FrameOutput output = app.draw();
        ImGui::Render();
        app.apply(std::move(output));
        const auto after = std::chrono::steady_clock::now();
        if (frame >= 10) micros.push_back(std::chrono::duration<double, std::micro>(after - before).count());
    }
    std::sort(micros.begin(), micros.end());
    // What the frame holds, so a screen that drew nothing cannot pass for a fast one.
    const ImDrawData* data = ImGui::GetDrawData();
    int vertices = 0;
    for (int list = 0; list < data->CmdListsCount; ++list)
        vertices += data->CmdLists[list]->VtxBuffer.Size;
    std::printf("live frame (1280x800, headless): median %.1f us, p90 %.1f us over %d frames; %d vertices in "
                "%d draw lists\n",
                micros[micros.size() / 2], micros[micros.size() * 9 / 10], kFrames, vertices, data->CmdListsCount);
    ImGui::DestroyContext();
    return 0;
}
