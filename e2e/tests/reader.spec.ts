// What a reader does with the scorecard, checked against the bundled JSON.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ScorecardPage } from '../pages/scorecard';
import { allMetrics, en, exact, grouped, lingling, statedZhPlain, zh } from '../lib/data';

const sections = lingling.sections.filter((s) => s.kind !== 'headline');
const headline = lingling.sections.find((s) => s.kind === 'headline')!;
const plainPeople = allMetrics().find((m) => m.unit === '人' && !m.qualifier && m.value >= 1000)!;

test.afterEach(async ({ page }, info) => {
  // Each test registers its page object on info for this check.
  const sc = (info as unknown as { sc?: ScorecardPage }).sc;
  if (sc) sc.expectNoErrors();
  void page;
});

function open(page, info) {
  const sc = new ScorecardPage(page);
  (info as unknown as { sc?: ScorecardPage }).sc = sc;
  return sc;
}

test('headline cards show the article figures as stated', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto();
  for (const m of headline.metrics ?? []) {
    await expect(sc.cardLabel(m.id).first()).toHaveText(zh(m.label));
    if (!m.qualifier && !m.unit.startsWith('万') && !m.unit.startsWith('亿')) {
      await expect(sc.cardValue(m.id).first()).toHaveText(statedZhPlain(m));
    }
  }
  const incidence = headline.metrics!.find((m) => m.unit === '%' && (m.series?.length ?? 0) >= 2)!;
  const [a, b] = [incidence.series![0], incidence.series!.at(-1)!];
  const pp = Math.abs(b.value - a.value).toFixed(2).replace(/\.?0+$/, '');
  await expect(sc.card(incidence.id).first().getByTestId('derived')).toContainText(`下降 ${pp} 个百分点`);
  await expect(sc.card(incidence.id).first().getByTestId('line-chart')).toBeVisible();
  // The chart's numbers, as a table for screen readers.
  const rows = sc.card(incidence.id).first().getByTestId('chart-table').locator('tbody tr');
  await expect(rows).toHaveCount(incidence.series!.length);
  await expect(rows.first()).toContainText(`${a.year}`);
  await expect(rows.first()).toContainText(`${a.value}%`);
});

test('each section tab shows every card of that section and is a URL', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto();
  for (const s of sections) {
    await sc.sectionTab(s.id).click();
    await expect(page).toHaveURL(new RegExp(`[?&]section=${s.id}`));
    const panel = page.locator(`[data-testid="section-panel"][data-section-id="${s.id}"]`);
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('metric-card')).toHaveCount(s.metrics?.length ?? 0);
    await expect(panel.getByTestId('item')).toHaveCount(s.items?.length ?? 0);
  }
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`section=${sections.at(-2)!.id}`));
  await expect(
    page.locator(`[data-testid="section-panel"][data-section-id="${sections.at(-2)!.id}"]`),
  ).toBeVisible();
});

test('the source control reveals the verbatim sentence', async ({ page }, info) => {
  const sc = open(page, info);
  const m = sections[2].metrics![0];
  await sc.goto({ section: sections[2].id });
  const card = sc.card(m.id);
  await expect(card.getByTestId('metric-quote')).toBeHidden();
  await card.getByTestId('source-toggle').click();
  await expect(card.getByTestId('metric-quote')).toHaveText(m.quote);
  await expect(card.getByTestId('source-toggle')).toHaveAttribute('aria-expanded', 'true');
});

test('English switches labels and number style', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto();
  await sc.setLang('en');
  await expect(page).toHaveURL(/lang=en/);
  await expect(sc.title()).toHaveText(en(lingling.title));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const id = plainPeople.id;
  await sc.goto({ lang: 'en', metric: id });
  await expect(sc.cardLabel(id).first()).toHaveText(en(plainPeople.label));
  await expect(sc.cardValue(id).first()).toHaveText(`${grouped(plainPeople.value)} people`);
  const billions = allMetrics().find((m) => m.unit === '亿元' && !m.qualifier)!;
  await sc.goto({ lang: 'en', metric: billions.id });
  const millions = +(exact(billions) / 1e6).toFixed(6);
  await expect(sc.cardValue(billions.id).first()).toHaveText(`CNY ${grouped(millions)} million`);
});

test('a metric link opens its section and highlights the card', async ({ page }, info) => {
  const sc = open(page, info);
  const s = sections.at(-1)!;
  const m = s.metrics!.at(-1)!;
  await sc.goto({ metric: m.id });
  const card = sc.card(m.id);
  await expect(card).toBeVisible();
  await expect(card).toHaveClass(/sc-highlight/);
  await expect(card).toBeInViewport();
});

test('search counts matches across sections and has an empty state', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto();
  const q = '光伏';
  const expected = allMetrics().filter((m) =>
    [zh(m.label), en(m.label), m.quote, m.period && zh(m.period), m.topic && zh(m.topic)]
      .filter(Boolean)
      .some((t) => (t as string).includes(q)),
  );
  expect(expected.length).toBeGreaterThan(1);
  await sc.search().fill(q);
  await expect(page.getByTestId('match-count')).toHaveText(new RegExp(`^${expected.length} `));
  await expect(page.getByTestId('search-results').getByTestId('metric-card')).toHaveCount(expected.length);
  await expect(page).toHaveURL(/q=/);
  await sc.search().fill('zzz-no-such-figure');
  await expect(page.getByTestId('search-results').getByTestId('metric-card')).toHaveCount(0);
  await expect(page.getByTestId('match-count')).toContainText('没有');
  await expect(page.getByTestId('match-count')).toHaveAttribute('aria-live', 'polite');
});

test('search results leave no empty cell before a later card', async ({ page }) => {
  // Three one-column cards, then one with a trend (two columns) among the
  // English matches of "poverty": at 1280 px its row would end in a gap.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lang=en&q=poverty');
  const cards = page.getByTestId('search-results').getByTestId('metric-card');
  await expect(cards.first()).toBeVisible();
  // Every match drawn (the rest of a page follows the first screenful).
  const matches = Number((await page.getByTestId('match-count').textContent())!.match(/\d+/)![0]);
  await expect(cards).toHaveCount(Math.min(matches, 60));
  const rows = await page.getByTestId('search-results').locator('.sc-grid').evaluate((grid) => {
    const columns = getComputedStyle(grid).gridTemplateColumns.split(' ').length;
    const width = grid.getBoundingClientRect().width;
    const byTop = new Map<number, number>();
    for (const card of grid.children) {
      const r = card.getBoundingClientRect();
      const top = Math.round(r.top);
      byTop.set(top, (byTop.get(top) ?? 0) + Math.round(r.width / (width / columns)));
    }
    return { columns, filled: [...byTop.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n) };
  });
  expect(rows.columns).toBeGreaterThan(2);
  expect(rows.filled.length).toBeGreaterThan(2);
  // Every row but the last is full.
  expect(rows.filled.slice(0, -1).every((n) => n === rows.columns), JSON.stringify(rows)).toBe(true);
});

test('the table lists every metric as stated, grouped by section, and sorts by value within each', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto({ view: 'table' });
  const rows = page.getByTestId('table-row');
  await expect(rows).toHaveCount(allMetrics().length);
  // One header row per section, read as a row group.
  await expect(page.locator('[data-testid="table-group"] th[scope="rowgroup"]')).toHaveCount(
    lingling.sections.filter((s) => (s.metrics?.length ?? 0) > 0).length,
  );
  const people = page.locator(`[data-testid="table-row"][data-metric-id="${plainPeople.id}"] [data-testid="as-stated"]`);
  await expect(people).toContainText(grouped(plainPeople.value));
  await page.locator('[data-testid="sort"][data-sort="value"]').click();
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);
  await expect(page).toHaveURL(/sort=value/);
  const sectionOf = new Map(
    lingling.sections.flatMap((s, i) => (s.metrics ?? []).map((m) => [m.id, i] as [string, number])),
  );
  const byId = new Map(allMetrics().map((m) => [m.id, exact(m)]));
  const groups = async () => {
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-metric-id')!));
    const out = new Map<number, number[]>();
    for (const id of ids) out.set(sectionOf.get(id)!, [...(out.get(sectionOf.get(id)!) ?? []), byId.get(id)!]);
    return [...out.values()];
  };
  for (const values of await groups()) expect(values).toEqual([...values].sort((a, b) => a - b));
  await page.locator('[data-testid="sort"][data-sort="value"]').click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  for (const values of await groups()) expect(values[0]).toBe(Math.max(...values));
  // A third click goes back to reading order.
  await page.locator('[data-testid="sort"][data-sort="value"]').click();
  await expect(page.locator('th[aria-sort]')).toHaveCount(0);
});

test('the table shows every series\' baseline and change, and speaks English in English', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto({ view: 'table', lang: 'en' });
  for (const m of allMetrics().filter((m) => (m.series?.length ?? 0) >= 2)) {
    const row = page.locator(`[data-testid="table-row"][data-metric-id="${m.id}"]`);
    await expect(row.getByTestId('table-baseline')).toContainText(String(m.series![0].year));
    await expect(row.getByTestId('table-change')).not.toBeEmpty();
  }
  // Outside quotes and names, no Chinese in the English table.
  const cjk = /[\u3400-\u9fff]/;
  for (const id of ['as-stated', 'table-unit', 'table-baseline', 'table-change']) {
    const texts = await page.getByTestId(id).allInnerTexts();
    expect(texts.filter((t) => cjk.test(t)), id).toEqual([]);
  }
});

test('checks list every relation with both sides', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto({ view: 'checks' });
  const composed = allMetrics().filter((m) => (m.parts?.length ?? 0) > 0).length;
  const expected = composed + (lingling.relations?.length ?? 0);
  await expect(page.getByTestId('check')).toHaveCount(expected);
  await expect(page.locator('[data-testid="check"][data-holds="true"]')).toHaveCount(expected);
  await expect(page.getByTestId('checks')).toContainText('3.38亿元 = 0.7亿元 + 1.29亿元 + 0.16亿元 + 1.23亿元');
});

test('CSV download holds every metric, UTF-8 with BOM', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto();
  await page.getByTestId('data-menu').locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  expect(download.suggestedFilename()).toBe(`${lingling.id}.csv`);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  for (const m of allMetrics()) expect(text).toContain(`,${m.id},`);
  const lines = text.trim().split('\r\n');
  expect(lines.length).toBe(allMetrics().length + 1);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  expect(JSON.parse(readFileSync(await json.path(), 'utf8')).id).toBe(lingling.id);
  await expect(page.getByTestId('citation')).toContainText(`${lingling.source.authors.join(', ')}. ${zh(lingling.source.outlet) && ''}`);
  await expect(page.getByTestId('citation')).toContainText('[EB/OL]');
  await expect(page.getByTestId('citation')).toContainText(lingling.source.url);
});

test('theme follows the system and ?theme= forces one', async ({ page }, info) => {
  const sc = open(page, info);
  await page.emulateMedia({ colorScheme: 'dark' });
  await sc.goto();
  const bg = () => page.getByTestId('scorecard').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await bg()).toBe('rgb(18, 18, 18)');
  // The page was rendered light at build time; the toggle catches up.
  await expect(page.getByTestId('theme-toggle')).toHaveAttribute('aria-pressed', 'true');
  await sc.goto({ theme: 'light' });
  expect(await bg()).toBe('rgb(251, 250, 247)');
  await page.emulateMedia({ colorScheme: 'light' });
  await sc.goto({ theme: 'dark' });
  expect(await bg()).toBe('rgb(18, 18, 18)');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('unknown URL values fall back to defaults without errors', async ({ page }, info) => {
  const sc = open(page, info);
  await sc.goto('?lang=fr&view=nope&section=NOPE&metric=zzz&theme=pink&card=none&sort=x');
  await expect(sc.title()).toHaveText(zh(lingling.title));
  await expect(page.locator(`[data-testid="section-panel"][data-section-id="${sections[0].id}"]`)).toBeVisible();
});
