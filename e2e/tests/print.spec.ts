// The A4 print sheet: the headline and every section's figures with their
// sentences, no controls, and cards kept whole (`break-inside: avoid`).
import { expect, test } from '@playwright/test';
import { allMetrics, lingling } from '../lib/data';

test('printing gives every figure with its sentence on A4 pages, without controls', async ({ page }) => {
  // A4 less the 14 mm margins, at 96 px per inch.
  await page.setViewportSize({ width: Math.round(((210 - 28) / 25.4) * 96), height: 1000 });
  await page.goto('/');
  await expect(page.locator('body[data-live]')).toHaveCount(1);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });

  const cards = page.getByTestId('metric-card');
  await expect(cards).toHaveCount(allMetrics().length);
  for (const m of allMetrics()) {
    await expect(page.locator(`[data-metric-id="${m.id}"]`).first()).toBeVisible();
  }
  await expect(page.getByTestId('section-panel')).toHaveCount(lingling.sections.filter((s) => s.kind !== 'headline').length);
  for (const panel of await page.getByTestId('section-panel').all()) await expect(panel).toBeVisible();
  await expect(page.getByTestId('search')).toBeHidden();
  await expect(page.getByTestId('source-toggle').first()).toBeHidden();

  // Every card whole: none is wider than the page or taller than one.
  const tallest = await cards.evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().height)));
  expect(tallest).toBeLessThan(((297 - 28) / 25.4) * 96);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`print: ${pages} A4 pages, tallest card ${Math.round(tallest)} px`);
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThanOrEqual(20);
});
