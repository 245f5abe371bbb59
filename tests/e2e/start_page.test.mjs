// The start page in a real browser against the real server: it loads under
// the server's Content-Security-Policy, shows the server's version, passes
// axe-core's WCAG 2.2 AA rules, and deep links load the app.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { artifactPath, formatViolations, launchBrowser, runAxe, startServer, watchPage } from './support.mjs';

describe('start page', () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    if (server) {
      const { code, signal } = await server.stop();
      assert.ok(code === 0 || signal === 'SIGTERM', `server stopped with code ${code}, signal ${signal}`);
    }
  });

  async function openPage(urlPath) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watcher = await watchPage(page, server.baseUrl);
    const response = await page.goto(new URL(urlPath, server.baseUrl).href, { waitUntil: 'load' });
    return { context, page, response, watcher };
  }

  test('shows the service, the server version, and passes axe-core', async () => {
    const api = await fetch(new URL('/api/version', server.baseUrl));
    assert.equal(api.status, 200);
    const { version } = await api.json();
    assert.match(version, /^\d+\.\d+\.\d+/);

    const { context, page, response, watcher } = await openPage('/');
    try {
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);

      await page.getByRole('link', { name: 'Case reviews', exact: true }).waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Case reviews');
      assert.equal(await page.title(), 'Case reviews');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');

      const shown = page.getByTestId('server-version');
      await shown.waitFor();
      assert.equal((await shown.textContent())?.trim(), version);

      // The GOV.UK stylesheet came from the server and applies (Arial: see web/src/styles/app.scss).
      const headingFont = await page.evaluate(
        () => getComputedStyle(document.querySelector('h1')).fontFamily,
      );
      assert.match(headingFont, /arial/i, `h1 font-family: ${headingFont}`);

      // The module script did what the GOV.UK template's inline script does.
      const bodyClasses = await page.evaluate(() => [...document.body.classList]);
      assert.ok(bodyClasses.includes('govuk-frontend-supported'), `body classes: ${bodyClasses.join(' ')}`);

      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe-core found WCAG violations:\n${formatViolations(violations)}`);

      await page.screenshot({ path: artifactPath('start-page.png'), fullPage: true });
      assert.deepEqual(watcher.problems, [], `the page reported problems:\n${watcher.problems.join('\n')}`);
    } finally {
      await context.close();
    }
  });

  test('a deep link is served the app', async () => {
    const { context, page, response, watcher } = await openPage('/reviews/123');
    try {
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', /^text\/html/);
      await page.getByRole('link', { name: 'Case reviews', exact: true }).waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
      assert.equal(await page.title(), 'Page not found – Case reviews');

      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe-core found WCAG violations:\n${formatViolations(violations)}`);
      assert.deepEqual(watcher.problems, [], `the page reported problems:\n${watcher.problems.join('\n')}`);
    } finally {
      await context.close();
    }
  });

  test('a failed version request shows a GOV.UK error message', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.route('**/api/version', (route) =>
        route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Service Unavailable',
            status: 503,
            detail: 'The database is not ready.',
          }),
        }),
      );
      await page.goto(new URL('/', server.baseUrl).href);
      const error = page.getByTestId('server-version-error');
      await error.waitFor();
      const text = await error.textContent();
      assert.match(text ?? '', /There is a problem with the service/);
      assert.match(text ?? '', /Service Unavailable \(HTTP 503\)/);
      assert.match(text ?? '', /The database is not ready\./);
      assert.equal(await page.getByTestId('server-version').count(), 0);
      assert.equal(await page.getByRole('alert').count(), 1);

      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe-core found WCAG violations:\n${formatViolations(violations)}`);
      await page.screenshot({ path: artifactPath('start-page-version-error.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('the skip link moves focus to the main content', async () => {
    const { context, page, watcher } = await openPage('/');
    try {
      await page.getByTestId('server-version').waitFor();
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Skip to main content' });
      assert.ok(await skipLink.evaluate((element) => element === document.activeElement), 'Tab did not reach the skip link');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
      assert.deepEqual(watcher.problems, [], `the page reported problems:\n${watcher.problems.join('\n')}`);
    } finally {
      await context.close();
    }
  });
});
