// Every bundled scorecard (data/*.json) is served by ?card=<id>, renders in
// every view and language, and its table shows every figure as the article
// writes it: the value's digits and the unit as written.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ScorecardPage } from '../pages/scorecard';
import { allMetrics, dataPath, grouped, type Scorecard } from '../lib/data';

const cards: Scorecard[] = readdirSync(dataPath('.'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(dataPath(f), 'utf8')));

test('at least four real scorecards are bundled', () => {
  expect(cards.length).toBeGreaterThanOrEqual(4);
  expect(cards.some((c) => (c as unknown as { default_lang: string }).default_lang === 'en')).toBe(true);
});

for (const card of cards) {
  test(`${card.id}: the table shows every figure, as written in its language and in the other`, async ({ page }) => {
    // Four assertions per figure in two languages: 900 for Lingling, about
    // 20 s alone and more beside another worker.
    test.setTimeout(90_000);
    const sc = new ScorecardPage(page);
    const own = (card as unknown as { default_lang: string }).default_lang;
    for (const lang of ['zh', 'en']) {
      await sc.goto({ card: card.id, view: 'table', lang });
      const rows = page.getByTestId('table-row');
      await expect(rows).toHaveCount(allMetrics(card).length);
      for (const m of allMetrics(card)) {
        const row = page.locator(`[data-testid="table-row"][data-metric-id="${m.id}"]`);
        const stated = row.getByTestId('as-stated');
        if (lang === own) {
          // In the article's language, the figure as the article writes it.
          await expect(stated).toContainText(grouped(m.value));
          await expect(row).toContainText(m.unit);
        } else {
          await expect(stated).not.toBeEmpty();
        }
        // The article's sentence is always beside it.
        await expect(row).toContainText(m.quote);
      }
    }
    sc.expectNoErrors();
  });

  test(`${card.id}: cards and checks render in both languages`, async ({ page }) => {
    const sc = new ScorecardPage(page);
    for (const lang of ['zh', 'en']) {
      await sc.goto({ card: card.id, lang });
      await expect(page.getByTestId('error-panel')).toHaveCount(0);
      const first = allMetrics(card)[0];
      await expect(sc.card(first.id).first()).toBeVisible();
      // In the scorecard's own language a figure is shown as written.
      if (lang === (card as unknown as { default_lang: string }).default_lang) {
        await expect(sc.card(first.id).first().getByTestId('metric-value')).toContainText(
          grouped(first.value),
        );
      }
      await sc.goto({ card: card.id, lang, view: 'checks' });
      await expect(page.getByTestId('check')).toHaveCount(
        (card.relations?.length ?? 0) + allMetrics(card).filter((m) => m.parts?.length).length,
      );
      await expect(page.locator('[data-testid="check"][data-holds="false"]')).toHaveCount(0);
    }
    sc.expectNoErrors();
  });
}

test('scorecards.html lists every bundled scorecard and links to it', async ({ page }) => {
  await page.goto('/scorecards.html');
  await expect(page.getByTestId('catalog-row')).toHaveCount(cards.length);
  for (const card of cards) {
    const row = page.locator(`[data-testid="catalog-row"][data-card="${card.id}"]`);
    await expect(row).toContainText(String(allMetrics(card).length));
  }
  const last = cards.at(-1)!;
  await page.locator(`[data-testid="catalog-row"][data-card="${last.id}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`card=${last.id}`));
  await expect(page.locator('body[data-live]')).toHaveCount(1);
  await expect(page.getByTestId('metric-card').first()).toBeVisible();
});

test('a stated change and another statement of a figure are shown', async ({ page }) => {
  const withChange = cards.flatMap((c) => allMetrics(c).map((m) => ({ c, m })))
    .find(({ m }) => (m as unknown as { change?: unknown }).change);
  expect(withChange, 'a bundled metric states a change').toBeTruthy();
  const sc = new ScorecardPage(page);
  await sc.goto({ card: withChange!.c.id, metric: withChange!.m.id });
  const line = sc.card(withChange!.m.id).first().getByTestId('stated-change');
  await expect(line).toBeVisible();
  await expect(line).not.toContainText('推算');
  sc.expectNoErrors();
});

test('an English scorecard speaks English without ?lang, editors\' tool included', async ({ page }) => {
  const english = cards.find((c) => (c as unknown as { default_lang: string }).default_lang === 'en')!;
  const sc = new ScorecardPage(page);
  await sc.goto({ card: english.id });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('studio-link')).toHaveText('For editors: check a scorecard file, or make one from an article, in the studio');
  await expect(page.locator('[data-testid="lang-switch"] [data-lang="en"]')).toHaveAttribute('aria-pressed', 'true');
  sc.expectNoErrors();
});
