// What a host page gets beyond a drawn scorecard: data read from an address
// (an iframe's ?src=, a mount's data-src) that may change after publication,
// events through pym.js and plain postMessage, and a theme that follows a
// dark page without an opaque light box.
import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { allMetrics, dataPath, en, lingling, zh, type Scorecard } from '../lib/data';

const anhua: Scorecard = JSON.parse(readFileSync(dataPath('anhua-agriculture-2021.json'), 'utf8'));

test('an iframe reads ?src= from https or its own origin, and says why it cannot', async ({ page }) => {
  await page.goto(`/?src=${encodeURIComponent('/data/anhua-agriculture-2021.json')}`);
  await expect(page.getByTestId('title')).toHaveText(zh(anhua.title));
  await expect(page.getByTestId('metric-card')).not.toHaveCount(0);

  const cases = [
    { src: 'javascript:alert(1)', lang: 'en', says: 'is neither an https: address nor on this page\'s origin' },
    { src: 'data:application/json,{}', lang: 'en', says: 'is neither an https: address nor on this page\'s origin' },
    { src: '/data/no-such-scorecard.json', lang: 'zh', says: '返回 HTTP 404' },
    { src: 'https://127.0.0.1:1/scorecard.json', lang: 'en', says: 'could not reach https://127.0.0.1:1/scorecard.json' },
  ];
  for (const c of cases) {
    await page.goto(`/?lang=${c.lang}&src=${encodeURIComponent(c.src)}`);
    const problem = page.getByTestId('problem');
    await expect(problem).toHaveCount(1);
    await expect(problem).toHaveAttribute('data-kind', 'unreachable');
    await expect(problem).toContainText(c.says);
    await expect(problem).toContainText('src');
    // Never another scorecard in its place, nothing half-drawn.
    await expect(page.getByTestId('title')).toHaveCount(0);
    await expect(page.getByTestId('metric-card')).toHaveCount(0);
  }
});

/** `sc` without one figure that nothing else refers to. */
function withoutOneFigure(sc: Scorecard) {
  const used = new Set<string>();
  for (const r of sc.relations ?? []) [r.total, ...r.parts].forEach((id) => used.add(id));
  for (const m of allMetrics(sc)) (m.parts ?? []).forEach((id) => used.add(id));
  const copy: Scorecard = structuredClone(sc);
  const section = copy.sections.find((s) => s.kind !== 'headline' && (s.metrics ?? []).filter((m) => !used.has(m.id)).length > 0 && s.metrics!.length > 1)!;
  const at = section.metrics!.findIndex((m) => !used.has(m.id));
  const [gone] = section.metrics!.splice(at, 1);
  return { copy, gone };
}

test('a data-src host shows the file as it is now: updated after a change and a reload', async ({ page }) => {
  const first = { ...structuredClone(lingling), updated: '2026-12-01' };
  const { copy, gone } = withoutOneFigure(lingling);
  const second = { ...copy, updated: '2026-12-06' };
  let serving: object = first;
  // Routing bypasses the HTTP cache, so this proves the file is read on
  // every load; the engine also asks the browser to revalidate a cached
  // copy (fetch cache mode "no-cache", src/embed/remote.rs).
  const asked: string[] = [];
  await page.route('**/live/scorecard.json', (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(serving) });
  });
  await page.goto('/hosts/live.html');
  const live = page.locator('#live');
  await expect(live.getByTestId('table-row')).toHaveCount(allMetrics(lingling).length);
  await expect(live.getByTestId('updated')).toContainText('2026-12-01');
  await expect(live.getByTestId('table-row').filter({ hasText: en(gone.label) })).toHaveCount(1);

  serving = second;
  await page.reload();
  await expect(live.getByTestId('table-row')).toHaveCount(allMetrics(lingling).length - 1);
  await expect(live.getByTestId('updated')).toContainText('2026-12-06');
  await expect(live.getByTestId('table-row').filter({ hasText: en(gone.label) })).toHaveCount(0);
  expect(asked).toHaveLength(2);

  // An invalid file keeps nothing half-drawn.
  serving = { ...second, sections: 'none' };
  await page.reload();
  await expect(live.getByTestId('error-panel')).toBeVisible();
  await expect(live.getByTestId('metric-card')).toHaveCount(0);
});

type Heard = { type: string; detail: Record<string, unknown> };
const heard = (page: Page, list: 'pymEvents' | 'posted') =>
  page.evaluate((l) => (window as unknown as Record<string, Heard[]>)[l], list);

async function frameOf(page: Page): Promise<Frame> {
  const el = page.locator('#scorecard iframe');
  await expect(el).toBeVisible();
  return (await (await el.elementHandle())!.contentFrame())!;
}

test('a pym.js host hears the events, and so does a host without pym.js', async ({ page }) => {
  await page.goto('/hosts/pym.html');
  const frame = await frameOf(page);
  const ready = { type: 'scorecard:ready', detail: { id: lingling.id, title: zh(lingling.title), figures: allMetrics().length } };
  await expect.poll(() => heard(page, 'pymEvents')).toEqual([ready]);
  expect(await heard(page, 'posted')).toEqual([ready]);

  const section = lingling.sections.find((s) => s.kind !== 'headline')!;
  await frame.locator(`[data-testid="section-tab"][data-section-id="${section.id}"]`).click();
  const view = { type: 'scorecard:view', detail: { view: 'cards', section: section.id, lang: null, query: '' } };
  await expect.poll(async () => (await heard(page, 'pymEvents')).at(-1)).toEqual(view);

  // A reader opens one figure's source sentence.
  const card = frame.getByTestId('metric-card').first();
  const id = await card.getAttribute('data-metric-id');
  await card.getByTestId('source-toggle').click();
  const m = allMetrics().find((x) => x.id === id)!;
  const select = { type: 'scorecard:select', detail: { id: m.id, label: zh(m.label), value: m.value, unit: m.unit } };
  await expect.poll(async () => (await heard(page, 'pymEvents')).at(-1)).toEqual(select);
  await expect.poll(async () => (await heard(page, 'posted')).map((e) => e.type)).toEqual(['scorecard:ready', 'scorecard:view', 'scorecard:select']);

  // A file that cannot be read: the host hears why.
  await page.goto(`/hosts/pym.html?src=${encodeURIComponent('/?src=/data/no-such-scorecard.json')}`);
  await expect.poll(async () => (await heard(page, 'pymEvents')).map((e) => e.type)).toEqual(['scorecard:error']);
  const problems = (await heard(page, 'pymEvents'))[0].detail.problems as { kind: string; path: string }[];
  expect(problems.map((p) => [p.kind, p.path])).toEqual([['unreachable', 'src']]);
});

test('a framed ?plain=1 scorecard shows the figures only, and the pym.js frame still fits it', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  const fit = async (src: string) => {
    await page.goto(`/hosts/pym.html?src=${encodeURIComponent(src)}`);
    const frame = await frameOf(page);
    await expect(frame.getByTestId('metric-card').first()).toBeVisible();
    const el = page.locator('#scorecard iframe');
    await expect
      .poll(async () => {
        const content = await frame.locator('.sc-frame').evaluate((e) => Math.ceil(e.getBoundingClientRect().bottom + scrollY));
        const iframe = await el.evaluate((e) => e.getBoundingClientRect().height);
        return Math.abs(content - iframe);
      })
      .toBeLessThanOrEqual(4);
    return { frame, height: await el.evaluate((e) => e.getBoundingClientRect().height) };
  };
  const section = lingling.sections.find((s) => s.kind !== 'headline')!;
  const full = await fit(`/?section=${section.id}`);
  await expect(full.frame.getByTestId('title')).toBeVisible();
  const plain = await fit(`/?section=${section.id}&plain=1&transparent=1`);
  await expect(plain.frame.getByTestId('title')).toBeHidden();
  await expect(plain.frame.getByTestId('search')).toBeHidden();
  await expect(plain.frame.locator(`[data-testid="section-panel"][data-section-id="${section.id}"] [data-testid="metric-card"]`)).toHaveCount(section.metrics!.length);
  await expect(plain.frame.locator('body')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  expect(plain.height).toBeLessThan(full.height - 100);
  console.log(`pym frame heights: full ${full.height}, plain ${plain.height}`);
});

/** Share of the screenshot's pixels that are near white. */
async function lightShare(page: Page) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let light = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i] > 225 && px[i + 1] > 225 && px[i + 2] > 225) light++;
    return light / (px.length / 4);
  }, png);
}

test('a dark host page with theme=auto shows no opaque light box; theme=light does', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 2000 });
  const shares: Record<string, number> = {};
  for (const theme of ['auto', 'light']) {
    await page.goto(`/hosts/dark.html?theme=${theme}`);
    const frame = page.frameLocator('#framed');
    await expect(frame.getByTestId('metric-card').first()).toBeVisible();
    await expect(page.locator('#mounted').getByTestId('metric-card').first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`dark-host-${theme}.png`) });
    shares[theme] = await lightShare(page);
  }
  console.log(`near-white share of a dark host page: theme=auto ${shares.auto.toFixed(3)}, theme=light ${shares.light.toFixed(3)}`);
  expect(shares.auto).toBeLessThan(0.05);
  expect(shares.light).toBeGreaterThan(0.4);
});
