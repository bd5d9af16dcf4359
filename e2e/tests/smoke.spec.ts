// The built page shows the bundled scorecard's real data, without errors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { ScorecardPage } from '../pages/scorecard';

type Text = string | { zh: string; en?: string };
const zh = (text: Text) => (typeof text === 'string' ? text : text.zh);

const dataFile = fileURLToPath(new URL('../../data/lingling-2020.json', import.meta.url));
const scorecard = JSON.parse(readFileSync(dataFile, 'utf8'));
const headline =
  scorecard.sections.find((s: { kind: string }) => s.kind === 'headline') ?? scorecard.sections[0];

test('loads the Lingling scorecard with its title and headline figures', async ({ page }) => {
  const sc = new ScorecardPage(page);
  await sc.goto();

  await expect(sc.title()).toHaveText(zh(scorecard.title));
  expect(headline.metrics.length).toBeGreaterThan(0);
  for (const metric of headline.metrics) {
    await expect(sc.card(metric.id), `card ${metric.id}`).toHaveCount(1);
    await expect(sc.card(metric.id)).toContainText(zh(metric.label));
  }

  await page.waitForLoadState('networkidle');
  sc.expectNoErrors();
});
