// The vanilla-JS reference for `cargo xtask bench`: the same cards view
// (headline strip, section tabs, the current section's cards), search across
// every section and sortable table as the app, over the same data block, with
// the same data-testids, class names and markup per card and row (label,
// value with unit and qualifier, period, quote). Plain DOM code as a careful
// developer would write it without a framework: render what the state asks
// for with createElement and textContent, re-render a region when its state
// changes, one delegated listener per event type. No windowing, no caching of
// rendered nodes, no tricks.
'use strict';

(() => {
  const block = document.querySelector('script[data-scorecard-bundle]');
  const sc = JSON.parse(block.textContent);

  const FACTOR = { '万': 1e4, '亿': 1e8 };
  const BEFORE_NUMBER = new Set(['超过', '近', '约']);
  const AFTER_NUMBER = new Set(['余', '多']);

  const zh = (t) => (t == null ? '' : typeof t === 'string' ? t : t.zh);

  // Every metric once, in reading order, with what sorting and search need.
  const rows = [];
  sc.sections.forEach((section, si) => {
    (section.metrics || []).forEach((m, mi) => {
      const magnitude = FACTOR[m.unit[0]] ? m.unit[0] : '';
      const decimals = (String(m.value).split('.')[1] || '').length;
      rows.push({
        m,
        si,
        mi,
        order: rows.length,
        section,
        magnitude,
        base: m.unit.slice(magnitude.length),
        exact: m.value * (FACTOR[magnitude] || 1),
        digits: groupDigits(m.value, decimals),
      });
    });
  });

  function groupDigits(value, decimals) {
    const [int, frac] = Math.abs(value).toFixed(decimals).split('.');
    let out = value < 0 ? '-' : '';
    for (let i = 0; i < int.length; i++) {
      if (i > 0 && (int.length - i) % 3 === 0) out += ',';
      out += int[i];
    }
    return frac ? `${out}.${frac}` : out;
  }

  // 超过3.38亿元, 1.3万余个, 15,000元以上
  function stated(r) {
    const q = r.m.qualifier || '';
    const before = BEFORE_NUMBER.has(q) ? q : '';
    const afterNumber = AFTER_NUMBER.has(q) ? q : '';
    const afterUnit = q && !before && !afterNumber ? q : '';
    return `${before}${r.digits}${r.magnitude}${afterNumber}${r.base}${afterUnit}`;
  }

  // The table's "as stated" column: without the base unit.
  function statedNumber(r) {
    const q = r.m.qualifier || '';
    return BEFORE_NUMBER.has(q) ? `${q}${r.digits}${r.magnitude}` : `${r.digits}${r.magnitude}${q}`;
  }

  let haystacks = null;
  function haystackOf(r) {
    const m = r.m;
    const parts = [];
    for (const t of [m.label, m.period, m.topic]) {
      if (t == null) continue;
      parts.push(zh(t));
      if (typeof t === 'object' && t.en) parts.push(t.en);
    }
    parts.push(m.unit, stated(r), m.quote);
    return parts.join('\n').toLowerCase();
  }

  // ---- state, from and to the URL -----------------------------------------
  const params = new URLSearchParams(location.search);
  const nonHeadline = sc.sections.filter((s) => s.kind !== 'headline');
  const sortParam = params.get('sort') || 'section';
  const state = {
    view: params.get('view') === 'table' ? 'table' : 'cards',
    section: nonHeadline.some((s) => s.id === params.get('section'))
      ? params.get('section')
      : nonHeadline[0]?.id,
    q: params.get('q') || '',
    sortKey: sortParam.replace(/^-/, ''),
    sortDesc: sortParam.startsWith('-'),
  };

  function writeUrl() {
    const p = new URLSearchParams();
    if (state.view !== 'cards') p.set('view', state.view);
    if (state.section && state.section !== nonHeadline[0]?.id) p.set('section', state.section);
    if (state.q) p.set('q', state.q);
    if (state.sortKey !== 'section' || state.sortDesc) {
      p.set('sort', `${state.sortDesc ? '-' : ''}${state.sortKey}`);
    }
    const query = p.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  // ---- DOM helpers ----------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === false || v == null) continue;
        if (k === 'class') node.className = v;
        else node.setAttribute(k, v === true ? '' : v);
      }
    }
    for (const child of children) {
      if (child == null || child === false) continue;
      node.append(child);
    }
    return node;
  }

  function card(r, large) {
    const m = r.m;
    const quoteId = `q-${m.id}`;
    return el(
      'article',
      {
        class: large ? 'sc-card sc-card-large' : 'sc-card',
        id: `m-${m.id}`,
        'data-testid': 'metric-card',
        'data-metric-id': m.id,
      },
      el('h3', { class: 'sc-label', 'data-testid': 'metric-label' }, zh(m.label)),
      el('p', { class: 'sc-value', 'data-testid': 'metric-value' }, stated(r)),
      m.period != null && el('p', { class: 'sc-period' }, zh(m.period)),
      el(
        'div',
        { class: 'sc-actions' },
        el(
          'button',
          {
            type: 'button',
            class: 'sc-link-btn',
            'data-testid': 'source-toggle',
            'aria-expanded': 'false',
            'aria-controls': quoteId,
          },
          '原文',
        ),
      ),
      el(
        'blockquote',
        { class: 'sc-quote', id: quoteId, hidden: true, lang: 'zh-CN', 'data-testid': 'metric-quote' },
        el('p', null, m.quote),
      ),
    );
  }

  function items(list) {
    if (!list || list.length === 0) return null;
    return el(
      'div',
      { class: 'sc-items' },
      el('h3', null, '机制与做法'),
      el('ul', null, ...list.map((i) => el('li', { 'data-testid': 'item', 'data-item-id': i.id }, zh(i.name)))),
    );
  }

  // ---- views ----------------------------------------------------------------
  const app = document.getElementById('app');
  const main = el('main', { class: 'sc-main', id: 'sc-main' });
  const search = el('input', {
    id: 'sc-q',
    type: 'search',
    'data-testid': 'search',
    autocomplete: 'off',
    placeholder: '如：光伏、危房、万元',
  });
  search.value = state.q;
  const viewButtons = ['cards', 'table'].map((v) =>
    el('button', { type: 'button', 'data-testid': 'view-switch', 'data-view': v }, v === 'cards' ? '卡片' : '表格'),
  );
  app.append(
    el(
      'div',
      { class: 'sc-root', lang: 'zh-CN', 'data-testid': 'scorecard' },
      el(
        'header',
        { class: 'sc-header' },
        el('h1', { 'data-testid': 'title' }, zh(sc.title)),
        sc.subtitle && el('p', { class: 'sc-subtitle' }, zh(sc.subtitle)),
      ),
      el(
        'div',
        { class: 'sc-toolbar', role: 'group', 'aria-label': '视图' },
        el('div', { class: 'sc-seg', role: 'group', 'aria-label': '视图' }, ...viewButtons),
        el('div', { class: 'sc-search', role: 'search' }, el('label', { for: 'sc-q' }, '搜索'), search),
      ),
      main,
    ),
  );

  function sectionTabs() {
    return el(
      'nav',
      { class: 'sc-sections', 'aria-label': '板块' },
      el(
        'ul',
        null,
        ...nonHeadline.map((s) =>
          el(
            'li',
            null,
            el(
              'button',
              {
                type: 'button',
                'data-testid': 'section-tab',
                'data-section-id': s.id,
                'aria-current': s.id === state.section ? 'true' : null,
              },
              zh(s.title),
              el('span', { class: 'sc-count' }, String((s.metrics || []).length)),
            ),
          ),
        ),
      ),
    );
  }

  function sectionPanel() {
    const section = nonHeadline.find((s) => s.id === state.section);
    const panel = el('section', {
      class: 'sc-section',
      'aria-labelledby': 'sc-section-h',
      'data-testid': 'section-panel',
      'data-section-id': section ? section.id : '',
    });
    if (!section) return panel;
    panel.append(el('h2', { id: 'sc-section-h' }, zh(section.title)));
    if (section.focus) panel.append(el('p', { class: 'sc-focus' }, zh(section.focus)));
    // Cards grouped by topic, groups in order of first appearance.
    const groups = new Map();
    for (const r of rows) {
      if (r.section !== section) continue;
      const key = r.m.topic == null ? '' : zh(r.m.topic);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(r);
    }
    for (const [topic, list] of groups) {
      if (topic) panel.append(el('h3', { class: 'sc-topic' }, topic));
      panel.append(el('div', { class: 'sc-grid' }, ...list.map((r) => card(r, false))));
    }
    const list = items(section.items);
    if (list) panel.append(list);
    return panel;
  }

  function headline() {
    return sc.sections
      .filter((s) => s.kind === 'headline')
      .map((s) =>
        el(
          'section',
          { class: 'sc-headline', 'data-testid': 'headline' },
          el('h2', null, zh(s.title)),
          el(
            'div',
            { class: 'sc-grid sc-grid-large' },
            ...rows.filter((r) => r.section === s).map((r) => card(r, true)),
          ),
        ),
      );
  }

  function searchResults() {
    if (!haystacks) haystacks = rows.map(haystackOf);
    const terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = rows.filter((_, i) => terms.every((t) => haystacks[i].includes(t)));
    const clear = el('button', { type: 'button', class: 'sc-clear', 'data-action': 'clear' }, '清除搜索');
    return el(
      'section',
      { class: 'sc-results', 'data-testid': 'search-results' },
      el(
        'p',
        { class: 'sc-match-count', role: 'status', 'aria-live': 'polite', 'data-testid': 'match-count' },
        matches.length ? `${matches.length} 项数据符合` : '没有符合的数据。换个词试试。',
      ),
      clear,
      el('div', { class: 'sc-grid' }, ...matches.map((r) => card(r, false))),
    );
  }

  const COLUMNS = [
    ['section', '板块'],
    ['label', '数据'],
    ['value', '原文表述'],
    ['unit', '单位'],
  ];

  function sortedRows() {
    const key = state.sortKey;
    const cmp = {
      section: () => 0,
      label: (a, b) => (zh(a.m.label) < zh(b.m.label) ? -1 : zh(a.m.label) > zh(b.m.label) ? 1 : 0),
      value: (a, b) => a.exact - b.exact,
      unit: (a, b) => (a.m.unit < b.m.unit ? -1 : a.m.unit > b.m.unit ? 1 : 0),
    }[key] || (() => 0);
    const sign = state.sortDesc ? -1 : 1;
    return [...rows].sort((a, b) => sign * cmp(a, b) || (key === 'section' ? sign : 1) * (a.order - b.order));
  }

  function table() {
    const head = el(
      'tr',
      null,
      ...COLUMNS.map(([key, label]) => {
        const current = state.sortKey === key;
        return el(
          'th',
          { scope: 'col', 'aria-sort': current ? (state.sortDesc ? 'descending' : 'ascending') : null },
          el(
            'button',
            { type: 'button', 'data-testid': 'sort', 'data-sort': key },
            label,
            el('span', { 'aria-hidden': 'true', class: 'sc-sort-mark' }, !current ? '↕' : state.sortDesc ? '↓' : '↑'),
          ),
        );
      }),
      el('th', { scope: 'col' }, '时间'),
      el('th', { scope: 'col' }, '原文'),
    );
    const body = el(
      'tbody',
      null,
      ...sortedRows().map((r) =>
        el(
          'tr',
          { 'data-testid': 'table-row', 'data-metric-id': r.m.id },
          el('td', null, zh(r.section.title)),
          el('th', { scope: 'row' }, zh(r.m.label)),
          el('td', { class: 'sc-num', lang: 'zh-CN', 'data-testid': 'as-stated' }, statedNumber(r)),
          el('td', { lang: 'zh-CN' }, r.m.unit),
          el('td', null, r.m.period == null ? '' : zh(r.m.period)),
          el('td', { class: 'sc-quote-cell', lang: 'zh-CN' }, r.m.quote),
        ),
      ),
    );
    return el(
      'div',
      { class: 'sc-table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'sc-table-caption' },
      el(
        'table',
        { class: 'sc-table', 'data-testid': 'metric-table' },
        el('caption', { id: 'sc-table-caption' }, '全部数据'),
        el('thead', null, head),
        body,
      ),
    );
  }

  function render() {
    for (const b of viewButtons) b.setAttribute('aria-pressed', String(b.dataset.view === state.view));
    if (state.view === 'table') {
      main.replaceChildren(table());
    } else if (state.q.trim()) {
      main.replaceChildren(searchResults());
    } else {
      main.replaceChildren(...headline(), sectionTabs(), sectionPanel());
    }
  }

  // ---- events ---------------------------------------------------------------
  search.addEventListener('input', () => {
    state.q = search.value;
    state.view = 'cards';
    writeUrl();
    render();
  });

  app.addEventListener('click', (event) => {
    const target = event.target.closest('button');
    if (!target) return;
    const testid = target.dataset.testid;
    if (testid === 'section-tab') {
      state.section = target.dataset.sectionId;
      writeUrl();
      // Only the tabs' current marker and the panel change.
      for (const tab of main.querySelectorAll('[data-testid="section-tab"]')) {
        if (tab.dataset.sectionId === state.section) tab.setAttribute('aria-current', 'true');
        else tab.removeAttribute('aria-current');
      }
      main.querySelector('[data-testid="section-panel"]').replaceWith(sectionPanel());
    } else if (testid === 'sort') {
      const key = target.dataset.sort;
      state.sortDesc = state.sortKey === key ? !state.sortDesc : false;
      state.sortKey = key;
      writeUrl();
      render();
    } else if (testid === 'view-switch') {
      state.view = target.dataset.view;
      writeUrl();
      render();
    } else if (testid === 'source-toggle') {
      const quote = document.getElementById(target.getAttribute('aria-controls'));
      const open = target.getAttribute('aria-expanded') !== 'true';
      target.setAttribute('aria-expanded', String(open));
      target.textContent = open ? '收起原文' : '原文';
      quote.hidden = !open;
    } else if (target.dataset.action === 'clear') {
      state.q = '';
      search.value = '';
      writeUrl();
      render();
    }
  });

  render();
})();
