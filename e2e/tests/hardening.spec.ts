// Hostile data, hostile hosts and a strict Content-Security-Policy.
import { expect, test } from '@playwright/test';
import { ScorecardPage } from '../pages/scorecard';
import { lingling, zh } from '../lib/data';

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3">',
  '\u202Eevil\u202C reversed',
  '👩‍👩‍👧‍👦 e\u0301\u0301\u0301 Z̷̧̛a̴l̵g̶o',
];

function payloadScorecard() {
  const big = '长'.repeat(34_000); // ~100 kB of UTF-8
  return {
    schema_version: 1,
    id: 'payload',
    default_lang: 'zh',
    title: { zh: PAYLOADS[0], en: PAYLOADS[1] },
    subtitle: PAYLOADS[2],
    source: {
      outlet: PAYLOADS[3],
      title: PAYLOADS[4],
      url: 'https://example.com/?q=%3Cscript%3E',
      published: '2024-01-01',
      authors: [PAYLOADS[1]],
    },
    sections: [
      {
        id: 'head',
        kind: 'headline',
        title: PAYLOADS[1],
        metrics: PAYLOADS.map((p, i) => ({
          id: `m${i}`,
          label: { zh: p, en: p },
          value: i + 0.5,
          decimals: undefined,
          unit: '人',
          direction: 'neutral',
          quote: p,
        })).concat([{ id: 'big', label: { zh: big, en: big }, value: 1, unit: '个', direction: 'neutral', quote: big } as any]),
        items: [{ id: 'i1', name: PAYLOADS[0], description: PAYLOADS[2], quote: PAYLOADS[1] }],
      },
    ],
  };
}

function hostWith(json: string) {
  const safe = json.replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>payload host</title>
<link rel="icon" href="data:,"></head><body>
<div id="one" data-scorecard><script type="application/json" data-scorecard-data>${safe}</script></div>
<script src="/embed.js"></script></body></html>`;
}

test('a scorecard full of payloads renders as inert text', async ({ page }) => {
  const json = JSON.stringify(payloadScorecard(), (k, v) => (k === 'decimals' ? undefined : v));
  await page.route('**/hosts/payload.html', (r) => r.fulfill({ contentType: 'text/html', body: hostWith(json) }));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/hosts/payload.html');
  const one = page.locator('#one');
  await expect(one.getByTestId('title')).toHaveText(PAYLOADS[0]);
  for (const [i, p] of PAYLOADS.entries()) {
    await expect(one.locator(`[data-metric-id="m${i}"] [data-testid="metric-label"]`)).toHaveText(p);
  }
  await expect(one.locator('[data-metric-id="big"]')).toBeVisible();
  const injected = await page.evaluate(() => {
    const root = document.querySelector('#one')!.shadowRoot!;
    return {
      img: root.querySelectorAll('img').length,
      script: root.querySelectorAll('script').length,
      svgOnload: [...root.querySelectorAll('svg')].filter((s) => s.hasAttribute('onload')).length,
      pwned: (window as any).__pwned ?? null,
    };
  });
  expect(injected).toEqual({ img: 0, script: 0, svgOnload: 0, pwned: null });
  expect(dialogs).toEqual([]);
  // Nothing but the page, the loader, its own engine (embed-*, not the
  // reader's scorecard-*) and the styles.
  expect(requests.filter((p) => !['/hosts/payload.html', '/embed.js'].includes(p) && !/\/(embed|main)-[0-9a-f]+/.test(p))).toEqual([]);
  // The link went through the allow-list and is a plain https link.
  await expect(one.getByTestId('source-link')).toHaveAttribute('href', 'https://example.com/?q=%3Cscript%3E');
});

test('invalid inline data shows the problems, with line:column and path', async ({ page }) => {
  const bad = '{\n  "schema_version": 1,\n  "id": "x",\n  "default_lang": "zh",\n  "title": "t",\n  "source": {"outlet": "o", "title": "t", "url": "javascript:alert(1)", "published": "2024-01-01", "authors": []},\n  "sections": []\n}';
  await page.route('**/hosts/bad.html', (r) => r.fulfill({ contentType: 'text/html', body: hostWith(bad) }));
  await page.goto('/hosts/bad.html');
  const panel = page.locator('#one').getByTestId('error-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-kind="unsafe-url"]')).toContainText('6:');
  await expect(panel.locator('[data-kind="unsafe-url"]')).toContainText('source.url');
  await expect(page.locator('#one a[href^="javascript"]')).toHaveCount(0);
});

test('runs under the strict CSP with zero violations', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const sc = new ScorecardPage(page, '/csp/');
  await sc.goto();
  await expect(sc.title()).toHaveText(zh(lingling.title));
  await sc.setView('table');
  await expect(page.getByTestId('metric-table')).toBeVisible();
  await sc.setView('cards');
  await sc.search().fill('光伏');
  await expect(page.getByTestId('match-count')).toBeVisible();
  expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
  sc.expectNoErrors();
});

test('works inside <iframe sandbox="allow-scripts">', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/hosts/sandbox.html');
  const frame = page.frameLocator('#frame');
  await expect(frame.getByTestId('title')).toHaveText(typeof lingling.title === 'string' ? lingling.title : lingling.title.en!);
  await frame.locator('[data-testid="view-switch"][data-view="checks"]').click();
  await expect(frame.getByTestId('checks')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as any).sizes.length)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('messages that are not the embed protocols are ignored', async ({ page }) => {
  const errors: string[] = [];
  await page.goto('/hosts/amp.html');
  const frame = page.frame({ url: /127\.0\.0\.1:\d+\/$/ })!;
  frame.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await expect(page.frameLocator('#frame').getByTestId('title')).toBeVisible();
  await page.evaluate(() => {
    const w = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
    for (const m of [
      'pymxPYMxxPYMxnavigateToxPYMxjavascript:window.__pwned=1',
      'pymxPYMxabcxPYMxwidthxPYMx1e9',
      { sentinel: 'amp', type: 'embed-size', height: 'x' },
      null,
      42,
      '{"__proto__": {"polluted": 1}}',
      new ArrayBuffer(8),
    ]) w.postMessage(m, '*');
  });
  await page.waitForTimeout(300);
  await expect(page.frameLocator('#frame').getByTestId('title')).toBeVisible();
  expect(await frame.evaluate(() => (window as any).__pwned ?? null)).toBeNull();
  expect(errors).toEqual([]);
});
