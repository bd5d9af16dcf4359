// Direct mount for host pages: mounts a scorecard into every
// <div data-scorecard="<id>"> inside a shadow root, so neither the host's CSS
// nor ours crosses over. A named scorecard is read from data/<id>.json beside
// this file. Options: data-lang, data-theme, data-section. A
// scorecard may come inline from the host page:
//   <div data-scorecard><script type="application/json" data-scorecard-data>{…}</script></div>
// `cargo xtask dist` fills in the hashed file names below.
(() => {
  'use strict';
  const GLUE = '__SCORECARD_GLUE__';
  const WASM = '__SCORECARD_WASM__';
  const CSS = '__SCORECARD_CSS__';
  // A module script has no document.currentScript: find the tag by its name.
  const tag =
    document.currentScript ||
    [...document.querySelectorAll('script[src]')].find((s) => /(^|\/)embed\.js([?#]|$)/.test(s.src));
  if (!tag) {
    console.error('scorecard embed.js: cannot tell where it was loaded from; load it as <script src=".../embed.js" defer>');
  }
  const base = new URL('.', (tag && tag.src) || location.href);
  let module;

  function load() {
    module = module || import(new URL(GLUE, base).href).then(async (m) => {
      await m.default({ module_or_path: new URL(WASM, base) });
      return m;
    });
    return module;
  }

  // Ids are checked before they become a path; a failed fetch becomes an
  // empty file, which the validator reports in the page.
  async function fetchData(id) {
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(id)) return '';
    try {
      const res = await fetch(new URL(`data/${id}.json`, base));
      return res.ok ? await res.text() : '';
    } catch {
      return '';
    }
  }

  function attr(el, name) {
    const v = el.getAttribute(name);
    return typeof v === 'string' ? v.slice(0, 200) : '';
  }

  async function mountAll() {
    const targets = [...document.querySelectorAll('[data-scorecard]')].filter(
      (el) => !el.shadowRoot && !el.hasAttribute('data-scorecard-mounted'),
    );
    if (!targets.length) return;
    const m = await load();
    for (const el of targets) {
      el.setAttribute('data-scorecard-mounted', '');
      const inline = el.querySelector('script[type="application/json"][data-scorecard-data]');
      const root = el.attachShadow({ mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(CSS, base).href;
      const host = document.createElement('div');
      root.append(link, host);
      const id = attr(el, 'data-scorecard') || 'lingling-2020';
      const [json] = await Promise.all([
        inline ? inline.textContent : fetchData(id),
        new Promise((done) => {
          link.onload = done;
          link.onerror = done;
        }),
      ]);
      m.mountScorecard(
        host,
        attr(el, 'data-scorecard'),
        attr(el, 'data-lang'),
        attr(el, 'data-theme'),
        attr(el, 'data-section'),
        json,
      );
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
  } else {
    mountAll();
  }
})();
