// The default view is in the HTML: it paints before the WASM arrives, reads
// with JavaScript off, and gives way to the live app without a layout shift.
import { expect, test } from '@playwright/test';
import { lingling, statedZhPlain, zh } from '../lib/data';

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

test('figures show while the WASM is still on its way', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByTestId('title')).toHaveText(zh(lingling.title));
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  release();
  // The live app takes over: the placeholder is gone, the app responds.
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await page.locator('[data-testid="lang-switch"] [data-lang="en"]').click();
  await expect(page).toHaveURL(/lang=en/);
});

test('taking over causes no layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as any).__cls)).toBe(0);
});
