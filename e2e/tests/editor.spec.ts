// Editors: preview a scorecard file in the page, and copy the embed code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { ScorecardPage } from '../pages/scorecard';
import { lingling, zh } from '../lib/data';

const fixture = (p: string) => fileURLToPath(new URL(`../../tests/fixtures/${p}`, import.meta.url));
const base = JSON.parse(readFileSync(fixture('valid/base.json'), 'utf8'));
// Every invalid fixture with the problem the validator must report first.
const manifest = readFileSync(fixture('invalid/expected.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .filter(([file]) => !file.startsWith('@'));

test('a valid file previews; an invalid one lists problems and keeps the scorecard', async ({ page }) => {
  const sc = new ScorecardPage(page);
  await sc.goto();
  await page.getByTestId('preview').locator('summary').click();
  await page.getByTestId('file-input').setInputFiles(fixture('valid/base.json'));
  await expect(sc.title()).toHaveText(zh(base.title));
  await page.getByTestId('preview-reset').click();
  await expect(sc.title()).toHaveText(zh(lingling.title));

  const [file, kind, pos, path] = manifest.find(([, k]) => k === 'dangling-reference')!;
  await page.getByTestId('file-input').setInputFiles(fixture(`invalid/${file}`));
  const problem = page.getByTestId('preview').getByTestId('problem').first();
  await expect(problem).toHaveAttribute('data-kind', kind);
  await expect(problem).toContainText(pos);
  await expect(problem).toContainText(path);
  await expect(sc.title()).toHaveText(zh(lingling.title));
  sc.expectNoErrors();
});

test('the page reports the first problem of every invalid fixture like the CLI', async ({ page }) => {
  test.setTimeout(120_000);
  const sc = new ScorecardPage(page);
  await sc.goto();
  await page.getByTestId('preview').locator('summary').click();
  for (const [file, kind, pos, path] of manifest) {
    await page.getByTestId('file-input').setInputFiles(fixture(`invalid/${file}`));
    const first = page.getByTestId('preview').getByTestId('problem').first();
    await expect(first, file).toHaveAttribute('data-kind', kind);
    await expect(first, file).toContainText(`${pos} `);
    await expect(first.locator('code').nth(1), file).toHaveText(path);
  }
  await expect(sc.title()).toHaveText(zh(lingling.title));
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
