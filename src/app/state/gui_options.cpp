#include "app/state/gui_options.h"

#include <charconv>

#include "core/model/paths.h"

namespace dlg {

namespace {

bool parseSize(const std::string& text, int& width, int& height) {
    const auto x = text.find('x');
    if (x == std::string::npos) return false;
    const char* begin = text.data();
    const char* end = begin + text.size();
    auto [afterWidth, widthError] = std::from_chars(begin, begin + x, width);
    auto [afterHeight, heightError] = std::from_chars(begin + x + 1, end, height);
    return widthError == std::errc() && heightError == std::errc() && afterWidth == begin + x &&
           afterHeight == end && width >= 200 && height >= 150 && width <= 8192 && height <= 8192;
}

} // namespace

GuiOptionsResult parseGuiOptions(const std::vector<std::string>& args) {
    GuiOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        auto missing = [&] { return GuiOptionsResult{std::nullopt, arg + " needs a value"}; };
        if (arg == "--screenshot") {
            if (!hasValue) return missing();
            options.screenshotPath = args[++i];
        } else if (arg == "--view") {
            if (!hasValue) return missing();
            // The projector is no screen of its own: it is the Live screen in presenting mode.
            options.projector = args[i + 1] == "projector";
            auto screen = options.projector ? Screen::Live : screenFromViewName(args[++i]);
            if (options.projector) ++i;
            if (!screen)
                return {std::nullopt,
                        "unknown view '" + args[i] + "'; valid views: " + allViewNames() + ", projector"};
            options.view = *screen;
            options.viewGiven = true;
        } else if (arg == "--size") {
            if (!hasValue) return missing();
            if (!parseSize(args[++i], options.width, options.height))
                return {std::nullopt,
                        "--size wants WIDTHxHEIGHT in pixels (200x150 to 8192x8192), got '" + args[i] + "'"};
        } else if (arg == "--lang") {
            if (!hasValue) return missing();
            if (args[++i] != "nl" && args[i] != "en")
                return {std::nullopt, "--lang wants nl or en, got '" + args[i] + "'"};
            options.language = args[i];
        } else if (arg == "--large-text") {
            options.largeText = true;
        } else if (arg == "--projector-screen") {
            if (!hasValue) return missing();
            const std::string& value = args[++i];
            int screen = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), screen);
            if (error != std::errc() || end != value.data() + value.size() || screen < 1 || screen > 16)
                return {std::nullopt,
                        "--projector-screen wants a monitor number from 1 to 16, got '" + value + "'"};
            options.projectorScreen = screen;
        } else if (arg == "--tables-online") {
            if (!hasValue) return missing();
            options.tablesOnline = args[++i];
        } else if (arg == "--codes-on-projector") {
            options.codesOnProjector = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return {std::nullopt, "unknown option '" + arg + "' (see dialoogavond --help)"};
        } else if (options.sessionPath.empty()) {
            options.sessionPath = arg;
        } else {
            return {std::nullopt,
                    "more than one session file given ('" + options.sessionPath + "' and '" + arg + "')"};
        }
    }
    return {options, {}};
}

std::filesystem::path chooseSessionPath(const std::string& given, const std::filesystem::path& sessionsDir) {
    if (!given.empty()) return given;
    if (auto newest = newestSessionIn(sessionsDir)) return *newest;
    return sampleSessionPath();
}

} // namespace dlg
