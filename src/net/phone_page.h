// The phone page, compiled into the binary: no CDN, no font download, no framework.
#pragma once

#include <string_view>

namespace dlg::net {

extern const std::string_view kPhonePageHtml; ///< served at /t/TOKEN; loads /phone.css and /phone.js
extern const std::string_view kPhonePageCss;
extern const std::string_view kPhonePageJs; ///< plain JS; no inline script (CSP default-src 'self')

} // namespace dlg::net
