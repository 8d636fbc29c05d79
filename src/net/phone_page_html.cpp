// The phone page's HTML: a shell; phone.js fills it with the table's texts (never as HTML).
#include "net/phone_page.h"

namespace dlg::net {

const std::string_view kPhonePageHtml = R"HTML(<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Tafel</title>
<link rel="stylesheet" href="/phone.css">
<script src="/phone.js" defer></script>
</head>
<body>
<header>
  <p id="evening" class="muted"></p>
  <h1 id="table">…</h1>
  <p id="leader" class="muted"></p>
  <p id="phase" class="phase" hidden></p>
</header>
<div id="banner" class="banner" hidden></div>
<p id="privacy" class="privacy"></p>
<section id="theme" class="card">
  <h2 id="themeTitle"></h2>
  <p id="themeDescription"></p>
  <ol id="questions"></ol>
</section>
<form id="form" autocomplete="off"></form>
<footer><p id="connection" class="muted"></p></footer>
</body>
</html>
)HTML";

} // namespace dlg::net
