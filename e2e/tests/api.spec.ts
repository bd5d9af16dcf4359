// The host's JavaScript API (embed.js): ScorecardEmbed.mount returns a
// handle that changes options live, gives the data back and unmounts;
// the host element receives scorecard:* events with a documented detail.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dataPath, en, lingling, zh } from '../lib/data';

async function open(page: Page) {
  await page.goto('/hosts/api.html');
  await page.waitForFunction(() => 'ScorecardEmbed' in window);
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { received: { type: string; detail: Record<string, unknown> }[] }).received);

test('a host mounts a scorecard given as a JS object, changes it live, reads its data and destroys it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page);
  await page.evaluate(async (data) => {
    const w = window as unknown as { card: unknown; ScorecardEmbed: { mount: (el: Element, o: object) => Promise<unknown> } };
    w.card = await w.ScorecardEmbed.mount(document.getElementById('slot')!, { data, lang: 'zh', theme: 'light' });
  }, lingling);
  const slot = page.locator('#slot');
  await expect(slot.getByTestId('title')).toHaveText(zh(lingling.title));
  let got = await events(page);
  expect(got[0]).toEqual({
    type: 'scorecard:ready',
    detail: { id: lingling.id, title: zh(lingling.title), figures: lingling.sections.flatMap((s) => s.metrics ?? []).length },
  });

  // Language and theme, live.
  await page.evaluate(() => (window as unknown as { card: { set: (o: object) => Promise<void> } }).card.set({ lang: 'en', theme: 'dark', view: 'table' }));
  await expect(slot.getByTestId('scorecard')).toHaveAttribute('data-theme', 'dark');
  await expect(slot.getByTestId('metric-table')).toBeVisible();
  got = await events(page);
  expect(got.at(-1)).toEqual({ type: 'scorecard:view', detail: { view: 'table', section: null, lang: 'en', query: '' } });

  // Bad options reject and change nothing.
  const rejected = await page.evaluate(() =>
    (window as unknown as { card: { set: (o: object) => Promise<void> } }).card.set({ theme: 'blue' }).then(() => '', (e) => String(e)),
  );
  expect(rejected).toContain('options.theme');
  await expect(slot.getByTestId('scorecard')).toHaveAttribute('data-theme', 'dark');

  // The data as a plain object.
  const id = await page.evaluate(() => (window as unknown as { card: { data: () => { id: string } } }).card.data().id);
  expect(id).toBe(lingling.id);

  // A reader opens a figure's source: the host hears which figure.
  await page.evaluate(() => (window as unknown as { card: { set: (o: object) => Promise<void> } }).card.set({ view: 'cards' }));
  const card = slot.getByTestId('metric-card').first();
  const metricId = await card.getAttribute('data-metric-id');
  await card.getByTestId('source-toggle').click();
  await expect.poll(async () => (await events(page)).at(-1)?.type).toBe('scorecard:select');
  const metric = lingling.sections.flatMap((s) => s.metrics ?? []).find((m) => m.id === metricId)!;
  expect((await events(page)).at(-1)!.detail).toEqual({ id: metric.id, label: en(metric.label), value: metric.value, unit: metric.unit });

  await page.evaluate(() => (window as unknown as { card: { destroy: () => void } }).card.destroy());
  await expect(slot.getByTestId('scorecard')).toHaveCount(0);
  // After destroy: a second destroy does nothing, set says why it cannot,
  // data is null; nothing throws into the host but that rejection.
  const after = await page.evaluate(async () => {
    const card = (window as unknown as { card: { destroy: () => void; set: (o: object) => Promise<void>; data: () => unknown } }).card;
    card.destroy();
    const set = await card.set({ lang: 'zh' }).then(() => 'resolved', (e: Error) => e.message);
    return { set, data: card.data() };
  });
  expect(after).toEqual({ set: 'ScorecardEmbed: this scorecard was destroyed', data: null });
  expect(errors).toEqual([]);
});

test('plain shows the figures only; transparent drops our background', async ({ page }) => {
  await open(page);
  await page.evaluate(async () => {
    const w = window as unknown as { card: unknown; ScorecardEmbed: { mount: (el: Element, o: object) => Promise<unknown> } };
    w.card = await w.ScorecardEmbed.mount(document.getElementById('slot')!, { id: 'lingling-2020', plain: true, transparent: true });
  });
  const slot = page.locator('#slot');
  await expect(slot.getByTestId('metric-card').first()).toBeVisible();
  await expect(slot.getByTestId('title')).toBeHidden();
  await expect(slot.getByTestId('scorecard')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await page.evaluate(() => (window as unknown as { card: { set: (o: object) => Promise<void> } }).card.set({ plain: false }));
  await expect(slot.getByTestId('title')).toBeVisible();
});

test('mounting and destroying 100 times leaves nothing behind', async ({ page }) => {
  await open(page);
  const after = await page.evaluate(async () => {
    const w = window as unknown as { ScorecardEmbed: { mount: (el: Element, o: object) => Promise<{ destroy: () => void }> } };
    const slot = document.getElementById('slot')!;
    for (let i = 0; i < 100; i++) {
      const card = await w.ScorecardEmbed.mount(slot, { id: 'lingling-2020', lang: i % 2 ? 'en' : 'zh' });
      card.destroy();
    }
    return { nodes: slot.shadowRoot!.childNodes.length, ready: (window as unknown as { received: { type: string }[] }).received.filter((e) => e.type === 'scorecard:ready').length };
  });
  expect(after).toEqual({ nodes: 0, ready: 100 });
});

test('an invalid scorecard rejects, shows the error panel and tells the host', async ({ page }) => {
  await open(page);
  const message = await page.evaluate(async () => {
    const w = window as unknown as { ScorecardEmbed: { mount: (el: Element, o: object) => Promise<unknown> } };
    return w.ScorecardEmbed.mount(document.getElementById('slot')!, { data: { id: 'x' } }).then(() => '', (e) => String(e));
  });
  expect(message).toContain('the scorecard cannot be shown');
  await expect(page.locator('#slot').getByTestId('error-panel')).toBeVisible();
  const got = await events(page);
  expect(got.at(-1)?.type).toBe('scorecard:error');
  expect((got.at(-1)?.detail.problems as unknown[]).length).toBeGreaterThan(0);
});

test('src: only https or this origin; an unread file or a bad id shows why, in the reader\'s language', async ({ page }) => {
  await open(page);
  const mount = (o: object) =>
    page.evaluate(async (o) => {
      const w = window as unknown as { ScorecardEmbed: { mount: (el: Element, o: object) => Promise<unknown> } };
      return w.ScorecardEmbed.mount(document.getElementById('slot')!, o).then(() => 'mounted', (e) => String(e));
    }, o);
  const slot = page.locator('#slot');
  const cases = [
    { o: { src: 'javascript:alert(1)', lang: 'en' }, says: 'is neither an https: address nor on this page\'s origin', kind: 'unreachable' },
    { o: { src: '/data/no-such-scorecard.json', lang: 'zh' }, says: '返回 HTTP 404', kind: 'unreachable' },
    { o: { id: '../index', lang: 'en' }, says: 'is not an id', kind: 'invalid-value' },
  ];
  for (const c of cases) {
    expect(await mount(c.o)).toContain('the scorecard cannot be shown');
    await expect(slot.getByTestId('problem')).toHaveAttribute('data-kind', c.kind);
    await expect(slot.getByTestId('problem')).toContainText(c.says);
    await expect(slot.getByTestId('metric-card')).toHaveCount(0);
    expect((await events(page)).at(-1)?.type).toBe('scorecard:error');
  }
  expect(await mount({ src: '/data/anhua-agriculture-2021.json' })).toBe('mounted');
  await expect(slot.getByTestId('title')).toBeVisible();
});

test('hosts without scripts of their own: data-src, data-view and data-plain', async ({ page }) => {
  const anhua = JSON.parse(readFileSync(dataPath('anhua-agriculture-2021.json'), 'utf8'));
  await page.goto('/hosts/attrs.html');
  const live = page.locator('#live');
  await expect(live.getByTestId('metric-table')).toBeVisible();
  await expect(live.getByTestId('table-row')).toHaveCount(anhua.sections.flatMap((s: { metrics?: unknown[] }) => s.metrics ?? []).length);
  await expect(live.getByTestId('title')).toBeHidden();
  const ready = await page.evaluate(() => (window as unknown as { received: { id: string }[] }).received);
  expect(ready.map((d) => d.id)).toEqual([anhua.id]);
});
