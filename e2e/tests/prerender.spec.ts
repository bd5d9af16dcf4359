// The default view is in the HTML: it paints before the WASM arrives, reads
// with JavaScript off, and the live app draws over it in place, in one task.
// Another view asked for in the URL replaces it, again without a layout shift.
import { expect, test } from '@playwright/test';
import { en, lingling, statedZhPlain, zh } from '../lib/data';

const headline = lingling.sections.find((s) => s.kind === 'headline')!;
const plain = headline.metrics!.filter((m) => !m.qualifier && !/^[万亿]/.test(m.unit));

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the headline figures are readable', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('title')).toHaveText(zh(lingling.title));
    for (const m of plain) {
      await expect(page.locator(`[data-metric-id="${m.id}"] [data-testid="metric-value"]`).first()).toHaveText(statedZhPlain(m));
    }
  });
});

test('figures show while the WASM is still on its way, then come alive in place', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId('title')).toHaveText(zh(lingling.title));
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('body[data-live]')).toHaveCount(0);
  const before = await page.evaluate(() => {
    const w = window as any;
    w.__title = document.querySelector('[data-testid="title"]');
    // Every frame's count of titles and cards, from now until the page is live.
    w.__frames = [];
    const look = () => {
      w.__frames.push([
        document.querySelectorAll('[data-testid="title"]').length,
        document.querySelectorAll('[data-testid="metric-card"]').length,
      ]);
      if (!document.body.hasAttribute('data-live')) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    return document.querySelectorAll('[data-testid="metric-card"]').length;
  });
  expect(before).toBeGreaterThan(0);
  release();
  await expect(page.locator('body[data-live]')).toHaveCount(1);
  // Drawn anew in the same place, and no frame showed the page twice or
  // without its cards.
  expect(await page.evaluate(() => (window as any).__title === document.querySelector('[data-testid="title"]'))).toBe(false);
  const frames: number[][] = await page.evaluate(() => (window as any).__frames);
  expect(frames.length).toBeGreaterThan(0);
  for (const [titles, cards] of frames) {
    expect(titles).toBe(1);
    // (Sections off screen are drawn in later tasks too.)
    expect(cards).toBeGreaterThanOrEqual(before);
  }
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await page.locator('[data-testid="lang-switch"] [data-lang="en"]').click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByTestId('title')).toHaveText(en(lingling.title));
  await expect(page.getByTestId('scorecard')).toHaveCount(1);
});

for (const query of ['', '?lang=en']) {
  test(`taking over ${query || 'the default view'} causes no layout shift`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as any;
      w.__cls = 0;
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) {
          if (e.hadRecentInput) continue;
          w.__cls += e.value;
          // What moved, for the failure message.
          for (const s of e.sources ?? []) {
            const n = s.node;
            w.__shifts.push(`${n?.nodeName}.${n?.className ?? ''} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/' + query);
    await expect(page.locator('body[data-live]')).toHaveCount(1);
    // The default view is drawn over in place; another one replaces it.
    await expect(page.locator('[data-prerendered]')).toHaveCount(query ? 0 : 1);
    await expect(page.getByTestId('title')).toHaveText(query ? en(lingling.title) : zh(lingling.title));
    await page.waitForTimeout(500);
    const { cls, shifts } = await page.evaluate(() => ({ cls: (window as any).__cls, shifts: (window as any).__shifts }));
    expect(cls, shifts.join('\n')).toBe(0);
  });
}
