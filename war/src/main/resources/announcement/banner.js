/* Service portal banner: <script src="https://portal/banner.js" data-product="CODE" defer></script>
   Shows the portal's announcements for one product in the page's language (nl or en). */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.customElements || !window.fetch || customElements.get('portal-banner')) { return; }
  var L = /*LABELS*/{};
  var api = new URL('api/v1/banners', script.src);
  var KEY = 'portal-banner-dismissed';
  var CSS = ':host{display:block;font:inherit}' +
    '.i{display:flex;gap:.75rem;align-items:flex-start;margin:0 0 .25rem;padding:.6rem .9rem;border-left:.3rem solid #1a5c9e;background:#eef4fb;color:#111}' +
    '.WARNING{border-color:#a65c00;background:#fff4e0}.CRITICAL{border-color:#b00020;background:#fdecee}' +
    '.t{flex:1}.t strong{display:block}.t p{margin:.2rem 0 0}.w{font-size:.9em}' +
    'button{font:inherit;border:1px solid currentColor;background:transparent;color:inherit;padding:.1rem .5rem;cursor:pointer;border-radius:.2rem}' +
    'button:focus-visible{outline:3px solid #1a5c9e;outline-offset:2px}';
  function dismissed() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function remember(k) {
    var d = dismissed().filter(function (x) { return x !== k; });
    d.push(k);
    try { localStorage.setItem(KEY, JSON.stringify(d.slice(-50))); } catch (e) { /* private mode: forget */ }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }
  customElements.define('portal-banner', class extends HTMLElement {
    show(items, lang) {
      var t = L[lang] || L.nl, root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      var fmt = new Intl.DateTimeFormat(lang + '-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' });
      var gone = dismissed(), box = el('section');
      box.setAttribute('aria-label', t.region);
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } catch (e) { box.appendChild(el('style', null, CSS)); }
      items.forEach(function (it) {
        var k = it.id + '@' + it.version;
        if (gone.indexOf(k) >= 0) { return; }
        var row = el('div', 'i ' + it.severity), text = el('div', 't');
        row.setAttribute('role', it.severity === 'CRITICAL' ? 'alert' : 'status');
        row.setAttribute('data-id', it.id);
        text.appendChild(el('strong', null, it.title));
        if (it.message) { text.appendChild(el('p', null, it.message)); }
        if (it.startsAt) {
          var when = fmt.format(new Date(it.startsAt));
          if (it.endsAt) { when += ' ' + t.until + ' ' + fmt.format(new Date(it.endsAt)); }
          text.appendChild(el('p', 'w', when));
        }
        var close = el('button', null, t.close);
        close.type = 'button';
        close.setAttribute('aria-label', t.close + ': ' + it.title);
        function dismiss() {
          remember(k);
          var next = row.nextElementSibling || row.previousElementSibling;
          row.remove();
          if (next && next.querySelector) { next.querySelector('button').focus(); }
        }
        close.addEventListener('click', dismiss);
        row.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.preventDefault(); dismiss(); } });
        row.appendChild(text);
        row.appendChild(close);
        box.appendChild(row);
      });
      root.replaceChildren(box);
    }
  });
  var lang = (script.getAttribute('data-lang') || document.documentElement.lang || 'nl').slice(0, 2).toLowerCase();
  if (lang !== 'en') { lang = 'nl'; }
  var product = script.getAttribute('data-product');
  if (product) { api.searchParams.set('product', product); }
  api.searchParams.set('lang', lang);
  var host = document.createElement('portal-banner');
  if (script.parentNode && script.parentNode !== document.head) {
    script.parentNode.insertBefore(host, script);
  }
  fetch(api.href, { credentials: 'omit' })
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(function (items) {
      if (!Array.isArray(items) || !items.length) { return; }
      if (!host.isConnected) {
        var place = function () { document.body.insertBefore(host, document.body.firstChild); host.show(items, lang); };
        if (document.body) { place(); } else { document.addEventListener('DOMContentLoaded', place); }
        return;
      }
      host.show(items, lang);
    })
    .catch(function () { /* the portal is unreachable: the login page goes on without a banner */ });
})();
