// The three ways the scorecard is used: embedded by iframe (pym.js, AMP),
// mounted straight into a host page, and opened from a folder or one file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { ScorecardPage } from '../pages/scorecard';
import { allMetrics, grouped, lingling, statedZhPlain, zh } from '../lib/data';

const sections = lingling.sections.filter((s) => s.kind !== 'headline');
const longest = [...sections].sort((a, b) => (b.metrics?.length ?? 0) - (a.metrics?.length ?? 0))[0];
const shortest = [...sections].sort((a, b) => (a.metrics?.length ?? 0) - (b.metrics?.length ?? 0))[0];
const people = allMetrics().find((m) => m.unit === '人' && !m.qualifier && m.value >= 1000)!;

/** The embedded page's content height and the iframe's own height. */
async function heights(page: Page) {
  const frameEl = page.locator('#scorecard iframe');
  const frame = (await (await frameEl.elementHandle())!.contentFrame()) as Frame;
  const content = await frame.locator('.sc-frame').evaluate((e) => Math.ceil(e.getBoundingClientRect().bottom + scrollY));
  const iframe = await frameEl.evaluate((e) => e.getBoundingClientRect().height);
  return { frame, content, iframe };
}

async function expectFits(page: Page, label: string) {
  await expect
    .poll(async () => {
      const h = await heights(page);
      return Math.abs(h.content - h.iframe);
    }, { message: label, timeout: 10_000 })
    .toBeLessThanOrEqual(4);
  return heights(page);
}

test('pym.js parent sizes the iframe to the content as it grows and shrinks', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/hosts/pym.html?src=${encodeURIComponent(`/?section=${shortest.id}`)}`);
  const first = await expectFits(page, 'after load');
  await expect(first.frame.locator('html')).toHaveClass(/embedded/);
  expect(first.frame.url()).toContain('childId=');

  await first.frame.locator(`[data-testid="section-tab"][data-section-id="${longest.id}"]`).click();
  const long = await expectFits(page, 'long section');
  expect(long.iframe).toBeGreaterThan(first.iframe + 200);

  await long.frame.locator(`[data-testid="section-tab"][data-section-id="${shortest.id}"]`).click();
  const short = await expectFits(page, 'back to a short section');
  expect(short.iframe).toBeLessThan(long.iframe - 200);

  await page.setViewportSize({ width: 360, height: 800 });
  const narrow = await expectFits(page, 'host at 360 px');
  expect(narrow.iframe).toBeGreaterThan(short.iframe);
  console.log(`pym heights: load ${first.iframe}, long ${long.iframe}, short ${short.iframe}, 360px ${narrow.iframe}`);
});

test('an AMP-style host receives embed-size messages', async ({ page }) => {
  await page.goto('/hosts/amp.html');
  await expect.poll(() => page.evaluate(() => (window as any).ampMessages.length)).toBeGreaterThan(0);
  const h = await page.evaluate(() => (window as any).ampMessages.at(-1));
  expect(Number.isInteger(h)).toBe(true);
  expect(h).toBeGreaterThan(300);
  const dw = await page.evaluate(() => (window as any).otherMessages.find((m: any) => m && m['datawrapper-height']));
  expect(Object.values(dw['datawrapper-height'])[0]).toBe(h);
});

test('not embedded: the page says so and sends nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/not-embedded/);
});

for (const host of ['mount.html', 'mount.html?css=hostile', 'mount.html?module=1']) {
  test(`direct mount into a ${host} host page renders in a shadow root`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`/hosts/${host}`);
    const one = page.locator('#one');
    await expect(one.getByTestId('title')).toHaveText(zh(lingling.title));
    const income = lingling.sections.find((s) => s.id === 'income')!;
    await expect(one.locator(`[data-testid="section-panel"][data-section-id="income"]`)).toBeVisible();
    const plain = income.metrics!.find((m) => !m.qualifier && !/^[万亿]/.test(m.unit))!;
    await expect(one.locator(`[data-metric-id="${plain.id}"] [data-testid="metric-value"]`)).toHaveText(statedZhPlain(plain));
    // Inline data, English, independent of the first scorecard.
    const two = page.locator('#two');
    await expect(two.getByTestId('title')).toHaveText('Inline scorecard');
    await expect(two.locator('[data-metric-id="trees"] [data-testid="metric-value"]')).toHaveText('125,000');
    await one.locator('[data-testid="lang-switch"] [data-lang="en"]').click();
    await expect(two.getByTestId('title')).toHaveText('Inline scorecard');
    await expect(one.getByTestId('title')).not.toHaveText(zh(lingling.title));
    // Our styles hold against the host's.
    const size = await one.locator('[data-testid="metric-value"]').first().evaluate((e) => getComputedStyle(e).fontSize);
    expect(size).not.toBe('30px');
    await one.locator('[data-testid="view-switch"][data-view="table"]').click();
    await expect(one.getByTestId('metric-table')).toBeVisible();
    expect(page.url()).not.toContain('view=');
    expect(errors).toEqual([]);
  });
}

test('a hostile host stylesheet does not change how the scorecard looks', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 1200 });
  const shot = async (host: string) => {
    await page.goto(`/hosts/${host}`);
    const one = page.locator('#one');
    await expect(one.getByTestId('title')).toBeVisible();
    await page.waitForTimeout(300);
    return one.screenshot();
  };
  const clean = await shot('mount.html');
  const hostile = await shot('mount.html?css=hostile');
  // The hostile sheet is really in force on the host page.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(255, 0, 0)');
  // Compare as images in the page: share of differing pixels.
  const diff = await page.evaluate(async ([a, b]) => {
    const load = (b64: string) =>
      new Promise<HTMLImageElement>((ok) => {
        const i = new Image();
        i.onload = () => ok(i);
        i.src = 'data:image/png;base64,' + b64;
      });
    const [ia, ib] = await Promise.all([load(a), load(b)]);
    if (ia.width !== ib.width || ia.height !== ib.height) return { size: [ia.width, ia.height, ib.width, ib.height], ratio: 1 };
    const px = (img: HTMLImageElement) => {
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height).data;
    };
    const [da, db] = [px(ia), px(ib)];
    let differ = 0;
    for (let i = 0; i < da.length; i += 4) {
      if (Math.abs(da[i] - db[i]) + Math.abs(da[i + 1] - db[i + 1]) + Math.abs(da[i + 2] - db[i + 2]) > 48) differ++;
    }
    return { size: [ia.width, ia.height], ratio: differ / (da.length / 4) };
  }, [clean.toString('base64'), hostile.toString('base64')]);
  expect(diff.ratio, JSON.stringify(diff.size)).toBeLessThan(0.005);
});

test('the bundle works from a nested sub-path', async ({ page }) => {
  const sc = new ScorecardPage(page, '/news/2020/embed/');
  await sc.goto();
  await expect(sc.cardValue(people.id).first()).toHaveText(statedZhPlain(people));
  await sc.sectionTab(longest.id).click();
  await expect(page).toHaveURL(new RegExp(`/news/2020/embed/\\?section=${longest.id}`));
  await page.waitForLoadState('networkidle');
  sc.expectNoErrors();
});

test('the single file works from file:// and is fully interactive', async ({ page }) => {
  const file = fileURLToPath(new URL('../../dist/standalone.html', import.meta.url));
  expect(existsSync(file), 'cargo xtask dist writes dist/standalone.html').toBe(true);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('file://' + file);
  await expect(page.locator('body[data-live]')).toHaveCount(1);
  await expect(page.getByTestId('title')).toHaveText(zh(lingling.title));
  await page.locator(`[data-testid="section-tab"][data-section-id="${longest.id}"]`).click();
  await expect(page.locator(`[data-testid="section-panel"][data-section-id="${longest.id}"]`)).toBeVisible();
  await page.locator('[data-testid="lang-switch"] [data-lang="en"]').click();
  await expect(page.locator(`[data-metric-id="${people.id}"] [data-testid="metric-value"]`).first()).toHaveText(
    `${grouped(people.value)} people`,
  );
  expect(requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the demo article shows the scorecard embedded both ways', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.goto('/demo/article.html');
  await expect(page.locator('article p').nth(3)).toContainText('41个贫困村');
  const frame = page.frameLocator('#scorecard-frame iframe');
  await expect(frame.getByTestId('title')).toHaveText(zh(lingling.title));
  const mounted = page.locator('[data-scorecard]');
  await expect(mounted.getByTestId('title')).toHaveText(zh(lingling.title));
  await expect(mounted.locator('[data-testid="section-panel"][data-section-id="income"]')).toBeVisible();
  await expect
    .poll(async () => (await page.locator('#scorecard-frame iframe').boundingBox())!.height)
    .toBeGreaterThan(1000);
  expect(errors).toEqual([]);
});
