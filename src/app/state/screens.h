// The seven screens of the program, in the order of an evening's life.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace dlg {

enum class Screen { Preparation, Participants, Assignment, RunSheet, Live, Outcomes, Aftercare };

inline constexpr std::array<Screen, 7> kAllScreens = {
    Screen::Preparation, Screen::Participants, Screen::Assignment, Screen::RunSheet,
    Screen::Live,        Screen::Outcomes,     Screen::Aftercare};

/// The name used by `--view` (Dutch, lower case): voorbereiding, deelnemers, ...
const char* viewName(Screen screen);
/// The screen a `--view` name selects.
std::optional<Screen> screenFromViewName(std::string_view name);
/// "voorbereiding, deelnemers, ..." for error messages.
std::string allViewNames();

} // namespace dlg
