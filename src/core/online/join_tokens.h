// Join tokens: one random token per table, the only key a phone has to its table.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model/model.h"

namespace dlg {

/// Random bits in a token and its length in characters (lower-case base32, easy to type from a card).
inline constexpr int kJoinTokenBits = 80;
inline constexpr std::size_t kJoinTokenLength = 16;

/// A fresh token from the OS CSPRNG (getrandom). Throws std::runtime_error when the OS has none.
std::string newJoinToken();

/// Gives every table of the session an access entry with a token (keeps existing ones), drops the
/// entries of tables that no longer exist. Returns whether anything changed (the caller saves).
bool ensureJoinTokens(Session& session);

/// "Nieuwe codes": every table gets a new token at once; old links stop working.
void regenerateJoinTokens(Session& session);

/// Equal contents, in time that depends only on the lengths (not on where they differ).
bool constantTimeEquals(std::string_view a, std::string_view b);

/// The table whose token is `token`, comparing against every table in constant time each, so the
/// time taken tells nothing about how close a guess was.
std::optional<std::string> tableForToken(const TablesOnline& online, std::string_view token);

/// The access entry of a table, or nullptr.
TableAccess* findAccess(TablesOnline& online, std::string_view tableId);
const TableAccess* findAccess(const TablesOnline& online, std::string_view tableId);

} // namespace dlg
