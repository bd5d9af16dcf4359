// Chart labels never overlap the line, each other or the card's edge: every
// line chart of every section, in both languages, on a phone and a desktop.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lingling, type Scorecard } from '../lib/data';

/** A real article's figures with three-point series (an axis chart). */
const AXIS_FIXTURE = 'series-three-points.json';
const axisCard: Scorecard = JSON.parse(
  readFileSync(fileURLToPath(new URL(`../../tests/fixtures/valid/${AXIS_FIXTURE}`, import.meta.url)), 'utf8'),
);

/** Each page to check: the query that shows a section with line charts. */
function pages(sc: Scorecard, src?: string): string[] {
  const extra = src ? `&src=/fixtures/${src}` : '';
  return sc.sections
    .filter((s) => (s.metrics ?? []).some((m) => (m.series?.length ?? 0) >= 2))
    .map((s) => (s.kind === 'headline' ? extra : `${extra}&section=${s.id}`));
}
const withSeries = [...pages(lingling), ...pages(axisCard, AXIS_FIXTURE)];

for (const width of [360, 1280]) {
  test(`line chart labels stay clear at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    let checked = 0;
    const axes = new Set<string>();
    const faults: string[] = [];
    for (const lang of ['zh', 'en']) {
      for (const rest of withSeries) {
        const query = `?lang=${lang}${rest}`;
        await page.goto(`/${query}`);
        await expect(page.locator('body[data-live]')).toHaveCount(1);
        await expect(page.locator('[data-testid="metric-card"]').first()).toBeVisible();
        const found = await page.evaluate(() => {
          const out: { checked: number; axes: string[]; faults: string[] } = { checked: 0, axes: [], faults: [] };
          const overlap = (a: DOMRect, b: { x: number; y: number; width: number; height: number }) =>
            a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          for (const chart of document.querySelectorAll<HTMLElement>('[data-testid="line-chart"]')) {
            if (!chart.offsetParent) continue; // a hidden section
            const card = chart.closest<HTMLElement>('[data-testid="metric-card"]');
            const id = card?.dataset.metricId ?? '?';
            const svg = chart.querySelector('svg')!;
            const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
            const path = svg.querySelector<SVGPathElement>('path.sc-line')!;
            const length = path.getTotalLength();
            const line = Array.from({ length: 200 }, (_, i) => path.getPointAtLength((length * i) / 199));
            const dots = [...svg.querySelectorAll('circle')].map((c) => {
              const [cx, cy, r] = ['cx', 'cy', 'r'].map((k) => Number(c.getAttribute(k)));
              return { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r };
            });
            // The value labels at the ends, and an axis's years.
            const labels = [...svg.querySelectorAll<SVGTextElement>('.sc-pt-end text, text.sc-axis-year')];
            const boxes = labels.map((t) => t.getBBox());
            boxes.forEach((b, i) => {
              const name = `${id} label "${labels[i].textContent}"`;
              if (b.x < 0 || b.y < 0 || b.x + b.width > w || b.y + b.height > h) out.faults.push(`${name} leaves the chart box`);
              if (line.some((p) => p.x > b.x + 0.5 && p.x < b.x + b.width - 0.5 && p.y > b.y + 0.5 && p.y < b.y + b.height - 0.5)) {
                out.faults.push(`${name} lies on the line`);
              }
              if (dots.some((d) => overlap(b, d))) out.faults.push(`${name} covers a point`);
              boxes.slice(i + 1).forEach((o, j) => {
                if (overlap(b, o)) out.faults.push(`${name} overlaps "${labels[i + 1 + j].textContent}"`);
              });
              const r = labels[i].getBoundingClientRect();
              const c = card!.getBoundingClientRect();
              if (r.left < c.left || r.right > c.right || r.top < c.top || r.bottom > c.bottom) out.faults.push(`${name} crosses the card's edge`);
            });
            out.checked += 1;
            if (svg.classList.contains('sc-svg-axis')) out.axes.push(id);
          }
          return out;
        });
        checked += found.checked;
        for (const id of found.axes) axes.add(`${lang} ${id}`);
        faults.push(...found.faults.map((f) => `${query}: ${f}`));
      }
    }
    console.log(`${width} px: ${checked} line charts checked, ${axes.size} with an axis`);
    expect(checked).toBeGreaterThan(0);
    // Every three-point series of the fixture, in both languages.
    const threes = axisCard.sections.flatMap((s) => s.metrics ?? []).filter((m) => (m.series?.length ?? 0) >= 3);
    expect([...axes].sort()).toEqual(['zh', 'en'].flatMap((l) => threes.map((m) => `${l} ${m.id}`)).sort());
    expect(faults).toEqual([]);
  });
}
