// The Opbrengsten (capture) and Nazorg (actions, import, export) screens and their parts.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/state/edit_commands.h"
#include "app/views/view_context.h"

namespace dlg {

/// Opbrengsten: summary points, one tab per table, dot votes and the closing.
void drawOutcomes(const ViewContext& ctx);
/// Nazorg: proposals to promote, the actions (editor or action-list view), import and export.
void drawAftercare(const ViewContext& ctx);

/// The outcome editor of one table (view_outcome_table.cpp).
void drawTableOutcome(const ViewContext& ctx, const Table& table);
/// All proposals ranked by votes, with +/- buttons (view_outcome_table.cpp).
void drawVoting(const ViewContext& ctx);

/// The actions of the evening, filtered (view_actions.cpp).
void drawActionEditor(const ViewContext& ctx);
/// The actions in the seed's shape: done / in progress / to pick up, per partnership form.
void drawActionList(const ViewContext& ctx);
/// Panel that carries actions over from an earlier evening's file (view_export.cpp).
void drawActionImport(const ViewContext& ctx);
/// The export dialog with preview and privacy hits; open while the UI state says so.
void drawExportDialog(const ViewContext& ctx);

/// Wraps each command a list produces (e.g. to create a table's outcome first).
using CommandWrap = std::function<Command(Command)>;

/// A list of short texts: each row editable, movable and deletable, and below it a field where
/// Enter adds the typed text as a new row and keeps the focus for the next one. `key` names the
/// list for ids, drafts and the probe (`key/new`, `key/3`, `key/3/up`, `key/3/delete`).
void entryList(const ViewContext& ctx, const std::string& key, const std::vector<std::string>& items,
               Locator<std::vector<std::string>> list, const CommandWrap& wrap = {});

/// A labelled combo over `words`, each shown through the catalogue as `prefix + word`; the first
/// entry may be empty (shown as `emptyKey`). Returns the chosen word when it changed.
std::optional<std::string> wordCombo(const ViewContext& ctx, const std::string& key,
                                     const std::string& current, const std::vector<std::string>& words,
                                     const std::string& prefix, const char* emptyKey, float width);

} // namespace dlg
