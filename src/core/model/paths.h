// Where the program finds its assets and keeps its settings.
#pragma once

#include <filesystem>
#include <optional>

namespace dlg {

/// `$DIALOOGAVOND_ASSETS`, else `assets/` next to the executable, else the source tree's.
std::filesystem::path assetsDir();

/// The default draaiboek template.
std::filesystem::path defaultTemplatePath();

/// The bundled sample evening (`sessions/voorbeeld.json` of the source tree, or next to the binary).
std::filesystem::path sampleSessionPath();

/// `$XDG_CONFIG_HOME/dialoogavond` (default `~/.config/dialoogavond`), created on demand.
std::filesystem::path configDir();

/// The most recently modified `*.json` in `folder`, if any.
std::optional<std::filesystem::path> newestSessionIn(const std::filesystem::path& folder);

/// True for YYYY-MM-DD naming a real calendar date.
bool isValidDate(const std::string& text);
/// True for HH:MM with 00-23 and 00-59.
bool isValidTime(const std::string& text);

} // namespace dlg
