// The phone page's script. Every keystroke is kept in localStorage at once; sending is debounced
// (1 s) and retried with back-off (at most 5 s apart) until the laptop acknowledges; each field
// shows whether the laptop has it. Texts are put in the page with textContent/value only.
#include "net/phone_page.h"

namespace dlg::net {

const std::string_view kPhonePageJs = R"JS(
'use strict';
(function () {
  var token = location.pathname.split('/')[2] || '';
  var LISTS = ['goesWell', 'difficult', 'ideas'];
  var FIELDS = LISTS.concat(['proposals', 'quote', 'notes']);
  var FORMS = ['didactisch', 'pedagogisch', 'informeel', 'formeel', 'maatschappelijk'];
  var T = {
    nl: { goesWell: 'Wat gaat goed', difficult: 'Wat is lastig', ideas: 'Ideeën', proposals: 'Voorstellen',
      quote: 'Citaat', notes: 'Notities', addLine: '+ Regel toevoegen', addProposal: '+ Voorstel toevoegen',
      remove: 'Weg', saved: 'Opgeslagen op de laptop', waiting: 'Nog niet op de laptop: wordt verstuurd…',
      by: 'Door wie', form: 'Vorm', none: '—', school: 'school', ouders: 'ouders', samen: 'samen',
      privacy: 'Noem geen namen van ouders of kinderen.', leader: 'Tafelleider: ',
      locked: 'Deze tafel is gesloten: je kunt niets meer wijzigen. Wat je nog typte blijft op deze telefoon.',
      offline: 'Geen verbinding met de laptop. Je tekst blijft bewaard en wordt verstuurd zodra het weer kan.',
      online: 'Verbonden met de laptop.', notFound: 'Deze link werkt niet (meer). Vraag de gespreksleider om de nieuwe code.',
      refused: 'De laptop weigerde een veld: ', tooLong: 'te lang', tooMany: 'te veel regels', badValue: 'ongeldige waarde',
      warnName: 'Let op: hier staat mogelijk een naam, e-mailadres of telefoonnummer.',
      conflict: 'Iemand anders veranderde dezelfde tekst: beide versies zijn bewaard.',
      left: ' nog ', paused: ' (gepauzeerd)', over: ' over tijd' },
    en: { goesWell: 'What goes well', difficult: 'What is difficult', ideas: 'Ideas', proposals: 'Proposals',
      quote: 'Quote', notes: 'Notes', addLine: '+ Add line', addProposal: '+ Add proposal',
      remove: 'Remove', saved: 'Saved on the laptop', waiting: 'Not on the laptop yet: sending…',
      by: 'By whom', form: 'Form', none: '—', school: 'school', ouders: 'parents', samen: 'together',
      privacy: 'Do not name parents or children.', leader: 'Table leader: ',
      locked: 'This table is closed: nothing can be changed. What you still typed stays on this phone.',
      offline: 'No connection to the laptop. Your text is kept and sent as soon as possible.',
      online: 'Connected to the laptop.', notFound: 'This link does not work (any more). Ask the facilitator for the new code.',
      refused: 'The laptop refused a field: ', tooLong: 'too long', tooMany: 'too many lines', badValue: 'invalid value',
      warnName: 'Note: this may contain a name, e-mail address or phone number.',
      conflict: 'Someone else changed the same text: both versions are kept.',
      left: ' left ', paused: ' (paused)', over: ' over time' }
  };
  var t = T.nl;
  var $ = function (id) { return document.getElementById(id); };
  var key = 'dlg-table-' + token;
  var client = localStorage.getItem('dlg-client');
  if (!client) {
    client = 'c-' + Math.random().toString(36).slice(2, 12) + Date.now().toString(36);
    localStorage.setItem('dlg-client', client);
  }
  var empty = function () { return { goesWell: [], difficult: [], ideas: [], proposals: [], quote: '', notes: '' }; };
  var copy = function (x) { return JSON.parse(JSON.stringify(x)); };
  var same = function (a, b) { return JSON.stringify(a) === JSON.stringify(b); };
  var stored = null;
  try { stored = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { stored = null; }
  // base: the outcome as the laptop last sent it; local: as it is on this phone now.
  var state = stored && stored.local ? stored : { base: null, local: empty() };
  var warnings = {}, locked = false, sendTimer = null, inFlight = false, backoff = 1000, phaseEnd = null, phase = null;

  function keep() { localStorage.setItem(key, JSON.stringify(state)); }
  function pending() { return state.base === null ? !same(state.local, empty()) : !same(state.local, state.base); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function banner(text, bad) {
    var b = $('banner');
    b.hidden = !text;
    b.textContent = text || '';
    b.className = bad ? 'banner bad' : 'banner';
  }
  function textarea(value, rows, onInput) {
    var a = el('textarea');
    a.rows = rows;
    a.value = value;
    a.disabled = locked;
    a.addEventListener('input', function () { onInput(a.value); });
    return a;
  }
  function select(options, value, onChange) {
    var s = el('select');
    options.forEach(function (o) { var opt = el('option', '', o[1]); opt.value = o[0]; s.appendChild(opt); });
    s.value = value;
    s.disabled = locked;
    s.addEventListener('change', function () { onChange(s.value); });
    return s;
  }
  function statusOf(field) {
    var saved = state.base !== null && same(state.local[field], state.base[field]);
    if (state.base === null && same(state.local[field], empty()[field])) saved = true;
    return saved;
  }
  function renderField(field) {
    var box = $('f-' + field);
    var focused = document.activeElement && box.contains(document.activeElement) ? document.activeElement : null;
    var focusIndex = focused ? Array.prototype.indexOf.call(box.querySelectorAll('textarea,select'), focused) : -1;
    while (box.childNodes.length > 1) box.removeChild(box.lastChild);
    var v = state.local[field];
    if (LISTS.indexOf(field) >= 0) {
      v.forEach(function (line, i) {
        var row = el('div', 'row');
        row.appendChild(textarea(line, 2, function (x) { state.local[field][i] = x; changed(field); }));
        var rm = el('button', 'remove', t.remove);
        rm.type = 'button';
        rm.disabled = locked;
        rm.addEventListener('click', function () { state.local[field].splice(i, 1); changed(field, true); });
        row.appendChild(rm);
        box.appendChild(row);
      });
      var add = el('button', 'add', t.addLine);
      add.type = 'button';
      add.disabled = locked;
      add.addEventListener('click', function () {
        state.local[field].push('');
        changed(field, true);
        var all = box.querySelectorAll('textarea');
        if (all.length) all[all.length - 1].focus();
      });
      box.appendChild(add);
    } else if (field === 'proposals') {
      v.forEach(function (p, i) {
        var wrap = el('div', 'proposal');
        wrap.appendChild(textarea(p.text, 2, function (x) { state.local.proposals[i].text = x; changed(field); }));
        var pair = el('div', 'pair');
        pair.appendChild(select([['', t.by + ': ' + t.none], ['school', t.school], ['ouders', t.ouders], ['samen', t.samen]],
          p.by, function (x) { state.local.proposals[i].by = x; changed(field); }));
        pair.appendChild(select([['', t.form + ': ' + t.none]].concat(FORMS.map(function (f) { return [f, f]; })),
          p.form, function (x) { state.local.proposals[i].form = x; changed(field); }));
        var rm = el('button', 'remove', t.remove);
        rm.type = 'button';
        rm.disabled = locked;
        rm.addEventListener('click', function () { state.local.proposals.splice(i, 1); changed(field, true); });
        pair.appendChild(rm);
        wrap.appendChild(pair);
        box.appendChild(wrap);
      });
      var addP = el('button', 'add', t.addProposal);
      addP.type = 'button';
      addP.disabled = locked;
      addP.addEventListener('click', function () {
        var id = 'pr-' + Math.random().toString(36).slice(2, 10);
        state.local.proposals.push({ id: id, text: '', by: '', form: '' });
        changed(field, true);
      });
      box.appendChild(addP);
    } else {
      box.appendChild(textarea(v, field === 'notes' ? 5 : 3, function (x) { state.local[field] = x; changed(field); }));
    }
    var ok = statusOf(field);
    box.appendChild(el('p', 'status ' + (ok ? 'saved' : 'waiting'), ok ? t.saved : t.waiting));
    Object.keys(warnings).forEach(function (w) {
      if (w === field || w.indexOf(field + '[') === 0) box.appendChild(el('p', 'warning', t.warnName));
    });
    if (focusIndex >= 0) {
      var again = box.querySelectorAll('textarea,select')[focusIndex];
      if (again) { again.focus(); if (again.setSelectionRange) again.setSelectionRange(again.value.length, again.value.length); }
    }
  }
  function renderStatus(field) {
    var box = $('f-' + field), s = box.querySelector('.status'), ok = statusOf(field);
    if (!s) return;
    s.className = 'status ' + (ok ? 'saved' : 'waiting');
    s.textContent = ok ? t.saved : t.waiting;
  }
  function buildForm() {
    var form = $('form');
    form.textContent = '';
    FIELDS.forEach(function (f) {
      var fs = el('fieldset');
      fs.id = 'f-' + f;
      fs.appendChild(el('legend', '', t[f]));
      form.appendChild(fs);
      renderField(f);
    });
  }
  function changed(field, structural) {
    keep();
    if (structural) renderField(field); else renderStatus(field);
    schedule(1000);
  }
  function schedule(ms) {
    if (sendTimer) clearTimeout(sendTimer);
    sendTimer = setTimeout(send, ms);
  }
  function showView(v) {
    if (T[v.language]) t = T[v.language];
    document.documentElement.lang = v.language;
    document.title = v.table;
    $('evening').textContent = v.eveningTitle;
    $('table').textContent = v.table;
    $('leader').textContent = v.leader ? t.leader + v.leader : '';
    $('privacy').textContent = t.privacy;
    $('themeTitle').textContent = v.theme.title;
    $('themeDescription').textContent = v.theme.description;
    var q = $('questions');
    q.textContent = '';
    v.theme.questions.forEach(function (x) { q.appendChild(el('li', '', x)); });
    phase = v.phase;
    phaseEnd = v.phase ? Date.now() + v.phase.remainingSeconds * 1000 : null;
    tick();
  }
  function tick() {
    var p = $('phase');
    p.hidden = !phase;
    if (!phase) return;
    var s = phase.paused ? phase.remainingSeconds : Math.round((phaseEnd - Date.now()) / 1000);
    var over = s < 0, a = Math.abs(s), text = Math.floor(a / 60) + ':' + ('0' + (a % 60)).slice(-2);
    p.textContent = phase.title + ' —' + (over ? ' ' + text + t.over : t.left + text) + (phase.paused ? t.paused : '');
  }
  // The laptop's outcome arrived: fields this phone did not change since `sent` take it.
  function adopt(outcome, sent) {
    var before = copy(state.local);
    FIELDS.forEach(function (f) {
      if (sent === null ? same(state.local[f], state.base === null ? empty()[f] : state.base[f]) : same(state.local[f], sent[f]))
        state.local[f] = copy(outcome[f]);
    });
    state.base = copy(outcome);
    keep();
    return before;
  }
  function refreshFields(before) {
    FIELDS.forEach(function (f) { if (!same(before[f], state.local[f])) renderField(f); else renderStatus(f); });
  }
  function setLocked(value) {
    if (locked === value) return;
    locked = value;
    buildForm();
  }
  function poll() {
    fetch('/api/' + token + '/state?client=' + encodeURIComponent(client), { cache: 'no-store' })
      .then(function (r) {
        if (r.status === 404) { banner(t.notFound, true); return null; }
        if (!r.ok) throw new Error('http ' + r.status);
        return r.json();
      })
      .then(function (v) {
        if (!v) return;
        showView(v);
        $('connection').textContent = t.online;
        if (!inFlight && !pending()) refreshFields(adopt(v.outcome, null));
        if (state.base === null) { state.base = copy(v.outcome); keep(); }
        setLocked(!!v.locked);
        banner(locked ? t.locked : '');
        if (pending()) schedule(0);
      })
      .catch(function () { $('connection').textContent = t.offline; });
  }
  function send() {
    sendTimer = null;
    if (inFlight) { schedule(300); return; }
    if (!pending() || state.base === null) { if (state.base === null) poll(); return; }
    inFlight = true;
    var sent = copy(state.local);
    fetch('/api/' + token + '/edit', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, cache: 'no-store',
      body: JSON.stringify({ client: client, base: state.base, outcome: sent })
    }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; }, function () { return { status: r.status, body: {} }; });
    }).then(function (res) {
      inFlight = false;
      if (res.status === 200) {
        backoff = 1000;
        warnings = {};
        (res.body.warnings || []).forEach(function (w) { warnings[w.field] = w.kind; });
        showView(res.body.view);
        refreshFields(adopt(res.body.view.outcome, sent));
        FIELDS.forEach(function (f) { if (Object.keys(warnings).some(function (w) { return w.indexOf(f) === 0; })) renderField(f); });
        $('connection').textContent = t.online;
        banner(res.body.conflicts > 0 ? t.conflict : '');
        if (pending()) schedule(1000);
      } else if (res.status === 423) {
        setLocked(true);
        banner(t.locked);
      } else if (res.status === 404) {
        banner(t.notFound, true);
      } else if (res.status === 400 || res.status === 413) {
        var why = { too_long: t.tooLong, too_many: t.tooMany, too_large: t.tooLong }[res.body.error] || t.badValue;
        banner(t.refused + (res.body.field || '') + ' (' + why + ')', true);
        schedule(5000);
      } else {
        retry();
      }
    }).catch(function () { inFlight = false; retry(); });
  }
  function retry() {
    $('connection').textContent = t.offline;
    schedule(backoff);
    backoff = Math.min(backoff * 2, 5000);
  }
  document.addEventListener('DOMContentLoaded', function () {
    buildForm();
    poll();
    setInterval(poll, 10000);
    setInterval(tick, 1000);
    setInterval(function () { if (pending() && !sendTimer && !inFlight) send(); }, 5000);
    window.addEventListener('online', function () { send(); poll(); });
    document.addEventListener('visibilitychange', function () { if (!document.hidden) { send(); poll(); } });
  });
})();
)JS";

} // namespace dlg::net
