// translint's article view: the HTML report and the page of `translint serve`.
// Findings have the shape of the JSON format; their offsets count bytes of
// the UTF-8 text, which this script maps to the string's UTF-16 indices.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('translint-data').textContent);
  var mode = document.body.getAttribute('data-mode');
  var enc = new TextEncoder();
  var dec = new TextDecoder();
  var SEV = { error: 3, warning: 2, info: 1 };
  var titles = {};
  data.rules.forEach(function (r) { titles[r.id] = r.title; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function plural(n, w) { return n + ' ' + w + (n === 1 ? '' : 's'); }

  // byteIndex maps each byte offset of text's UTF-8 form to the UTF-16
  // index of the character it belongs to.
  function byteIndex(text) {
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.codePointAt(i);
      var n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      for (var k = 0; k < n; k++) map.push(i);
      if (c >= 0x10000) i++;
    }
    map.push(text.length);
    return map;
  }

  // applyEdits applies byte-offset edits to text.
  function applyEdits(text, edits) {
    var bytes = enc.encode(text);
    var sorted = edits.slice().sort(function (a, b) { return a.offset - b.offset; });
    var parts = [], at = 0;
    sorted.forEach(function (e) {
      parts.push(bytes.subarray(at, e.offset), enc.encode(e.text));
      at = e.offset + e.length;
    });
    parts.push(bytes.subarray(at));
    var n = 0;
    parts.forEach(function (p) { n += p.length; });
    var out = new Uint8Array(n), o = 0;
    parts.forEach(function (p) { out.set(p, o); o += p.length; });
    return dec.decode(out);
  }

  // shiftAfterFix moves the other findings past a fix; findings that touch
  // an edited range are dropped, as their text changed.
  function shiftAfterFix(findings, edits) {
    function touches(off, len) {
      return edits.some(function (e) { return off < e.offset + Math.max(e.length, 1) && e.offset < off + Math.max(len, 1); });
    }
    function moved(off) {
      var d = 0;
      edits.forEach(function (e) { if (e.offset + e.length <= off) d += enc.encode(e.text).length - e.length; });
      return off + d;
    }
    return findings.filter(function (f) {
      return !touches(f.offset, f.length) && !(f.fix || []).some(function (e) { return touches(e.offset, e.length); });
    }).map(function (f) {
      var g = Object.assign({}, f);
      g.offset = moved(f.offset);
      g.fix = (f.fix || []).map(function (e) { return { offset: moved(e.offset), length: e.length, text: e.text }; });
      // a related place with a path is in another file (the original): edits here do not move it
      g.related = (f.related || []).filter(function (r) { return r.path || !touches(r.offset, r.length); })
        .map(function (r) { return r.path ? r : Object.assign({}, r, { offset: moved(r.offset) }); });
      return g;
    });
  }

  // ---- one article with its findings ----

  function View(text, findings, article, list, onFix, format) {
    this.text = text;
    this.format = format;
    this.findings = findings;
    this.article = article;
    this.list = list;
    this.onFix = onFix;
    this.seq = View.seq++;
    this.marks = [];
    this.items = [];
    this.render();
  }

  View.prototype.render = function () {
    var self = this, text = this.text, fs = this.findings;
    this.marks = fs.map(function () { return []; });
    this.rels = fs.map(function () { return []; });
    this.items = [];
    this.article.textContent = '';
    this.list.textContent = '';
    if (text != null) {
      var map = byteIndex(text), nb = map.length - 1;
      var at = function (b) { return map[Math.max(0, Math.min(b, nb))]; };
      var spans = [], points = [];
      fs.forEach(function (f, i) {
        var s = at(f.offset), e = at(f.offset + f.length);
        if (e > s) spans.push({ s: s, e: e, i: i, rel: false });
        else points.push({ s: s, i: i });
        (f.related || []).forEach(function (r) {
          if (r.path) return; // in the original, not in this text
          var rs = at(r.offset), re = at(r.offset + r.length);
          if (re > rs) spans.push({ s: rs, e: re, i: i, rel: true });
        });
      });
      var cuts = [0, text.length];
      spans.forEach(function (sp) { cuts.push(sp.s, sp.e); });
      points.forEach(function (p) { cuts.push(p.s); });
      cuts = cuts.filter(function (v, k, a) { return a.indexOf(v) === k; }).sort(function (a, b) { return a - b; });
      var seenFirst = {};
      for (var k = 0; k < cuts.length; k++) {
        var a = cuts[k], b = k + 1 < cuts.length ? cuts[k + 1] : a;
        points.forEach(function (p) {
          if (p.s !== a) return;
          var f = fs[p.i];
          var m = el('span', 'hl point sev-' + f.severity);
          m.setAttribute('data-f', p.i);
          m.tabIndex = 0;
          m.id = self.idOf(p.i);
          m.setAttribute('aria-label', f.rule + ': ' + f.message);
          self.marks[p.i].push(m);
          self.article.appendChild(m);
        });
        if (b <= a) continue;
        var seg = text.slice(a, b);
        var own = [], rel = [];
        spans.forEach(function (sp) {
          if (sp.s <= a && sp.e >= b) (sp.rel ? rel : own).push(sp.i);
        });
        if (!own.length && !rel.length) {
          self.fill(self.article, seg);
          continue;
        }
        var node;
        if (own.length) {
          var top = own.reduce(function (x, i) { return SEV[fs[i].severity] > SEV[fs[x].severity] ? i : x; }, own[0]);
          node = el('mark', 'hl sev-' + fs[top].severity + (own.length > 1 ? ' multi' : ''));
          self.fill(node, seg);
          node.setAttribute('data-f', own.join(' '));
          own.forEach(function (i) {
            self.marks[i].push(node);
            if (!seenFirst[i]) {
              seenFirst[i] = true;
              if (!node.id) {
                node.id = self.idOf(i);
                node.tabIndex = 0;
                node.setAttribute('aria-label', fs[i].rule + ': ' + fs[i].message);
              }
            }
          });
        } else {
          node = el('span', 'rel');
          self.fill(node, seg);
        }
        if (rel.length) {
          node.setAttribute('data-rel', rel.join(' '));
          rel.forEach(function (i) { self.rels[i].push(node); });
        }
        self.article.appendChild(node);
      }
    }
    fs.forEach(function (f, i) { self.list.appendChild(self.item(f, i)); });
    if (!fs.length) this.list.appendChild(el('li', 'none', text == null ? 'No findings.' : 'No findings: the article looks clean.'));
  };

  // markupRe finds what the eye should skip: HTML tags, and in Markdown the
  // marks of headings and emphasis.
  var markupRe = { html: /<[^<>]*>/g, markdown: /^#{1,6}[ \t]|\*\*|__/gm };

  // fill appends text to node, with markup dimmed (the text is unchanged).
  View.prototype.fill = function (node, text) {
    var re = markupRe[this.format];
    if (!re) { node.appendChild(document.createTextNode(text)); return; }
    re.lastIndex = 0;
    var at = 0, m;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') { re.lastIndex++; continue; }
      if (m.index > at) node.appendChild(document.createTextNode(text.slice(at, m.index)));
      node.appendChild(el('span', 'markup', m[0]));
      at = m.index + m[0].length;
    }
    if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)));
  };

  View.prototype.idOf = function (i) { return 'f' + this.seq + '-' + i; };
  View.seq = 0;

  View.prototype.item = function (f, i) {
    var self = this;
    var li = el('li', 'item sev-' + f.severity);
    li.setAttribute('data-f', i);
    var head = el('div', 'head');
    head.appendChild(el('span', 'dot'));
    head.appendChild(el('span', 'rule', f.rule));
    head.appendChild(el('span', 'where', f.line + ':' + f.column));
    li.appendChild(head);
    li.appendChild(el('div', 'msg', f.message));
    if (f.excerpt) li.appendChild(el('q', 'excerpt', f.excerpt.length > 90 ? f.excerpt.slice(0, 87) + '…' : f.excerpt));
    if (f.suggestion) li.appendChild(el('div', 'sugg', f.suggestion));
    if (f.fix && f.fix.length && this.onFix) {
      var btn = el('button', 'fix', 'Apply fix');
      btn.title = 'Apply this fix (f)';
      btn.addEventListener('click', function (ev) { ev.stopPropagation(); self.onFix(i); });
      li.appendChild(btn);
    }
    li.addEventListener('click', function () { nav.go(self, i, true); });
    this.items[i] = li;
    return li;
  };

  // ---- navigation across every view of the page ----

  var tip = el('div', 'tip');
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  var nav = {
    views: [],
    cur: null, // {view, i}
    order: function () {
      var out = [];
      this.views.forEach(function (v) { v.findings.forEach(function (_, i) { out.push({ view: v, i: i }); }); });
      return out;
    },
    clear: function () {
      document.querySelectorAll('.active').forEach(function (e) { e.classList.remove('active'); });
      tip.hidden = true;
      this.cur = null;
    },
    go: function (view, i, scroll) {
      this.clear();
      this.cur = { view: view, i: i };
      view.marks[i].forEach(function (m) { m.classList.add('active'); });
      view.rels[i].forEach(function (m) { m.classList.add('active'); });
      var li = view.items[i];
      if (li) {
        li.classList.add('active');
        if (scroll) li.scrollIntoView({ block: 'nearest' });
      }
      var m = view.marks[i][0];
      if (m) {
        if (scroll) m.scrollIntoView({ block: 'center' });
        if (document.activeElement !== m && scroll) m.focus({ preventScroll: true });
        showTip(view, i, m);
      }
    },
    step: function (d) {
      var all = this.order();
      if (!all.length) return;
      var k = -1, cur = this.cur;
      if (cur) all.forEach(function (x, j) { if (x.view === cur.view && x.i === cur.i) k = j; });
      k = k < 0 ? (d > 0 ? 0 : all.length - 1) : (k + d + all.length) % all.length;
      this.go(all[k].view, all[k].i, true);
    }
  };

  function showTip(view, i, anchor) {
    var f = view.findings[i];
    tip.textContent = '';
    var h = el('div', 'tip-head sev-' + f.severity);
    h.appendChild(el('span', 'dot'));
    h.appendChild(el('b', null, f.rule));
    h.appendChild(el('span', 'sev', f.severity));
    tip.appendChild(h);
    if (titles[f.rule]) tip.appendChild(el('div', 'tip-title', titles[f.rule]));
    tip.appendChild(el('div', 'tip-msg', f.message));
    if (f.suggestion) tip.appendChild(el('div', 'tip-sugg', f.suggestion));
    (f.related || []).forEach(function (r) {
      var p = el('div', 'tip-rel');
      p.appendChild(el('span', 'where', (r.path ? r.path + ':' : '') + r.line + ':' + r.column));
      p.appendChild(el('q', null, r.excerpt.length > 70 ? r.excerpt.slice(0, 67) + '…' : r.excerpt));
      if (r.message) p.appendChild(el('span', 'relmsg', r.message));
      tip.appendChild(p);
    });
    if (f.fix && f.fix.length && view.onFix) tip.appendChild(el('div', 'tip-keys', 'f: apply the fix · j/k: next/previous · Esc: close'));
    else tip.appendChild(el('div', 'tip-keys', 'j/k: next/previous · Esc: close'));
    tip.hidden = false;
    var r = anchor.getBoundingClientRect();
    var w = Math.min(380, window.innerWidth - 24);
    tip.style.width = w + 'px';
    var left = Math.max(12, Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - w - 12));
    tip.style.left = left + 'px';
    var below = r.bottom + window.scrollY + 8;
    tip.style.top = below + 'px';
    var th = tip.offsetHeight;
    if (r.bottom + 8 + th > window.innerHeight && r.top - 8 - th > 0) tip.style.top = (r.top + window.scrollY - 8 - th) + 'px';
  }

  function viewOf(node) {
    for (var k = 0; k < nav.views.length; k++) if (nav.views[k].article.contains(node)) return nav.views[k];
    return null;
  }
  function firstIndex(node) { return parseInt(node.getAttribute('data-f').split(' ')[0], 10); }

  document.addEventListener('mouseover', function (ev) {
    var m = ev.target.closest && ev.target.closest('.hl');
    if (!m) return;
    var v = viewOf(m);
    if (v) nav.go(v, firstIndex(m), false);
  });
  document.addEventListener('focusin', function (ev) {
    var m = ev.target.closest && ev.target.closest('.hl');
    if (!m) return;
    var v = viewOf(m);
    if (v && !(nav.cur && nav.cur.view === v && v.marks[nav.cur.i].indexOf(m) >= 0)) nav.go(v, firstIndex(m), false);
  });
  document.addEventListener('keydown', function (ev) {
    var t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t && (t.tagName === 'TEXTAREA' || t.tagName === 'INPUT' || t.tagName === 'SELECT')) {
      if (ev.key === 'Escape') t.blur();
      return;
    }
    switch (ev.key) {
      case 'j': case 'n': case 'ArrowDown':
        nav.step(1); ev.preventDefault(); break;
      case 'k': case 'p': case 'ArrowUp':
        nav.step(-1); ev.preventDefault(); break;
      case 'f':
        if (nav.cur && nav.cur.view.onFix) {
          var f = nav.cur.view.findings[nav.cur.i];
          if (f.fix && f.fix.length) { nav.cur.view.onFix(nav.cur.i); ev.preventDefault(); }
        }
        break;
      case 'Enter':
        if (t && t.classList && t.classList.contains('hl')) { nav.step(0); ev.preventDefault(); }
        break;
      case 'Escape':
        nav.clear(); break;
    }
  });
  window.addEventListener('resize', function () { if (nav.cur) nav.go(nav.cur.view, nav.cur.i, false); });

  // counts renders a row of chips, one per rule, most findings first.
  function counts(box, findings) {
    box.textContent = '';
    var by = {}, sev = {};
    findings.forEach(function (f) { by[f.rule] = (by[f.rule] || 0) + 1; sev[f.rule] = f.severity; });
    var ids = Object.keys(by).sort(function (a, b) { return by[b] - by[a] || (a < b ? -1 : 1); });
    var by3 = { error: 0, warning: 0, info: 0 };
    findings.forEach(function (f) { by3[f.severity] = (by3[f.severity] || 0) + 1; });
    var total = el('div', 'totals');
    ['error', 'warning', 'info'].forEach(function (s) {
      var t = el('span', 'total sev-' + s + (by3[s] ? '' : ' zero'));
      t.appendChild(el('span', 'dot'));
      t.appendChild(document.createTextNode(plural(by3[s], s)));
      total.appendChild(t);
    });
    box.appendChild(total);
    var ul = el('ul', 'chips');
    ids.forEach(function (id) {
      var li = el('li', 'chip sev-' + sev[id]);
      li.setAttribute('data-rule', id);
      li.title = titles[id] || id;
      li.appendChild(el('span', 'n', String(by[id])));
      li.appendChild(el('span', 'id', id));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  function keysHelp() {
    var p = el('p', 'keys');
    p.innerHTML = '<kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>f</kbd> apply fix · <kbd>Esc</kbd> close';
    return p;
  }

  function bar(title, version) {
    var h = el('header', 'bar');
    var b = el('span', 'brand', 'translint');
    h.appendChild(b);
    if (title) h.appendChild(el('span', 'title', title));
    h.appendChild(el('span', 'spacer'));
    return h;
  }

  // ---- the HTML report ----

  function report() {
    var all = [];
    data.files.forEach(function (f) { all = all.concat(f.findings); });
    var h = bar('report', data.version);
    h.appendChild(el('span', 'status', plural(data.files.length, 'file') + ' · ' + plural(all.length, 'finding')));
    document.body.appendChild(h);
    var top = el('section', 'summary');
    counts(top, all);
    document.body.appendChild(top);
    data.files.forEach(function (file, n) {
      var sec = el('section', 'file');
      var fh = el('h2', 'file-head');
      fh.appendChild(el('span', 'path', file.path));
      fh.appendChild(el('span', 'count', plural(file.findings.length, 'finding')));
      var dl = el('a', 'download', 'Download fixed file');
      dl.hidden = true;
      fh.appendChild(dl);
      sec.appendChild(fh);
      if (file.error) sec.appendChild(el('p', 'error', 'Could not be checked: ' + file.error));
      var lay = el('div', 'layout');
      var art = el('article', 'article');
      if (file.text == null) art.classList.add('missing');
      var side = el('aside', 'side');
      var list = el('ol', 'list');
      side.appendChild(list);
      lay.appendChild(art);
      lay.appendChild(side);
      sec.appendChild(lay);
      document.body.appendChild(sec);
      var ext = (file.path.match(/\.[^.\/\\]+$/) || [''])[0].toLowerCase();
      var format = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' }[ext] || 'text';
      var v = new View(file.text, file.findings, art, list, file.text == null ? null : function (i) {
        var edits = v.findings[i].fix;
        v.text = applyEdits(v.text, edits);
        v.findings = shiftAfterFix(v.findings.filter(function (_, j) { return j !== i; }), edits);
        v.render();
        nav.clear();
        fh.querySelector('.count').textContent = plural(v.findings.length, 'finding') + ' (fixed in this page)';
        dl.hidden = false;
        dl.href = URL.createObjectURL(new Blob([v.text], { type: 'text/plain;charset=utf-8' }));
        dl.download = file.path.split(/[\\/]/).pop();
      }, format);
      nav.views.push(v);
    });
    document.body.appendChild(keysHelp());
    document.body.appendChild(tip);
  }

  // ---- the page of `translint serve` ----

  function detectFormat(text) {
    if (/^\s*(<!doctype html|<html|<article|<body|<p[\s>]|<div[\s>]|<h[1-6][\s>])/i.test(text)) return 'html';
    if (/(^|\n)(#{1,6} |---\n|```|[*-] \S)|\]\([^)\s]+\)|\*\*\S/.test(text)) return 'markdown';
    return 'text';
  }

  function editor() {
    var h = bar('', data.version);
    var status = el('span', 'status', 'Paste or drop an article, then Check.');
    status.setAttribute('role', 'status');
    h.appendChild(status);
    var editBtn = el('button', 'ghost', 'Edit');
    editBtn.id = 'edit';
    editBtn.hidden = true;
    var checkBtn = el('button', 'primary', 'Check');
    checkBtn.id = 'check';
    checkBtn.title = 'Check the article (Ctrl+Enter)';
    h.appendChild(editBtn);
    h.appendChild(checkBtn);
    document.body.appendChild(h);

    var lay = el('main', 'layout');
    var pane = el('section', 'pane');
    var tools = el('div', 'tools');
    var fmt = el('select');
    fmt.id = 'format';
    fmt.setAttribute('aria-label', 'Format');
    [['auto', 'Format: detect'], ['text', 'Plain text'], ['markdown', 'Markdown'], ['html', 'HTML']].forEach(function (o) {
      var opt = el('option', null, o[1]);
      opt.value = o[0];
      fmt.appendChild(opt);
    });
    var lang = el('input');
    lang.id = 'lang';
    lang.placeholder = 'Language (en)';
    lang.setAttribute('aria-label', 'Target language');
    lang.size = 12;
    var fileLbl = el('label', 'file-btn', 'Open file…');
    var file = el('input');
    file.type = 'file';
    file.accept = '.md,.markdown,.txt,.html,.htm,text/*';
    fileLbl.appendChild(file);
    tools.appendChild(fmt);
    tools.appendChild(lang);
    tools.appendChild(fileLbl);
    var ta = el('textarea');
    ta.id = 'text';
    ta.spellcheck = false;
    ta.placeholder = 'Paste an article here (plain text, Markdown or HTML), or drop a file.';
    var art = el('article', 'article');
    art.id = 'article';
    art.hidden = true;
    pane.appendChild(tools);
    pane.appendChild(ta);
    pane.appendChild(art);
    var side = el('aside', 'side');
    var box = el('div', 'summary');
    var list = el('ol', 'list');
    side.appendChild(box);
    side.appendChild(list);
    side.appendChild(keysHelp());
    lay.appendChild(pane);
    lay.appendChild(side);
    document.body.appendChild(lay);
    document.body.appendChild(tip);

    var path = '';
    var view = null;
    function editing(on) {
      ta.hidden = !on;
      tools.hidden = !on;
      art.hidden = on;
      editBtn.hidden = on;
      if (on) { nav.clear(); nav.views = []; ta.focus(); } // the next Check renders anew
    }
    function check() {
      var text = ta.value;
      var f = fmt.value === 'auto' ? detectFormat(text) : fmt.value;
      var body = { text: text, format: f };
      if (path) body.path = path;
      if (lang.value.trim()) body.lang = lang.value.trim();
      status.textContent = 'Checking…';
      checkBtn.disabled = true;
      var t0 = performance.now();
      return fetch('v1/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
        .then(function (r) {
          if (r.headers.get('Content-Type').indexOf('application/json') !== 0) return r.text().then(function (t) { throw new Error(t.replace(/^Error: /, '').trim()); });
          return r.json();
        })
        .then(function (rep) {
          if (rep.errors && rep.errors.length) throw new Error(rep.errors[0].message);
          var ms = Math.round(performance.now() - t0);
          status.textContent = plural(rep.findings.length, 'finding') + ' · ' + f + ' · ' + ms + ' ms';
          nav.views = [];
          view = new View(text, rep.findings, art, list, function (i) {
            ta.value = applyEdits(ta.value, view.findings[i].fix);
            check().then(function () { if (view.findings.length) nav.go(view, Math.min(i, view.findings.length - 1), true); });
          }, f);
          nav.views.push(view);
          counts(box, rep.findings);
          editing(false);
        })
        .catch(function (e) { status.textContent = 'Error: ' + e.message; })
        .finally(function () { checkBtn.disabled = false; });
    }
    checkBtn.addEventListener('click', check);
    editBtn.addEventListener('click', function () { editing(true); });
    ta.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); check(); } });
    function load(f) {
      path = f.name;
      var ext = (f.name.match(/\.[^.]+$/) || [''])[0].toLowerCase();
      fmt.value = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.txt': 'text' }[ext] || 'auto';
      f.text().then(function (t) { ta.value = t; check(); });
    }
    file.addEventListener('change', function () { if (file.files[0]) load(file.files[0]); });
    document.addEventListener('dragover', function (ev) { ev.preventDefault(); document.body.classList.add('drop'); });
    document.addEventListener('dragleave', function () { document.body.classList.remove('drop'); });
    document.addEventListener('drop', function (ev) {
      ev.preventDefault();
      document.body.classList.remove('drop');
      if (ev.dataTransfer.files[0]) load(ev.dataTransfer.files[0]);
    });
    ta.addEventListener('paste', function () { path = ''; });
    editing(true);
  }

  if (mode === 'report') report(); else editor();
})();
