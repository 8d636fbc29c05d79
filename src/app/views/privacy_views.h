// The Privacy panel of the Nazorg screen: bewaartermijn, inzage, wis and opschonen (core/avg).
#pragma once

#include "app/views/view_context.h"

namespace dlg {

/// One line at the top of Nazorg when the bewaartermijn has passed; nothing otherwise.
void drawRetentionReminder(const ViewContext& ctx);

/// The panel: how long personal data has been kept and the term, a person's inzage, wis and
/// opschonen, each with a confirmation dialog that shows what will change (one undo step).
void drawPrivacyPanel(const ViewContext& ctx);

} // namespace dlg
