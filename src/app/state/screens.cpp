#include "app/state/screens.h"

namespace dlg {

const char* viewName(Screen screen) {
    switch (screen) {
    case Screen::Preparation:
        return "voorbereiding";
    case Screen::Participants:
        return "deelnemers";
    case Screen::Assignment:
        return "indeling";
    case Screen::RunSheet:
        return "draaiboek";
    case Screen::Live:
        return "live";
    case Screen::Outcomes:
        return "opbrengsten";
    case Screen::Aftercare:
        return "nazorg";
    }
    return "voorbereiding";
}

std::optional<Screen> screenFromViewName(std::string_view name) {
    for (Screen screen : kAllScreens) {
        if (name == viewName(screen)) return screen;
    }
    return std::nullopt;
}

std::string allViewNames() {
    std::string names;
    for (Screen screen : kAllScreens) {
        if (!names.empty()) names += ", ";
        names += viewName(screen);
    }
    return names;
}

} // namespace dlg
