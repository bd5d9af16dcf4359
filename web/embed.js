// Direct mount for host pages: mounts a scorecard into every
// <div data-scorecard="<id>"> inside a shadow root, so neither the host's CSS
// nor ours crosses over. A named scorecard is read from data/<id>.json beside
// this file, or from data-src (https or this origin; read and checked by the
// engine, which shows why when it cannot be). Options: data-lang,
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

  const attr = (el, name) => (el.getAttribute(name) || '').slice(0, name === 'data-src' ? 2048 : 200);

  // Every <div data-scorecard> not mounted yet, with its attributes as options.
  function mountAll() {
    for (const el of document.querySelectorAll('[data-scorecard]')) {
      if (el.shadowRoot || el.hasAttribute('data-scorecard-mounted')) continue;
      el.setAttribute('data-scorecard-mounted', '');
      const inline = el.querySelector('script[type="application/json"][data-scorecard-data]');
      const o = { id: attr(el, 'data-scorecard') };
      for (const k of ['lang', 'theme', 'view', 'section', 'metric', 'src']) {
        const v = attr(el, `data-${k}`);
        if (v) o[k] = v;
      }
      for (const k of ['plain', 'transparent']) o[k] = el.hasAttribute(`data-${k}`);
      // An invalid or unread scorecard shows its problems in place; a bad
      // attribute is said here.
      mount(el, o, inline && inline.textContent).catch((e) => {
        if (String(e).includes('options.')) console.error(`scorecard embed.js: data-${String(e).slice(8)}`);
      });
    }
  }

  const styled = (link) =>
    new Promise((done) => {
      link.onload = done;
      link.onerror = done;
    });

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
  // resolves to a handle; bad options or data reject, never throw. `inline`:
  // a page's own scorecard text.
  async function mount(el, options = {}, inline) {
    if (!(el instanceof HTMLElement)) throw new Error('ScorecardEmbed.mount: the first argument must be an element');
    const m = await load();
    const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(CSS, base).href;
    const host = document.createElement('div');
    root.replaceChildren(link, host);
    await styled(link);
    look(host, options);
    const handle =
      typeof inline === 'string' || options.data !== undefined
        ? m.mountHandle(host, el, inline ?? JSON.stringify(options.data) ?? '', pairs(options))
        : await m.mountRead(host, el, options.src ? String(options.src) : undefined, String(options.id || 'lingling-2020'), base.href, pairs(options));
    let gone = false;
    return {
      set: async (o) => {
        if (gone) throw new Error('ScorecardEmbed: this scorecard was destroyed');
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
        if (gone) return;
        gone = true;
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
