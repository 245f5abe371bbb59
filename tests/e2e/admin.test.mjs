// Administration in a real browser against the real server with the demo
// data: adding a user whose one-time password works once and must be
// changed, disabling a user, resetting a password, adding an agency, the
// audit trail of a review, and the refusal a non-administrator sees.

import assert from 'node:assert/strict';
import { afterEach, before, beforeEach, describe, test } from 'node:test';

import {
  api,
  artifactPath,
  assertAccessible,
  assertNoSidewaysScroll,
  newContext,
  serveDemo,
  signInAs,
  watchPage,
} from './support.mjs';

const admin = 'admin@northmoor.example';
const coordinator = 'coordinator@northmoor.example';
const dateInWords = /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d{1,2}:\d{2}(am|pm)$/;

describe('administration', () => {
  let server;
  let browser;
  // The admin signs in once (a TOTP code may be used only once); each test
  // then opens its own page in a new context holding that session, so that no
  // test starts where another left off.
  let adminSession;
  let context;
  let page;
  let watcher;

  serveDemo({}, (started, launched) => {
    server = started;
    browser = launched;
  });

  before(async () => {
    const signedIn = await signInAs(browser, server, admin);
    adminSession = await signedIn.context.storageState();
    await signedIn.context.close();
  });

  beforeEach(async () => {
    context = await newContext(browser, { storageState: adminSession, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    watcher = await watchPage(page, server.baseUrl);
    await go('/');
    await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor();
  });

  // Each test's own page reports no problems but the refusals it provokes.
  afterEach(async () => {
    const expected = [
      /HTTP 409 for .*\/api\/users$/, // the email address already in use
      /HTTP 409 for .*\/api\/agencies$/, // the agency name already in use
      /console error: Failed to load resource: .* status of 409\b/, // the browser's note of each
    ];
    await context?.close();
    const unexpected = watcher.problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
    assert.deepEqual(unexpected, [], `the admin's pages reported problems:\n${unexpected.join('\n')}`);
  });

  const go = (path) => page.goto(new URL(path, server.baseUrl).href);

  /** Signs in through the sign-in page in a fresh context; returns {context, page}. */
  async function signInWith(email, password) {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const userPage = await context.newPage();
    await userPage.goto(new URL('/sign-in', server.baseUrl).href);
    await userPage.getByLabel('Email address').fill(email);
    await userPage.getByLabel('Password').fill(password);
    await userPage.getByRole('button', { name: 'Sign in' }).click();
    return { context, page: userPage };
  }

  /** Chooses a new password on the change-password page and waits for the page it goes on to. */
  async function chooseOwnPassword(userPage, oneTimePassword, newPassword, arriveAt = 'Your work') {
    await userPage.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await userPage.getByLabel('One-time password', { exact: true }).fill(oneTimePassword);
    await userPage.getByLabel('New password', { exact: true }).fill(newPassword);
    await userPage.getByRole('button', { name: 'Change password' }).click();
    await userPage.getByRole('heading', { level: 1, name: arriveAt }).waitFor();
  }

  function userRow(name) {
    return page.getByTestId('user-table').getByRole('row', { name: new RegExp(name) });
  }

  test('the users are listed with their roles, agency, second factor and status', async () => {
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByTestId('user-table').waitFor();
    assert.equal(await page.title(), 'Users – Case reviews');
    const adminRow = userRow('Demo Administrator');
    assert.match(await adminRow.textContent(), /admin@northmoor\.example.*Administrator.*Yes.*Active/);
    assert.match(await userRow('Demo Police Lead').textContent(), /Agency safeguarding lead.*Northmoor Police \(fictional\).*No/);
    // No one can disable or reset themselves here.
    assert.equal(await adminRow.getByRole('link', { name: /Disable/ }).count(), 0);
    const nav = page.getByRole('navigation', { name: 'Administration' });
    assert.equal(await nav.getByRole('link', { name: 'Users' }).getAttribute('aria-current'), 'page');
    await assertAccessible(page, 'the users page');
    await page.screenshot({ path: artifactPath('admin-users.png'), fullPage: true });

    await page.setViewportSize({ width: 320, height: 640 });
    await assertNoSidewaysScroll(page, 'the users page at 320 px');
    await assertAccessible(page, 'the users page at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('adding a user: errors keep the input; the one-time password works once and must be changed', async () => {
    await go('/admin/users');
    await page.getByRole('button', { name: 'Add a user' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a user' }).waitFor();
    await assertAccessible(page, 'the add-a-user page');

    // Nothing answered: every question is named.
    await page.getByRole('button', { name: 'Add user' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.match(await summary.textContent(), /Enter the user’s full name.*Enter the user’s email address.*Select at least one role/);
    await page.waitForFunction(() => document.title.startsWith('Error: Add a user'));

    // A taken email address: the server says so; what was typed stays.
    await page.getByLabel('Full name').fill('Demo New Starter (fictional)');
    await page.getByLabel('Email address').fill(coordinator);
    await page.getByLabel('Business unit coordinator').check();
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('Email is already in use').first().waitFor();
    assert.ok(await summary.evaluate((element) => element === document.activeElement), 'the error summary has focus');
    assert.equal(await page.locator('#email-error').count(), 1, 'the email field shows its error');
    assert.equal(await page.getByLabel('Full name').inputValue(), 'Demo New Starter (fictional)');
    assert.equal(await page.getByLabel('Email address').inputValue(), coordinator);
    assert.ok(await page.getByLabel('Business unit coordinator').isChecked());
    await assertAccessible(page, 'the add-a-user page with errors');

    // An agency lead needs an agency.
    await page.getByLabel('Email address').fill('new.starter@northmoor.example');
    await page.getByLabel('Agency safeguarding lead').check();
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.locator('#agency_id-error').waitFor();
    await page.getByLabel('Agency safeguarding lead').uncheck();

    // The user's name removed: the name's error, and the rest kept.
    await page.getByLabel('Full name').fill('');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.locator('#display_name-error').waitFor();
    assert.equal(await page.getByLabel('Email address').inputValue(), 'new.starter@northmoor.example');

    await page.getByLabel('Full name').fill('Demo New Starter (fictional)');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('heading', { level: 1, name: 'User added' }).waitFor();
    const oneTimePassword = (await page.getByTestId('one-time-password').textContent()).trim();
    assert.match(oneTimePassword, /^\S{12,}$/);
    await assertAccessible(page, 'the one-time password of a new user');

    await page.getByRole('link', { name: 'Back to users' }).click();
    await userRow('Demo New Starter').waitFor();
    assert.match(await userRow('Demo New Starter').textContent(), /Has not yet chosen their own password/);
    assert.equal(await page.getByTestId('one-time-password').count(), 0, 'the password is not shown again');

    // The new user signs in and must choose their own password first.
    const { context, page: starter } = await signInWith('new.starter@northmoor.example', oneTimePassword);
    try {
      await starter.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
      assert.equal(new URL(starter.url()).pathname, '/account/password');
      assert.equal(new URL(starter.url()).searchParams.get('return'), '/');
      await assertAccessible(starter, 'the change-password page');

      // Too short: the server's rule, inline and in the summary.
      await starter.getByLabel('One-time password', { exact: true }).fill(oneTimePassword);
      await starter.getByLabel('New password', { exact: true }).fill('short');
      await starter.getByRole('button', { name: 'Change password' }).click();
      await starter.locator('#new_password-error').waitFor();
      assert.match(await starter.getByTestId('error-summary').textContent(), /New password must be 12 to 256 characters/);
      await assertAccessible(starter, 'the change-password page with an error');

      // Show reveals what was typed.
      await starter.getByRole('button', { name: 'Show new password' }).click();
      assert.equal(await starter.getByLabel('New password', { exact: true }).getAttribute('type'), 'text');

      // Until the password is changed, any other page leads back here.
      await starter.goto(new URL('/admin/users', server.baseUrl).href);
      await starter.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
      assert.equal(new URL(starter.url()).searchParams.get('return'), '/admin/users');

      // Afterwards they go where they were going: a page only administrators may see.
      await chooseOwnPassword(starter, oneTimePassword, 'correct horse battery staple', 'You do not have permission to see this page');
      assert.equal(new URL(starter.url()).pathname, '/admin/users');
    } finally {
      await context.close();
    }
    const again = await signInWith('new.starter@northmoor.example', 'correct horse battery staple');
    try {
      await again.page.getByRole('heading', { level: 1, name: 'Your work' }).waitFor();
    } finally {
      await again.context.close();
    }
  });

  test('resetting a password gives a new one-time password and ends the old one', async () => {
    const reviewer = 'reviewer.two@northmoor.example';
    await go('/admin/users');
    await userRow('Demo Reviewer Two').getByRole('link', { name: /Reset password/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset Demo Reviewer Two (fictional)’s password?' }).waitFor();
    await assertAccessible(page, 'the reset-password confirmation');
    await page.getByRole('button', { name: 'Reset password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Password reset' }).waitFor();
    const oneTimePassword = (await page.getByTestId('one-time-password').textContent()).trim();
    assert.notEqual(oneTimePassword, server.accounts[reviewer].password);

    const old = await signInWith(reviewer, server.accounts[reviewer].password);
    try {
      await old.page.getByTestId('error-summary').waitFor();
    } finally {
      await old.context.close();
    }
    const { context, page: reviewerPage } = await signInWith(reviewer, oneTimePassword);
    try {
      await chooseOwnPassword(reviewerPage, oneTimePassword, 'a brand new reviewer passphrase');
    } finally {
      await context.close();
    }
  });

  test('disabling a user is confirmed first, and they can no longer sign in', async () => {
    const reviewer = 'reviewer.one@northmoor.example';
    await go('/admin/users');
    await userRow('Demo Reviewer One').getByRole('link', { name: /Disable/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Disable Demo Reviewer One (fictional)’s account?' }).waitFor();
    await assertAccessible(page, 'the disable confirmation');

    // Cancel changes nothing.
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.match(await userRow('Demo Reviewer One').textContent(), /Active/);

    await userRow('Demo Reviewer One').getByRole('link', { name: /Disable/ }).click();
    const disable = page.getByRole('button', { name: 'Disable account' });
    assert.match(await disable.getAttribute('class'), /govuk-button--warning/);
    await disable.click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.match(await page.getByTestId('notification-banner').textContent(), /Demo Reviewer One \(fictional\)’s account has been disabled/);
    assert.match(await userRow('Demo Reviewer One').textContent(), /Disabled/);
    assert.equal(await userRow('Demo Reviewer One').getByRole('link', { name: /Disable|Reset password/ }).count(), 0);

    const { context, page: reviewerPage } = await signInWith(reviewer, server.accounts[reviewer].password);
    try {
      await reviewerPage.getByTestId('error-summary').waitFor();
      assert.equal(new URL(reviewerPage.url()).pathname, '/sign-in');
    } finally {
      await context.close();
    }
  });

  test('adding an agency', async () => {
    await go('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Agencies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agencies' }).waitFor();
    await page.getByTestId('agency-table').waitFor();
    assert.match(await page.getByTestId('agency-table').textContent(), /Northmoor Police \(fictional\)Police/);
    await assertAccessible(page, 'the agencies page');

    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.getByTestId('error-summary').waitFor();
    assert.match(await page.getByTestId('error-summary').textContent(), /Enter the agency’s name.*Select the kind of agency/);

    await page.getByLabel('Name', { exact: true }).fill('Northmoor Police (fictional)');
    await page.getByLabel('Kind of agency').selectOption('police');
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.getByText('Name is already used').first().waitFor();
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Northmoor Police (fictional)');
    await assertAccessible(page, 'the agencies page with an error');

    await page.getByLabel('Name', { exact: true }).fill('Northmoor Youth Justice Service (fictional)');
    await page.getByLabel('Kind of agency').selectOption('youth_justice');
    await page.getByRole('button', { name: 'Add agency' }).click();
    await page.getByTestId('notification-banner').waitFor();
    assert.match(await page.getByTestId('notification-banner').textContent(), /Northmoor Youth Justice Service \(fictional\) has been added/);
    await page.getByTestId('agency-table').getByText('Northmoor Youth Justice Service (fictional)').waitFor();
    assert.match(await page.getByTestId('agency-table').textContent(), /Northmoor Youth Justice Service \(fictional\)Youth justice/);
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), '');
  });

  test('the audit trail of a review, oldest first, with dates in words', async () => {
    await go('/admin/audit?target_type=review&target_id=8');
    await page.getByRole('heading', { level: 2, name: 'Review 8' }).waitFor();
    await page.getByTestId('audit-table').waitFor();
    assert.equal(await page.getByLabel('Kind of record').inputValue(), 'review');
    assert.equal(await page.getByLabel('Record number').inputValue(), '8');
    const rows = page.getByTestId('audit-event');
    assert.ok((await rows.count()) > 5, 'the review has events');
    const whens = await page.locator('[data-testid=audit-event] td[data-label=When]').allTextContents();
    for (const when of whens) assert.match(when, dateInWords);
    const text = await page.getByTestId('audit-table').textContent();
    assert.match(text, /Stage changed.*From: .*To: /);
    assert.match(text, /The system/);
    await assertAccessible(page, 'the audit trail of a review');
    await page.screenshot({ path: artifactPath('admin-audit.png'), fullPage: true });

    await page.setViewportSize({ width: 320, height: 640 });
    await assertNoSidewaysScroll(page, 'the audit trail at 320 px');
    await assertAccessible(page, 'the audit trail at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The form: a user's trail, with the admin's change to it, named.
    const users = await api(page, 'GET', '/api/users');
    const partner = users.body.users.find((user) => user.email === 'partner@northmoor.example');
    const reset = await api(page, 'POST', `/api/users/${partner.id}/reset-password`);
    assert.equal(reset.status, 200, JSON.stringify(reset.body));
    await page.getByLabel('Kind of record').selectOption('user');
    await page.getByLabel('Record number').fill(String(partner.id));
    await page.getByRole('button', { name: 'Show the audit trail' }).click();
    await page.getByRole('heading', { level: 2, name: `User ${partner.id}` }).waitFor();
    assert.equal(new URL(page.url()).search, `?target_type=user&target_id=${partner.id}`);
    await page.getByTestId('audit-table').waitFor();
    assert.match(await page.getByTestId('audit-table').textContent(), /Password reset by an administrator.*Demo Administrator \(fictional\)/);

    // Every review: more than a page, so the next page is offered.
    await page.getByLabel('Record number').fill('');
    await page.getByLabel('Kind of record').selectOption('review');
    await page.getByRole('button', { name: 'Show the audit trail' }).click();
    await page.getByRole('heading', { level: 2, name: 'Every review' }).waitFor();
    await page.getByTestId('audit-table').waitFor();
    const firstSeqs = await page.getByTestId('audit-event').count();
    assert.equal(firstSeqs, 50);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL((url) => url.searchParams.has('after'));
    await page.getByTestId('audit-table').waitFor();
    await page.getByRole('link', { name: 'Previous page' }).waitFor();

    // No kind of record: the form says so.
    await go('/admin/audit');
    await page.getByRole('button', { name: 'Show the audit trail' }).click();
    assert.match(await page.getByTestId('error-summary').textContent(), /Select the kind of record/);
    await assertAccessible(page, 'the audit page with an error');
  });

  test('a coordinator is told they do not have permission', async () => {
    const { context, page: coordinatorPage } = await signInAs(browser, server, coordinator);
    try {
      assert.equal(await coordinatorPage.getByRole('link', { name: 'Administration' }).count(), 0);
      for (const path of ['/admin/users', '/admin/users/new', '/admin/agencies', '/admin/audit?target_type=review&target_id=8']) {
        await coordinatorPage.goto(new URL(path, server.baseUrl).href);
        await coordinatorPage
          .getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })
          .waitFor();
      }
      assert.equal(await coordinatorPage.title(), 'You do not have permission to see this page – Case reviews');
      await assertAccessible(coordinatorPage, 'the permission message');
    } finally {
      await context.close();
    }
  });
});
