// Referrals in a real browser against the real server with the demo data: the
// new-referral form with its live statutory assessment, "check your answers"
// with its Change links, creating the referral once however often it is
// clicked, the referral page with its assessment history, a stale facts edit,
// the whole form by keyboard alone, accessibility at every step for a
// coordinator and an admin, and a panel member who may not create referrals.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { api, artifactPath, assertAccessible, assertNoSidewaysScroll, serveDemo, signInAs } from './support.mjs';

const coordinator = 'coordinator@northmoor.example';
const admin = 'admin@northmoor.example';
const panelMember = 'panel.member@northmoor.example';

async function reviewsNamed(page, pseudonym) {
  const { body } = await api(page, 'GET', `/api/reviews?q=${encodeURIComponent(pseudonym)}`);
  return body.items.filter((review) => review.pseudonym === pseudonym);
}

/**
 * Creates a referral named `pseudonym` through the API, as another user's
 * earlier work: a child who died, abuse suspected, facts from March 2026.
 * Resolves to its id.
 */
async function createReferral(page, pseudonym) {
  const { status, body } = await api(page, 'POST', '/api/referrals', {
    body: {
      pseudonym,
      referrer_name: 'Jo Fictional, designated safeguarding lead',
      received_on: '2026-03-03',
      summary: 'Child was admitted to hospital with injuries; the school raised concerns.',
      restricted: false,
      facts: {
        nation: 'england',
        subject: 'child',
        incident_date: '2026-03-02',
        aware_date: '2026-03-03',
        outcome: 'died',
        abuse_or_neglect: 'suspected',
      },
    },
  });
  assert.equal(status, 201, JSON.stringify(body));
  return body.id;
}

/** Fills the referral's own questions (not the incident's) with pointer and fill. */
async function fillReferralDetails(page, pseudonym) {
  await page.getByLabel('Pseudonym').fill(pseudonym);
  await page.getByLabel('Who made the referral?').fill('Jo Fictional, designated safeguarding lead');
  await page.getByLabel('Which agency referred it? (optional)').selectOption({ label: 'Northmoor Police (fictional)' });
  const received = page.getByRole('group', { name: 'When was the referral received?' });
  await received.getByLabel('Day').fill('3');
  await received.getByLabel('Month').fill('3');
  await received.getByLabel('Year').fill('2026');
  await page.getByLabel('Summary of the referral').fill('Child was admitted to hospital with injuries; the school raised concerns.');
  await page.getByRole('group', { name: 'Should the review be restricted?' }).getByLabel('No').check();
}

async function fillIncidentDate(page, day, month, year) {
  const incident = page.getByRole('group', { name: 'When did the incident happen?' });
  await incident.getByLabel('Day').fill(day);
  await incident.getByLabel('Month').fill(month);
  await incident.getByLabel('Year').fill(year);
}

function question(page, name) {
  return page.getByRole('group', { name });
}

/** The live assessment once it has settled on an answer. */
async function settledAssessment(page) {
  const panel = page.getByTestId('live-assessment');
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-testid="live-assessment"]')?.getAttribute('data-status');
    return status === 'assessed' || status === 'inconsistent' || status === 'incomplete';
  });
  return panel;
}

/** What the page reported beyond the expected (e.g. a 412 the test provoked). */
function unexpectedProblems(watcher, alsoExpected = []) {
  return watcher.problems.filter((problem) => !alsoExpected.some((pattern) => pattern.test(problem)));
}

/** Presses Tab until the element with `id` has focus (keyboard only). */
async function tabTo(page, id, limit = 120) {
  for (let presses = 0; presses < limit; ++presses) {
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('referrals', () => {
  let server;
  let browser;

  serveDemo({}, (started, launched) => {
    server = started;
    browser = launched;
  });

  test('a coordinator sees the assessment follow the facts, checks the answers and creates the referral once', async () => {
    const { context, page, watcher } = await signInAs(browser, server, coordinator);
    try {
      const assessRequests = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/assess') assessRequests.push(request);
      });

      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'New referral' }).click();
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      assert.equal(await page.title(), 'New referral – Case reviews');
      const panel = page.getByTestId('live-assessment');
      assert.equal(await panel.getAttribute('data-status'), 'incomplete');
      assert.match(await page.getByTestId('assessment-needs').innerText(), /the date of the incident/);
      await assertAccessible(page, 'the empty new-referral form (coordinator)');

      // Continue with nothing entered: the error summary, inline errors, focus on the summary.
      await page.getByRole('button', { name: 'Continue' }).click();
      const summary = page.getByTestId('error-summary');
      await summary.waitFor();
      assert.ok(await summary.evaluate((element) => element === document.activeElement), 'the error summary has focus');
      assert.match(await summary.innerText(), /Enter the pseudonym/);
      assert.match(await summary.innerText(), /Enter the date of the incident/);
      await page.waitForFunction(() => document.title.startsWith('Error: New referral'));
      await summary.getByRole('link', { name: /Select which UK nation/ }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'facts-nation');
      await assertAccessible(page, 'the new-referral form with errors (coordinator)');

      await fillReferralDetails(page, 'Child Zed');
      await question(page, 'Which UK nation is this in?').getByLabel('England').check();
      await question(page, 'Is this about a child or an adult?').getByLabel('A child').check();
      await question(page, 'What happened to them?').getByLabel('They were seriously harmed').check();
      await question(page, 'Is abuse or neglect known or suspected?').getByLabel('No, it is not suspected').check();
      assert.equal(await panel.getAttribute('data-status'), 'incomplete', 'no incident date yet');

      // Typed quickly, the date is assessed once it is still: stale requests are not sent or are cancelled.
      const before = assessRequests.length;
      await fillIncidentDate(page, '2', '3', '2026');
      await settledAssessment(page);
      await page.getByTestId('assessment').waitFor();
      assert.ok(assessRequests.length - before <= 2, `${assessRequests.length - before} assessments for one date`);
      assert.equal(await page.getByTestId('obligation-notify_panel').count(), 0, 'no notification without abuse or neglect');

      // Suspected abuse makes notifying the Panel due: it appears with its date in words.
      await question(page, 'Is abuse or neglect known or suspected?').getByLabel('Yes, it is suspected').check();
      const notify = page.getByTestId('obligation-notify_panel');
      await notify.waitFor();
      const notifyText = await notify.innerText();
      assert.match(notifyText, /Notify the Child Safeguarding Practice Review Panel/);
      assert.match(notifyText, /Must/);
      assert.match(notifyText, /Due by 9 March 2026/);
      assert.match(notifyText, /Children Act 2004 s16C\(1\)/);
      assert.match(await page.getByTestId('obligation-rapid_review').innerText(), /Due by 23 March 2026/);
      // The prompt about other children comes first in the panel.
      const first = await page.getByTestId('assessment').evaluate((element) => element.firstElementChild?.textContent ?? '');
      assert.match(first, /other children need safeguarding/);
      assert.match(await panel.getByRole('status').innerText(), /Assessment updated: .*must/);

      // Leaving for another page and coming back finds the answers as they were.
      const menu = page.getByRole('navigation', { name: 'Menu' });
      await menu.getByRole('link', { name: 'Your work' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your work' }).waitFor();
      await menu.getByRole('link', { name: 'New referral' }).click();
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      assert.equal(await page.getByLabel('Pseudonym').inputValue(), 'Child Zed');
      await page.getByTestId('obligation-notify_panel').waitFor();
      await assertAccessible(page, 'the new-referral form with an assessment (coordinator)');
      await page.screenshot({ path: artifactPath('new-referral.png'), fullPage: true });

      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check your answers before creating the referral' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/referrals/new/check');
      const checkText = await page.locator('main').innerText();
      assert.match(checkText, /Child Zed/);
      assert.match(checkText, /Northmoor Police \(fictional\)/);
      assert.match(checkText, /3 March 2026/);
      assert.match(checkText, /They were seriously harmed/);
      await page.getByTestId('check-assessment').getByTestId('obligation-notify_panel').waitFor();
      await assertAccessible(page, 'check your answers (coordinator)');
      await page.screenshot({ path: artifactPath('check-answers.png'), fullPage: true });

      // "Change" goes back to the question, with every answer kept.
      await page.getByRole('link', { name: 'Change the answer to “What happened to them?”' }).click();
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'facts-outcome');
      assert.equal(await page.getByLabel('Pseudonym').inputValue(), 'Child Zed');
      await question(page, 'What happened to them?').getByLabel('They died').check();
      await page.getByTestId('obligation-child_death_review').waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { level: 1, name: /^Check your answers/ }).waitFor();
      assert.match(await page.locator('main').innerText(), /They died/);

      // The browser's Back button keeps the answers too.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      assert.equal(await page.getByLabel('Summary of the referral').inputValue(), 'Child was admitted to hospital with injuries; the school raised concerns.');
      assert.ok(await question(page, 'What happened to them?').getByLabel('They died').isChecked());
      await page.goForward();
      await page.getByRole('heading', { level: 1, name: /^Check your answers/ }).waitFor();

      // A double click creates one referral.
      await page.getByRole('button', { name: 'Create referral' }).dblclick();
      await page.waitForURL((url) => /^\/referrals\/\d+$/.test(url.pathname));
      await page.getByRole('heading', { level: 1, name: 'Referral for Child Zed' }).waitFor();
      assert.match(await page.getByTestId('notification-banner').innerText(), /Referral created/);
      assert.equal((await reviewsNamed(page, 'Child Zed')).length, 1, 'exactly one review for Child Zed');
      const history = page.getByTestId('assessment-history-entry');
      assert.equal(await history.count(), 1);
      assert.match(await history.first().innerText(), /Notify the Child Safeguarding Practice Review Panel[\s\S]*9 March 2026/);
      const reviewLink = page.getByTestId('review-link');
      assert.match(await reviewLink.getAttribute('href'), /^\/reviews\/\d+$/);

      assert.deepEqual(unexpectedProblems(watcher), [], `the page reported problems:\n${watcher.problems.join('\n')}`);
    } finally {
      await context.close();
    }
  });

  test('the referral page shows every assessment; a stale facts edit keeps the input and saves after reloading', async () => {
    const { context, page, watcher } = await signInAs(browser, server, coordinator);
    try {
      const created = { id: await createReferral(page, 'Child Yew') };
      await page.goto(new URL(`/referrals/${created.id}`, server.baseUrl).href);
      await page.getByRole('heading', { level: 1, name: 'Referral for Child Yew' }).waitFor();
      assert.equal(await page.getByTestId('notification-banner').count(), 0, 'a banner shows only after a change');
      await page.getByTestId('change-facts').click();
      await page.getByRole('heading', { level: 1, name: 'Change the facts' }).waitFor();
      assert.ok(await question(page, 'What happened to them?').getByLabel('They died').isChecked());
      await page.getByLabel('How old are they? (optional)').fill('7');
      await settledAssessment(page);

      // Someone else changes the facts meanwhile.
      const current = await api(page, 'GET', `/api/referrals/${created.id}`);
      const facts = { ...current.body.facts, notification_date: '2026-03-04' };
      const meanwhile = await api(page, 'PUT', `/api/referrals/${created.id}/facts`, { body: { facts }, headers: { 'If-Match': current.etag } });
      assert.equal(meanwhile.status, 200);

      const reloaded = page.waitForResponse(
        (response) => response.request().method() === 'GET' && response.url().endsWith(`/api/referrals/${created.id}`),
      );
      reloaded.catch(() => undefined); // awaited below; a failure before then must not hide the first one
      await page.getByRole('button', { name: 'Save the facts' }).click();
      const summary = page.getByTestId('error-summary');
      await summary.waitFor();
      assert.match(await summary.innerText(), /Someone else changed this record/);
      assert.equal(await page.getByLabel('How old are they? (optional)').inputValue(), '7', 'the input is kept');
      await page.getByText('See the facts as they are now').click();
      assert.match(await page.getByTestId('facts-now').innerText(), /4 March 2026/);
      await assertAccessible(page, 'the facts form after a stale edit');

      // The referral was read again: saving now uses its new version.
      assert.equal((await reloaded).status(), 200);
      await page.getByRole('button', { name: 'Save the facts' }).click();
      await page.getByRole('heading', { level: 1, name: 'Referral for Child Yew' }).waitFor();
      assert.match(await page.getByTestId('notification-banner').innerText(), /facts have been changed/);
      const history = page.getByTestId('assessment-history-entry');
      assert.equal(await history.count(), 3, 'the first assessment, the other edit and ours');
      assert.match(await history.first().innerText(), /\(current\)/);
      assert.match(await page.locator('main').innerText(), /7 years/);
      await assertAccessible(page, 'the referral page (coordinator)');
      await page.screenshot({ path: artifactPath('referral.png'), fullPage: true });

      await page.setViewportSize({ width: 320, height: 800 });
      await assertNoSidewaysScroll(page, 'the referral page at 320 px');
      await page.goto(new URL('/referrals/new', server.baseUrl).href);
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      await question(page, 'Which UK nation is this in?').getByLabel('Wales').check();
      await question(page, 'Is this about a child or an adult?').getByLabel('An adult').check();
      await question(page, 'What happened to them?').getByLabel('They died').check();
      await question(page, 'Is abuse or neglect known or suspected?').getByLabel('Yes, it is known').check();
      await fillIncidentDate(page, '12', '1', '2026');
      await page.getByTestId('assessment').waitFor();
      await assertNoSidewaysScroll(page, 'the new-referral form with an assessment at 320 px');

      assert.deepEqual(unexpectedProblems(watcher, [/^HTTP 412 for .*\/facts$/, /^console error: .*412 \(Precondition Failed\)$/]), [], `the page reported problems:\n${watcher.problems.join('\n')}`);
    } finally {
      await context.close();
    }
  });

  test('the referral form can be completed and submitted by keyboard alone', async () => {
    const { context, page } = await signInAs(browser, server, coordinator);
    try {
      await page.goto(new URL('/referrals/new', server.baseUrl).href);
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      const keys = page.keyboard;

      await tabTo(page, 'pseudonym');
      await keys.type('Child Kay');
      await keys.press('Tab');
      await keys.type('Ali Fictional, health visitor');
      await keys.press('Tab'); // the agency: the first after "none"
      await keys.press('ArrowDown');
      await keys.press('Tab');
      await keys.type('4');
      await keys.press('Tab');
      await keys.type('3');
      await keys.press('Tab');
      await keys.type('2026');
      await keys.press('Tab');
      await keys.type('Referred by the health visitor after a hospital admission.');
      await keys.press('Tab'); // restricted: Yes, then the arrow moves to No and selects it
      await keys.press('ArrowRight');
      await tabTo(page, 'facts-nation');
      await keys.press('Space'); // England
      await keys.press('Tab');
      await keys.press('Space'); // a child
      await keys.press('Tab');
      await keys.type('3');
      await keys.press('Tab');
      await keys.press('ArrowDown'); // seriously harmed
      await keys.press('Tab');
      await keys.press('Space'); // known
      await tabTo(page, 'facts-incident_date');
      await keys.type('1');
      await keys.press('Tab');
      await keys.type('3');
      await keys.press('Tab');
      await keys.type('2026');
      await tabTo(page, 'facts-practice');
      await keys.press('Space'); // concern about agencies working together
      await page.getByTestId('obligation-notify_panel').waitFor();
      await tabTo(page, 'pseudonym');
      await keys.press('Enter');

      await page.getByRole('heading', { level: 1, name: /^Check your answers/ }).waitFor();
      const answers = await page.locator('main').innerText();
      assert.match(answers, /Child Kay/);
      assert.match(answers, /Northmoor Children's Social Care \(fictional\)/);
      assert.match(answers, /There is cause for concern about how agencies worked together/);
      assert.match(answers, /3 years/);
      await tabTo(page, 'create-referral');
      await keys.press('Enter');

      await page.getByRole('heading', { level: 1, name: 'Referral for Child Kay' }).waitFor();
      const id = new URL(page.url()).pathname.split('/').pop();
      const { status, body } = await api(page, 'GET', `/api/referrals/${id}`);
      assert.equal(status, 200);
      assert.equal(body.referrer_name, 'Ali Fictional, health visitor');
      assert.equal(body.received_on, '2026-03-04');
      assert.equal(body.facts.outcome, 'seriously_harmed');
      assert.equal(body.facts.abuse_or_neglect, 'known');
      assert.equal(body.facts.age_years, 3);
      assert.equal(body.facts.concern_about_agencies_working_together, true);
      const review = await api(page, 'GET', `/api/reviews/${body.review_id}`);
      assert.equal(review.body.restricted, false);
    } finally {
      await context.close();
    }
  });

  test('checkbox hints belong to their checkbox; the assessment panel is focusable only where it scrolls', async () => {
    const { context, page } = await signInAs(browser, server, coordinator);
    try {
      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'New referral' }).click();
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();

      const custody = page.getByRole('checkbox', { name: 'It happened in custody' });
      const hintId = await custody.getAttribute('aria-describedby');
      assert.ok(hintId, 'the checkbox names its hint');
      assert.match(await page.locator(`[id="${hintId}"]`).innerText(), /young offender institution/);
      const unlinked = await page.evaluate(() =>
        [...document.querySelectorAll('.govuk-checkboxes__hint')].filter(
          (hint) => !hint.id || !document.querySelector(`[aria-describedby~="${hint.id}"]`),
        ).length,
      );
      assert.equal(unlinked, 0, 'every checkbox hint is linked to its checkbox');

      // Wide: the panel scrolls on its own, so it can take focus. Narrow: it does not scroll, so it does not.
      const panel = page.getByTestId('live-assessment');
      assert.equal(await panel.getAttribute('tabindex'), '0');
      await page.setViewportSize({ width: 375, height: 800 });
      await page.waitForFunction(() => !document.querySelector('[data-testid="live-assessment"]')?.hasAttribute('tabindex'));
      await assertAccessible(page, 'the new-referral form on a narrow screen');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForFunction(() => document.querySelector('[data-testid="live-assessment"]')?.getAttribute('tabindex') === '0');
    } finally {
      await context.close();
    }
  });

  test('an admin gets accessible pages at every step', async () => {
    const { context, page } = await signInAs(browser, server, admin);
    try {
      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'New referral' }).click();
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      await assertAccessible(page, 'the empty new-referral form (admin)');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByTestId('error-summary').waitFor();
      await assertAccessible(page, 'the new-referral form with errors (admin)');

      await fillReferralDetails(page, 'Adult Wren');
      await question(page, 'Which UK nation is this in?').getByLabel('England').check();
      await question(page, 'Is this about a child or an adult?').getByLabel('An adult').check();
      await page.getByLabel('How old are they? (optional)').fill('34');
      await question(page, 'What happened to them?').getByLabel('They died').check();
      await question(page, 'Is abuse or neglect known or suspected?').getByLabel('Yes, it is known').check();
      await question(page, 'Who is known or suspected to have caused the harm? (optional)').getByLabel('A current or former intimate partner').check();
      await fillIncidentDate(page, '5', '1', '2026');
      await page.getByTestId('obligation-dhr').waitFor();
      await assertAccessible(page, 'the new-referral form with an assessment (admin)');

      // Facts that do not agree are explained in the panel, not shown as errors.
      await page.getByLabel('How old are they? (optional)').fill('12');
      await page.waitForFunction(() => document.querySelector('[data-testid="live-assessment"]')?.getAttribute('data-status') === 'inconsistent');
      assert.match(await page.getByTestId('live-assessment').innerText(), /do not agree/);
      await page.getByLabel('How old are they? (optional)').fill('34');
      await page.getByTestId('obligation-dhr').waitFor();

      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { level: 1, name: /^Check your answers/ }).waitFor();
      await page.getByTestId('check-assessment').getByTestId('obligation-dhr').waitFor();
      await assertAccessible(page, 'check your answers (admin)');
      await page.getByRole('button', { name: 'Create referral' }).click();
      await page.getByRole('heading', { level: 1, name: 'Referral for Adult Wren' }).waitFor();
      await assertAccessible(page, 'the referral page (admin)');
      assert.equal(await page.getByTestId('change-facts').count(), 1, 'an admin may change the facts');
    } finally {
      await context.close();
    }
  });

  test('a panel member cannot create referrals but reads them', async () => {
    const coordinatorSession = await signInAs(browser, server, coordinator);
    let created;
    try {
      created = { id: await createReferral(coordinatorSession.page, 'Child Ash') };
    } finally {
      await coordinatorSession.context.close();
    }
    const { context, page } = await signInAs(browser, server, panelMember);
    try {
      const menu = page.getByRole('navigation', { name: 'Menu' });
      assert.equal(await menu.getByRole('link', { name: 'New referral' }).count(), 0);
      await page.goto(new URL('/referrals/new', server.baseUrl).href);
      await page.getByRole('heading', { level: 1, name: 'You cannot create a referral' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Continue' }).count(), 0);
      await assertAccessible(page, 'the new-referral page for a panel member');

      await page.goto(new URL(`/referrals/${created.id}`, server.baseUrl).href);
      await page.getByRole('heading', { level: 1, name: 'Referral for Child Ash' }).waitFor();
      await page.getByTestId('referral').and(page.locator('[data-ready="true"]')).waitFor();
      assert.equal(await page.getByTestId('change-facts').count(), 0, 'a panel member may not change the facts');
    } finally {
      await context.close();
    }
  });
});
