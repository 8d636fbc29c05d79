// The phone page's style: mobile first (usable from 360 px), touch targets of at least 44 px,
// system fonts only (nothing downloaded).
#include "net/phone_page.h"

namespace dlg::net {

const std::string_view kPhonePageCss = R"CSS(
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; padding: 12px; font: 17px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1b1b1b; background: #f4f5f7; max-width: 720px; margin-inline: auto; }
h1 { font-size: 1.5em; margin: 0.1em 0; }
h2 { font-size: 1.15em; margin: 0 0 0.4em; }
.muted { color: #555; margin: 0; }
.phase { background: #0b5394; color: #fff; border-radius: 8px; padding: 8px 12px; font-weight: 600; }
.banner { background: #fff3cd; border: 1px solid #e0b400; border-radius: 8px; padding: 10px 12px; margin: 8px 0; }
.banner.bad { background: #fde2e1; border-color: #c62828; }
.privacy { background: #e8f0fe; border-radius: 8px; padding: 8px 12px; font-size: 0.95em; }
.card, fieldset { background: #fff; border: 1px solid #d5d8dd; border-radius: 10px; padding: 12px; margin: 12px 0; }
fieldset { min-width: 0; }
legend { font-weight: 700; padding: 0 4px; }
textarea, select { width: 100%; font: inherit; min-height: 44px; padding: 8px; border: 1px solid #9aa0a6;
                   border-radius: 8px; background: #fff; color: inherit; }
textarea { resize: vertical; }
.row { display: flex; gap: 6px; align-items: flex-start; margin: 6px 0; }
.row textarea { flex: 1; }
.proposal { border-top: 1px solid #e3e5e8; padding-top: 8px; margin-top: 8px; }
.proposal .pair { display: flex; gap: 6px; margin-top: 6px; }
.proposal .pair select { flex: 1; }
button { font: inherit; min-height: 44px; min-width: 44px; border-radius: 8px; border: 1px solid #0b5394;
         background: #fff; color: #0b5394; padding: 6px 12px; }
button.add { width: 100%; margin-top: 6px; }
button.remove { border-color: #9aa0a6; color: #444; }
.status { font-size: 0.9em; margin: 6px 0 0; }
.status.saved { color: #1e7b34; }
.status.waiting { color: #a15c00; }
.warning { color: #b00020; font-size: 0.9em; margin: 4px 0 0; }
footer { margin: 16px 0 40px; }
)CSS";

} // namespace dlg::net
