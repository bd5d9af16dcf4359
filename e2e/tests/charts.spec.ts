// Chart labels never overlap the line, each other or the card's edge: every
// line chart of every section, in both languages, on a phone and a desktop.
import { expect, test } from '@playwright/test';
import { lingling } from '../lib/data';

const withSeries = lingling.sections.filter((s) => (s.metrics ?? []).some((m) => (m.series?.length ?? 0) >= 2));

for (const width of [360, 1280]) {
  test(`line chart labels stay clear at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    let checked = 0;
    const faults: string[] = [];
    for (const lang of ['zh', 'en']) {
      for (const section of withSeries) {
        const query = section.kind === 'headline' ? `?lang=${lang}` : `?lang=${lang}&section=${section.id}`;
        await page.goto(`/${query}`);
        await expect(page.locator('body[data-live]')).toHaveCount(1);
        const found = await page.evaluate(() => {
          const out: { checked: number; faults: string[] } = { checked: 0, faults: [] };
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
            const labels = [...svg.querySelectorAll<SVGTextElement>('.sc-pt-end text')];
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
          }
          return out;
        });
        checked += found.checked;
        faults.push(...found.faults.map((f) => `${lang} ${section.id}: ${f}`));
      }
    }
    console.log(`${width} px: ${checked} line charts checked`);
    expect(checked).toBeGreaterThan(0);
    expect(faults).toEqual([]);
  });
}
