// Direct mount for host pages: mounts a scorecard into every
// <div data-scorecard="<id>"> inside a shadow root, so neither the host's CSS
// nor ours crosses over. A named scorecard is read from data/<id>.json beside
// this file, or from data-src (https or this origin). Options: data-lang,
// data-theme (light, dark, auto), data-view, data-section, data-metric,
// data-plain, data-transparent. A
// scorecard may come inline from the host page:
//   <div data-scorecard><script type="application/json" data-scorecard-data>{…}</script></div>
// Scripts use the API instead (README, "JavaScript API"):
//   const card = await ScorecardEmbed.mount(el, { data | src | id, lang, theme, view, section });
//   card.set({ lang: 'en' }); card.data(); card.destroy();
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
      const src = attr(el, 'data-src');
      const [json] = await Promise.all([
        inline ? inline.textContent : src ? fetchSrc(src).catch(() => '') : fetchData(id),
        new Promise((done) => {
          link.onload = done;
          link.onerror = done;
        }),
      ]);
      const options = ['lang', 'theme', 'view', 'section', 'metric']
        .map((k) => [k, attr(el, `data-${k}`)])
        .filter(([, v]) => v);
      look(host, { plain: el.hasAttribute('data-plain'), transparent: el.hasAttribute('data-transparent') });
      try {
        m.mountHandle(host, el, json, options);
      } catch (e) {
        // An invalid scorecard shows its problems in place; a bad attribute
        // is said here.
        if (String(e).includes('options.')) console.error(`scorecard embed.js: data-${String(e).slice(8)}`);
      }
    }
  }

  // A scorecard file from another origin (https only) or this one.
  async function fetchSrc(src) {
    const url = new URL(src, location.href);
    if (url.protocol !== 'https:' && url.origin !== location.origin) {
      throw new Error(`ScorecardEmbed: src must be an https: URL or on this page's origin (${url.protocol})`);
    }
    const res = await fetch(url);
    if (!res.ok) throw new Error(`ScorecardEmbed: ${url.href} answered ${res.status}`);
    return res.text();
  }

  const SOURCES = ['data', 'src', 'id', 'transparent', 'plain'];
  // transparent: no background of our own; plain: the figures only.
  const look = (host, o) => {
    for (const flag of ['transparent', 'plain']) {
      if (o && flag in o) host.classList.toggle(`sc-${flag}`, o[flag] === true || o[flag] === 'true');
    }
  };
  const pairs = (o) =>
    Object.entries(o || {})
      .filter(([k]) => !SOURCES.includes(k))
      .map(([k, v]) => [k, String(v)]);

  // Mounts into `el` (a shadow root of its own; again on a later call) and
  // resolves to a handle; bad options or data reject, never throw.
  async function mount(el, options = {}) {
    if (!(el instanceof HTMLElement)) throw new Error('ScorecardEmbed.mount: the first argument must be an element');
    const m = await load();
    const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(CSS, base).href;
    const host = document.createElement('div');
    root.replaceChildren(link, host);
    const styled = new Promise((done) => {
      link.onload = done;
      link.onerror = done;
    });
    const json =
      options.data !== undefined
        ? JSON.stringify(options.data)
        : options.src
          ? await fetchSrc(options.src)
          : await fetchData(options.id || 'lingling-2020');
    await styled;
    look(host, options);
    const handle = m.mountHandle(host, el, json ?? '', pairs(options));
    return {
      set: async (o) => {
        handle.set(pairs(o));
        look(host, o);
      },
      data: () => {
        try {
          return handle.data();
        } catch {
          return null; // destroyed
        }
      },
      destroy: () => {
        handle.destroy();
        handle.free();
        root.replaceChildren();
      },
    };
  }
  window.ScorecardEmbed = { mount };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
  } else {
    mountAll();
  }
})();
