// axe-core in every state a reader reaches: zero WCAG 2.2 AA violations.
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { lingling } from '../lib/data';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    // @ts-expect-error injected global
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  }, TAGS);
}

const states: [string, string, 'light' | 'dark'][] = [
  ['default', '', 'light'],
  ...lingling.sections.filter((s) => s.kind !== 'headline').map((s) => [`section ${s.id}`, `?section=${s.id}`, 'light'] as [string, string, 'light']),
  ['table view', '?view=table', 'light'],
  ['checks view', '?view=checks', 'light'],
  ['search with results', '?q=%E5%85%89%E4%BC%8F', 'light'],
  ['search with none', '?q=zzz-none', 'light'],
  ['English', '?lang=en', 'light'],
  ['dark', '?theme=dark', 'dark'],
  ['dark table English', '?theme=dark&view=table&lang=en', 'dark'],
  ['dark checks', '?theme=dark&view=checks', 'dark'],
];

for (const [name, query, scheme] of states) {
  test(`axe: ${name}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/' + query);
    await expect(page.locator('body[data-live]')).toHaveCount(1);
    await expect(page.getByTestId('title')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}
