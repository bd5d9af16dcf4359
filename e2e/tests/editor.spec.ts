// Editors: check and preview a scorecard file in the studio, and copy the
// embed code of the page's current view.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ScorecardPage } from '../pages/scorecard';
import { zh } from '../lib/data';

const fixture = (p: string) => fileURLToPath(new URL(`../../tests/fixtures/${p}`, import.meta.url));
const base = JSON.parse(readFileSync(fixture('valid/base.json'), 'utf8'));
// Every invalid fixture with the problem the validator must report first.
const manifest = readFileSync(fixture('invalid/expected.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .filter(([file]) => !file.startsWith('@'));

/** The studio with a scorecard file opened in it. */
async function openInStudio(page: Page, file: string) {
  await page.getByTestId('studio-tab-json').click();
  await page.getByTestId('studio-open-json').setInputFiles(file);
}

test('the page leads editors to the studio', async ({ page }) => {
  const sc = new ScorecardPage(page);
  await sc.goto();
  await page.getByTestId('studio-link').locator('a').click();
  await expect(page).toHaveURL(/studio\.html$/);
  await expect(page.getByTestId('studio-article')).toBeVisible();
  sc.expectNoErrors();
});

test('a valid file previews in the studio; an invalid one lists problems and keeps the last preview', async ({ page }) => {
  await page.goto('/studio.html');
  await openInStudio(page, fixture('valid/base.json'));
  const preview = page.getByTestId('studio-preview');
  await expect(preview.getByTestId('title')).toHaveText(zh(base.title));
  await expect(page.getByTestId('studio-valid')).toBeVisible();

  const [file, kind, pos, path] = manifest.find(([, k]) => k === 'dangling-reference')!;
  await openInStudio(page, fixture(`invalid/${file}`));
  const problem = page.getByTestId('studio-problems').getByTestId('problem').first();
  await expect(problem).toHaveAttribute('data-kind', kind);
  await expect(problem).toContainText(pos);
  await expect(problem).toContainText(path);
  await expect(preview.getByTestId('title')).toHaveText(zh(base.title));
});

test('the studio reports the first problem of every invalid fixture like the CLI', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/studio.html');
  for (const [file, kind, pos, path] of manifest) {
    await openInStudio(page, fixture(`invalid/${file}`));
    const first = page.getByTestId('studio-problems').getByTestId('problem').first();
    await expect(first, file).toHaveAttribute('data-kind', kind);
    await expect(first.locator('code').nth(0), file).toHaveText(pos);
    await expect(first.locator('code').nth(1), file).toHaveText(path);
  }
});

test('embed code carries the current view', async ({ page }) => {
  const sc = new ScorecardPage(page);
  await sc.goto({ section: 'income', lang: 'en' });
  await page.locator('.sc-embed summary').click();
  const snippets = page.getByTestId('snippet');
  await expect(snippets).toHaveCount(2);
  await expect(snippets.nth(0)).toContainText("new pym.Parent('scorecard-lingling-2020'");
  await expect(snippets.nth(0)).toContainText('index.html?lang=en&section=income');
  await expect(snippets.nth(1)).toContainText('data-scorecard="lingling-2020" data-lang="en" data-section="income"');
  await expect(snippets.nth(1)).toContainText('embed.js');
});
