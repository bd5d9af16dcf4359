// Page object for the scorecard page, built on the data-testid contract:
//   title (h1) · metric-card[data-metric-id] > metric-label, metric-value ·
//   lang-switch > [data-lang=zh|en] · section-tab[data-section-id] ·
//   search (input type=search) · view-switch[data-view=cards|table|checks]
// It also records every console error, uncaught exception, failed request
// and HTTP error response from the moment it is created.
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'zh' | 'en';
export type View = 'cards' | 'table' | 'checks';

export class ScorecardPage {
  /** Console errors, page errors, failed requests and responses >= 400. */
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    /** Where the bundle is served, e.g. '/' or '/news/2020/embed/'. */
    readonly base = '/',
  ) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => this.errors.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) =>
      this.errors.push(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})`),
    );
    page.on('response', (res) => {
      if (res.status() >= 400) this.errors.push(`HTTP ${res.status()}: ${res.url()}`);
    });
  }

  /** Opens the page with a query: '' / '?lang=en' / { lang: 'en', metric: 'x' }. */
  async goto(query: string | Record<string, string> = '') {
    const search =
      typeof query === 'string'
        ? query.replace(/^\??/, query ? '?' : '')
        : `?${new URLSearchParams(query)}`;
    await this.page.goto(this.base + (search === '?' ? '' : search));
    // The pre-rendered page shows a title before it responds.
    await expect(this.page.locator('body[data-live]')).toHaveCount(1);
    await expect(this.title()).toBeVisible();
  }

  title(): Locator {
    return this.page.getByTestId('title');
  }

  cards(): Locator {
    return this.page.getByTestId('metric-card');
  }

  card(metricId: string): Locator {
    return this.page.locator(`[data-testid="metric-card"][data-metric-id="${metricId}"]`);
  }

  cardLabel(metricId: string): Locator {
    return this.card(metricId).getByTestId('metric-label');
  }

  cardValue(metricId: string): Locator {
    return this.card(metricId).getByTestId('metric-value');
  }

  langButton(lang: Lang): Locator {
    return this.page.locator(`[data-testid="lang-switch"] [data-lang="${lang}"]`);
  }

  async setLang(lang: Lang) {
    await this.langButton(lang).click();
  }

  sectionTab(sectionId: string): Locator {
    return this.page.locator(`[data-testid="section-tab"][data-section-id="${sectionId}"]`);
  }

  search(): Locator {
    return this.page.getByTestId('search');
  }

  /** A view button, whether the testid is on each button or on their group. */
  viewButton(view: View): Locator {
    return this.page.locator(
      `[data-testid="view-switch"][data-view="${view}"], [data-testid="view-switch"] [data-view="${view}"]`,
    );
  }

  async setView(view: View) {
    await this.viewButton(view).click();
  }

  /** Fails the test with the list of errors seen so far, if any. */
  expectNoErrors() {
    expect(this.errors, 'console errors, page errors, failed requests, HTTP errors').toEqual([]);
  }
}
