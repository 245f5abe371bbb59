// Signing in and out in a real browser against the real server with the demo
// data: the app loads under the server's Content-Security-Policy, a deep link
// goes through sign-in and back, the admin's second factor is asked for, a
// session that ends sends the user to sign in and back to where they were.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  artifactPath,
  assertAccessible,
  assertNoSidewaysScroll,
  newContext,
  serveDemo,
  freshTotpCode,
  signInAs,
  watchPage,
} from './support.mjs';

describe('signing in', () => {
  let server;
  let browser;

  serveDemo({}, (started, launched) => {
    server = started;
    browser = launched;
  });

  const coordinator = 'coordinator@northmoor.example';

  test('a deep link asks for sign-in under the CSP, then returns to it', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watcher = await watchPage(page, server.baseUrl);
    try {
      const response = await page.goto(new URL('/reviews?stage=referral', server.baseUrl).href);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get('return'), '/reviews?stage=referral');
      assert.equal(await page.title(), 'Sign in – Case reviews');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
      const bodyClasses = await page.evaluate(() => [...document.body.classList]);
      assert.ok(bodyClasses.includes('govuk-frontend-supported'), `body classes: ${bodyClasses.join(' ')}`);
      await assertAccessible(page, 'the sign-in page');
      await page.screenshot({ path: artifactPath('sign-in.png'), fullPage: true });

      // A wrong password: the error summary says so and takes focus; nothing else happens.
      await page.getByLabel('Email address').fill(coordinator);
      await page.getByLabel('Password').fill('not the password at all');
      await page.getByRole('button', { name: 'Sign in' }).click();
      const summary = page.getByTestId('error-summary');
      await summary.waitFor();
      assert.ok(await summary.evaluate((element) => element === document.activeElement), 'the error summary has focus');
      await page.waitForFunction(() => document.title.startsWith('Error: Sign in'));
      await assertAccessible(page, 'the sign-in page with an error');

      // Typing the password again keeps focus in the field (the summary does not take it back).
      await page.getByLabel('Password').fill('');
      await page.getByLabel('Password').pressSequentially(server.accounts[coordinator].password);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/reviews');
      assert.equal(new URL(page.url()).search, '?stage=referral');
      // The wrong password's 401 is the only failed request.
      assert.deepEqual(
        watcher.problems.filter((problem) => !/401/.test(problem)),
        [],
        `the page reported problems:\n${watcher.problems.join('\n')}`,
      );
    } finally {
      await context.close();
    }
  });

  test('one answer for a wrong password, a missing code and a wrong code; the right code signs the admin in', async () => {
    const admin = 'admin@northmoor.example';
    const { password, totpSecret } = server.accounts[admin];
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const tries = [];
    try {
      await page.goto(new URL('/sign-in', server.baseUrl).href);
      await assertAccessible(page, 'the sign-in page with its code field');
      const code = page.getByLabel('Code from your authenticator app');
      const attempt = async (withPassword, withCode) => {
        await page.getByLabel('Email address').fill(admin);
        await page.getByLabel('Password').fill(withPassword);
        await code.fill(withCode);
        const answered = page.waitForResponse(
          (response) => new URL(response.url()).pathname === '/api/session' && response.request().method() === 'POST',
        );
        await page.getByRole('button', { name: 'Sign in' }).click();
        const response = await answered;
        tries.push({ status: response.status(), body: await response.json() });
        await page.getByTestId('error-summary').waitFor();
      };
      const right = await freshTotpCode(totpSecret);
      const wrong = right === '000000' ? '111111' : '000000';
      await attempt('not the password at all', right);
      await attempt(password, '');
      await attempt(password, wrong);
      // Nothing in the answers tells which part was right.
      assert.deepEqual(tries.map((entry) => entry.status), [401, 401, 401]);
      assert.equal(new Set(tries.map((entry) => JSON.stringify(entry.body))).size, 1, JSON.stringify(tries));
      assert.equal(tries[0].body.errors, undefined, 'no field is named');
      assert.match(await page.getByTestId('error-summary').textContent(), /password or code is not right/);
      await assertAccessible(page, 'the sign-in page after a refusal');

      await code.fill(right);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your work' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('signing out ends the session', async () => {
    const { context, page } = await signInAs(browser, server, coordinator);
    try {
      await page.getByRole('link', { name: 'Sign out' }).click();
      await page.getByText('You have signed out.').waitFor();
      const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
      assert.equal(session.signed_in, false);
      await page.goto(new URL('/', server.baseUrl).href);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('a session that ends sends the user to sign in, then back where they were', async () => {
    const { context, page } = await signInAs(browser, server, coordinator);
    try {
      // The session ends elsewhere (as when it times out); the next call is refused.
      const csrf = await page.evaluate(() => fetch('/api/session').then((r) => r.json()).then((s) => s.csrf_token));
      await page.evaluate((token) => fetch('/api/session', { method: 'DELETE', headers: { 'X-CSRF-Token': token } }), csrf);
      await page.getByRole('link', { name: 'Reviews', exact: true }).click();
      await page.getByText('Your session has ended.').waitFor();
      assert.equal(new URL(page.url()).searchParams.get('return'), '/reviews');

      await page.getByLabel('Email address').fill(coordinator);
      await page.getByLabel('Password').fill(server.accounts[coordinator].password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/reviews');
    } finally {
      await context.close();
    }
  });

  test('the navigation fits a 320 pixel screen behind a menu button', async () => {
    const { context, page } = await signInAs(browser, server, coordinator, { viewport: { width: 320, height: 640 } });
    try {
      const menu = page.getByRole('button', { name: 'Menu' });
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.getByRole('link', { name: 'Sign out' }).isVisible(), false);
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      await page.getByRole('link', { name: 'Sign out' }).waitFor();
      await assertNoSidewaysScroll(page, 'Your work at 320 px');
      await assertAccessible(page, 'Your work at 320 px with the menu open');
    } finally {
      await context.close();
    }
  });

  test('an unknown path shows the GOV.UK page-not-found pattern', async () => {
    const { context, page } = await signInAs(browser, server, coordinator);
    try {
      await page.goto(new URL('/no/such/page', server.baseUrl).href);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      assert.equal(await page.title(), 'Page not found – Case reviews');
      await assertAccessible(page, 'the page-not-found page');
    } finally {
      await context.close();
    }
  });

  test('the skip link moves focus to the main content', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await page.goto(new URL('/sign-in', server.baseUrl).href);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Skip to main content' });
      assert.ok(await skipLink.evaluate((element) => element === document.activeElement), 'Tab did not reach the skip link');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    } finally {
      await context.close();
    }
  });
});
