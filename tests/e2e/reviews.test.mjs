// The reviews list and the review page in a real browser against the real
// server with the demo data: filters in the address, cursor pages, the stage
// guard rails, decisions, the reviewer-independence rule, terms of reference,
// stale edits, who may see which review, and WCAG 2.2 AA for every role.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  addDays,
  api,
  apiGet,
  artifactPath,
  assertAccessible,
  assertNoSidewaysScroll,
  dateInWords,
  fillDate,
  serveDemo,
  signInAs,
  todayInLondon,
} from './support.mjs';

const coordinator = 'coordinator@northmoor.example';
const panelMember = 'panel.member@northmoor.example';
const partner = 'partner@northmoor.example';
const reviewerOne = 'reviewer.one@northmoor.example';
const policeLead = 'police.lead@northmoor.example';
const admin = 'admin@northmoor.example';

/** Opens the review called `pseudonym` from the list, as a user would. */
async function openReview(page, pseudonym) {
  await page.goto(`/reviews?q=${encodeURIComponent(pseudonym)}`);
  await page.getByRole('link', { name: pseudonym, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: pseudonym }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Contents' }).or(page.getByTestId('summary-only')).waitFor();
}

/** Opens the form kept behind the details toggle `summary`. */
async function openForm(page, summary) {
  await page.locator('summary', { hasText: summary }).click();
}

/** The day after `civil`, unless that is still to come: then today. */
function dayAfter(civil) {
  return [addDays(civil, 1), todayInLondon()].sort()[0];
}

function successBanner(page) {
  return page.getByTestId('notification-banner');
}

describe('reviews', () => {
  let server;
  let browser;

  serveDemo({}, (started, launched) => {
    server = started;
    browser = launched;
  });

  /** A signed-in page whose relative goto() resolves against the server. */
  async function as(email, options) {
    const session = await signInAs(browser, server, email, options);
    const goto = session.page.goto.bind(session.page);
    session.page.goto = (to, gotoOptions) => goto(new URL(to, server.baseUrl).href, gotoOptions);
    return session;
  }

  test('the list takes its filters from the address and pages through', async () => {
    const { context, page } = await as(coordinator);
    try {
      await page.goto('/reviews?stage=closed');
      await page.getByTestId('review-count').waitFor();
      assert.equal(await page.getByTestId('review-row').count(), 2);
      assert.equal(await page.getByLabel('Stage').inputValue(), 'closed');
      assert.match(await page.getByTestId('review-count').innerText(), /Showing 2 reviews that match the filters/);

      // Three pages of five: Next follows the cursor, Previous goes to the
      // page before, even after a reload (the address remembers it).
      const rows = () => page.getByTestId('review-row').allInnerTexts();
      const firstRow = () => document.querySelector('[data-testid="review-row"]')?.textContent;
      const reload = async () => {
        await page.reload();
        await page.getByTestId('review-count').waitFor();
      };
      await page.goto('/reviews?limit=5');
      await page.getByTestId('review-count').waitFor();
      const firstPage = await rows();
      assert.equal(firstPage.length, 5);
      assert.equal(await page.getByRole('link', { name: 'Previous page' }).count(), 0);
      const firstOfPage1 = await page.evaluate(firstRow);
      await page.getByRole('link', { name: 'Next page' }).click();
      await page.waitForURL(/cursor=/);
      await page.waitForFunction((before) => {
        const first = document.querySelector('[data-testid="review-row"]');
        return first !== null && first.textContent !== before;
      }, firstOfPage1);
      const secondPage = await rows();
      assert.equal(secondPage.length, 5);
      assert.notDeepEqual(secondPage, firstPage);
      await reload();
      assert.deepEqual(await rows(), secondPage);
      await page.getByRole('link', { name: 'Next page' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="review-row"]').length === 4);
      assert.equal(await page.getByRole('link', { name: 'Next page' }).count(), 0);
      await reload();
      await page.getByRole('link', { name: 'Previous page' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="review-row"]').length === 5);
      assert.deepEqual(await rows(), secondPage);
      await reload();
      await page.getByRole('link', { name: 'Previous page' }).click();
      await page.waitForURL((url) => url.search === '?limit=5');
      await page.waitForFunction((before) => document.querySelector('[data-testid="review-row"]')?.textContent === before, firstOfPage1);
      assert.deepEqual(await rows(), firstPage);
      assert.equal(await page.getByRole('link', { name: 'Previous page' }).count(), 0);

      // The form writes the address; Back returns to the list before.
      await page.goto('/reviews');
      await page.getByTestId('review-count').waitFor();
      await page.getByLabel('Stage').selectOption('drafting');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/\/reviews\?stage=drafting$/);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="review-row"]').length === 1);
      assert.match(await page.getByTestId('review-row').innerText(), /Child H/);
      await page.goBack();
      await page.waitForURL(/\/reviews$/);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="review-row"]').length > 1);
      assert.equal(await page.getByLabel('Stage').inputValue(), '');

      await page.goto('/reviews?q=Nobody%20by%20this%20name');
      await page.getByTestId('no-reviews').waitFor();
      assert.match(await page.getByTestId('no-reviews').innerText(), /No reviews you can see match these filters/);
    } finally {
      await context.close();
    }
  });

  test('a mangled address is page not found, and moving between pages moves focus to the new page', async () => {
    const { context, page, watcher } = await as(coordinator);
    try {
      await page.goto('/reviews/%E0');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

      // A full load leaves focus alone; following a link in the app focuses the new page's heading.
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reviews' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
      await page.waitForFunction(() => {
        const focused = document.activeElement;
        return focused?.tagName === 'H1' || focused?.id === 'main-content';
      });
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reviews');
      assert.equal(await page.evaluate(() => window.scrollY), 0);
      await assertAccessible(page, 'the reviews list with focus on its heading');

      // Leaving the heading makes it an ordinary heading again.
      await page.keyboard.press('Tab');
      assert.equal(await page.locator('h1').getAttribute('tabindex'), null);
      assert.deepEqual(watcher.problems, [], `the pages reported problems:\n${watcher.problems.join('\n')}`);
    } finally {
      await context.close();
    }
  });

  test('a coordinator meets the decision guard rail, records a decision, commissions, and appoints a reviewer', async () => {
    const { context, page } = await as(coordinator);
    try {
      await openReview(page, 'Child D');
      const stageForm = page.getByTestId('stage-form');
      await stageForm.getByLabel('Move to').selectOption('commissioning');
      await stageForm.getByRole('button', { name: 'Move the review' }).click();
      const refusal = stageForm.getByTestId('error-summary');
      await refusal.waitFor();
      assert.match(await refusal.innerText(), /Record a decision before commissioning the review/);

      // First not to review, then, reconsidered, a local review: the newer decision counts.
      const decisionForm = page.getByTestId('decision-form');
      const { aware_on: awareOn } = (await apiGet(page, `/api${new URL(page.url()).pathname}`)).dates;
      const decidedOn = dayAfter(awareOn);
      for (const [outcome, rationale] of [
        ['Not to review', 'At first the partners saw no new learning (fictional).'],
        ['Local child safeguarding practice review', 'The rapid review found learning about information sharing (fictional).'],
      ]) {
        await decisionForm.getByLabel(outcome, { exact: true }).check();
        await decisionForm.getByLabel('Rationale').fill(rationale);
        await decisionForm.getByLabel('Who decided').fill('Safeguarding partners');
        await fillDate(decisionForm, 'Date of the decision', decidedOn);
        await decisionForm.getByRole('button', { name: 'Record the decision' }).click();
        await successBanner(page).getByText('The decision has been recorded').waitFor();
        await page.getByTestId('decision').getByText(rationale).waitFor();
      }
      const decisions = page.getByTestId('decision');
      assert.match(await decisions.first().innerText(), /Local child safeguarding practice review/);
      assert.match(await decisions.first().innerText(), /Counts/);
      assert.match(await decisions.nth(1).innerText(), /Not to review/);
      assert.doesNotMatch(await decisions.nth(1).innerText(), /Counts/);

      await stageForm.getByLabel('Move to').selectOption('commissioning');
      await stageForm.getByRole('button', { name: 'Move the review' }).click();
      await successBanner(page).getByText('The review moved to commissioning').waitFor();
      await page.getByTestId('stage-list').getByText('Current stage').waitFor();
      assert.equal(await stageForm.getByTestId('error-summary').count(), 0);

      // Police become involved; appointing the police lead as reviewer is refused until a reason is written.
      await openForm(page, 'Change the agencies involved');
      const agenciesForm = page.getByTestId('agencies-form');
      await agenciesForm.getByLabel('Northmoor Police (fictional)').check();
      await agenciesForm.getByRole('button', { name: 'Save the agencies involved' }).click();
      await successBanner(page).getByText('The agencies involved have been saved').waitFor();
      await page.getByTestId('involved-agencies').getByText('Northmoor Police (fictional)').waitFor();

      await openForm(page, 'Assign someone to the review');
      const assignForm = page.getByTestId('assign-form');
      // The picker names people and says, before any refusal, who works for an involved agency.
      const person = assignForm.getByLabel('Person');
      const policeOption = person.locator('option', { hasText: 'Police Lead' });
      // The candidates are read again after the agencies change: wait for the new answer.
      await person.locator('option', { hasText: /Police Lead.*works for an agency involved/ }).waitFor({ state: 'attached' });
      assert.match(await policeOption.textContent(), /works for an agency involved in the case/);
      await person.selectOption({ label: await policeOption.textContent() });
      await assignForm.getByLabel('Reviewer', { exact: true }).check();
      await assignForm.getByRole('button', { name: 'Assign' }).click();
      await assignForm.getByTestId('independence-rule').waitFor();
      assert.match(await assignForm.getByTestId('error-summary').innerText(), /independent of the agencies it reviews/);
      assert.match(await assignForm.getByTestId('independence-rule').innerText(), /quality markers.*marker 7/s);
      await assertAccessible(page, 'a review page with a refused appointment and the stage refusal');
      await assignForm
        .getByLabel('Why appoint this reviewer all the same?')
        .fill('No independent reviewer with this experience is available before the trial (fictional).');
      await assignForm.getByRole('button', { name: 'Assign' }).click();
      await successBanner(page).getByText('The reviewer has been appointed').waitFor();
      await page.getByTestId('reviewer').getByText(/Reviewer: .*Police Lead/i).waitFor();
      await page.getByText(/No independent reviewer with this experience/).waitFor();
    } finally {
      await context.close();
    }
  });

  test('a partner signs off the final report before the coordinator may publish', async () => {
    const coordinatorSession = await as(coordinator);
    const partnerSession = await as(partner);
    try {
      const { page } = coordinatorSession;
      await openReview(page, 'Child K');
      const stageForm = page.getByTestId('stage-form');
      const offered = await stageForm.getByLabel('Move to').locator('option').evaluateAll((options) => options.map((o) => o.value));
      assert.ok(offered.includes('publication'), `publication is the next stage: ${offered}`);
      assert.ok(!offered.includes('monitoring') && !offered.includes('closed'), `no stage is skipped: ${offered}`);
      await stageForm.getByLabel('Move to').selectOption('publication');
      await stageForm.getByRole('button', { name: 'Move the review' }).click();
      await stageForm.getByTestId('error-summary').waitFor();
      assert.match(await stageForm.getByTestId('error-summary').innerText(), /partner must sign off the final report/i);
      assert.equal(await page.getByTestId('sign-off-form').count(), 0, 'a coordinator does not sign off');

      const signer = partnerSession.page;
      await openReview(signer, 'Child K');
      assert.match(await signer.getByTestId('final-report').innerText(), /version 1 of Final report/);
      const form = signer.getByTestId('sign-off-form');
      await form.getByLabel('Note (optional)').fill('Signed off after the partners’ meeting (fictional).');
      await form.getByRole('button', { name: 'Sign off version 1' }).click();
      await successBanner(signer).getByText('You have signed off the final report').waitFor();
      const record = signer.getByTestId('sign-off').last();
      assert.match(await record.innerText(), /Signed off by Demo Partner Lead \(fictional\).*Latest version/s);
      assert.match(await record.innerText(), /after the partners’ meeting/);
      assert.equal(await signer.getByTestId('sign-off-form').count(), 0, 'once per version');
      await assertAccessible(signer, 'the sign-off section after signing, as a partner');

      await page.reload();
      await stageForm.getByLabel('Move to').selectOption('publication');
      await stageForm.getByRole('button', { name: 'Move the review' }).click();
      await successBanner(page).getByText('The review moved to publication').waitFor();
    } finally {
      await coordinatorSession.context.close();
      await partnerSession.context.close();
    }
  });

  test('the terms of reference are edited, and a stale edit keeps what was typed', async () => {
    const { context, page } = await as(coordinator);
    try {
      await openReview(page, 'Child E');
      await openForm(page, 'Change the terms of reference');
      const termsForm = page.getByTestId('terms-form');
      const start = termsForm.getByRole('group', { name: 'Start of the period the review looks at' });
      await start.getByLabel('Day').fill('1');
      await start.getByLabel('Month').fill('1');
      await start.getByLabel('Year').fill('2025');
      const end = termsForm.getByRole('group', { name: 'End of the period the review looks at' });
      await end.getByLabel('Day').fill('30');
      await end.getByLabel('Month').fill('6');
      await end.getByLabel('Year').fill('2026');
      await termsForm.getByLabel('Lines of enquiry').fill('How well did agencies share information?\nWas the child’s voice heard?');
      await termsForm.getByLabel('Methodology').fill('SCIE systems model');
      await termsForm.getByRole('button', { name: 'Save the terms of reference' }).click();
      await successBanner(page).getByText('The terms of reference have been saved').waitFor();
      const terms = page.getByTestId('terms-of-reference');
      await terms.getByText('Was the child’s voice heard?').waitFor();
      assert.match(await terms.innerText(), /1 January 2025 to 30 June 2026/);
      assert.match(await terms.innerText(), /Complete/);

      // Someone else changes the review through the API while this form is
      // open. Its dates follow the review's own: the day after the partnership
      // became aware (never in the future), and a publication a year after it.
      const reviewPath = `/api${new URL(page.url()).pathname}`;
      const { aware_on: awareOn } = (await apiGet(page, reviewPath)).dates;
      const notifiedOn = dayAfter(awareOn);
      const plannedOn = addDays(awareOn, 365);
      await openForm(page, 'Change the review’s details');
      const detailsForm = page.getByTestId('details-form');
      const planned = detailsForm.getByRole('group', { name: 'Planned publication date' });
      await fillDate(detailsForm, 'Planned publication date', plannedOn);
      const { etag } = await api(page, 'GET', reviewPath);
      const changed = await api(page, 'PATCH', reviewPath, { body: { notified_on: notifiedOn }, headers: { 'If-Match': etag } });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      await detailsForm.getByRole('button', { name: 'Save the details' }).click();
      const stale = detailsForm.getByTestId('error-summary');
      await stale.getByText('Someone else changed this record while you were editing').waitFor();
      assert.equal(await planned.getByLabel('Year').inputValue(), plannedOn.slice(0, 4));
      // The reloaded record shows the other change; saving again keeps both.
      await page.locator('#details').getByText(dateInWords(notifiedOn)).waitFor();
      await detailsForm.getByRole('button', { name: 'Save the details' }).click();
      await successBanner(page).getByText('The review’s details have been saved').waitFor();
      const details = await page.locator('#details').innerText();
      assert.ok(details.includes(dateInWords(plannedOn)), details);
      assert.ok(details.includes(dateInWords(notifiedOn)), details);
    } finally {
      await context.close();
    }
  });

  test('a reviewer reaches only the reviews they are assigned to', async () => {
    const { context, page } = await as(reviewerOne);
    try {
      await page.goto('/reviews');
      await page.getByTestId('review-count').waitFor();
      const listed = await page.getByTestId('review-table').innerText();
      assert.match(listed, /Child H/);
      assert.doesNotMatch(listed, /Child J/);
      await assertAccessible(page, 'the reviews list, as a reviewer');

      // The people in the case (an audited read) are read only when asked for.
      const peopleReads = [];
      page.on('request', (request) => {
        if (/\/api\/reviews\/\d+\/people$/.test(new URL(request.url()).pathname)) peopleReads.push(request.url());
      });
      await openReview(page, 'Child H');
      await page.getByTestId('stage-list').waitFor();
      await page.getByText('Viewing the people in the case is recorded in the audit log').waitFor();
      assert.deepEqual(peopleReads, [], 'opening the review does not read the people in the case');
      await page.getByRole('button', { name: 'Show the people in the case' }).click();
      await page.getByTestId('people-in-case').or(page.getByText('No people in the case have been recorded yet.')).waitFor();
      assert.equal(peopleReads.length, 1);
      await assertAccessible(page, 'an assigned review, as its reviewer');

      await page.goto('/reviews/8');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('a restricted review does not exist for a coordinator who is not assigned to it', async () => {
    const adminSession = await as(admin);
    try {
      const { page } = adminSession;
      await openReview(page, 'Baby C');
      await openForm(page, 'Change the review’s details');
      const detailsForm = page.getByTestId('details-form');
      await detailsForm.getByRole('group', { name: 'Restrict this review?' }).getByLabel('Yes').check();
      await detailsForm.getByRole('button', { name: 'Save the details' }).click();
      await successBanner(page).getByText('The review’s details have been saved').waitFor();
      await page.getByTestId('review-heading').getByText('Restricted').waitFor();
      await page.getByRole('button', { name: 'Remove Demo Coordinator (fictional)' }).click();
      await successBanner(page).getByText('Demo Coordinator (fictional) is no longer assigned to the review').waitFor();
      await assertAccessible(page, 'a restricted review, as an admin');
    } finally {
      await adminSession.context.close();
    }

    const { context, page } = await as(coordinator);
    try {
      await page.goto('/reviews');
      await page.getByTestId('review-count').waitFor();
      assert.doesNotMatch(await page.getByTestId('review-table').innerText(), /Baby C/);
      await page.goto('/reviews?q=Baby%20C');
      await page.getByTestId('no-reviews').waitFor();
      await page.goto('/reviews/2');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('the list and a review page pass axe-core for each role, and fit 320 pixels', async () => {
    for (const email of [coordinator, panelMember, partner, admin]) {
      const { context, page, watcher } = await as(email);
      const signedIn = watcher.problems.length; // what signing in itself reported, checked by signInAs
      try {
        await page.goto('/reviews');
        await page.getByTestId('review-count').waitFor();
        await assertAccessible(page, `the reviews list, as ${email}`);
        if (email === coordinator) await page.screenshot({ path: artifactPath('reviews.png'), fullPage: true });
        await openReview(page, 'Child K');
        await page.getByTestId('stage-list').waitFor();
        await assertAccessible(page, `a review page, as ${email}`);
        if (email === coordinator) await page.screenshot({ path: artifactPath('review.png'), fullPage: true });
        assert.deepEqual(watcher.problems.slice(signedIn), [], `problems as ${email}`);
      } finally {
        await context.close();
      }
    }

    const lead = await as(policeLead);
    try {
      await lead.page.goto('/reviews');
      await lead.page.getByTestId('review-count').waitFor();
      await assertAccessible(lead.page, 'the reviews list, as an agency lead');
      await openReview(lead.page, 'Child K');
      await lead.page.getByTestId('summary-only').waitFor();
      await lead.page.getByTestId('milestones').waitFor();
      assert.equal(await lead.page.getByTestId('stage-list').count(), 0);
      assert.equal(await lead.page.getByRole('heading', { name: 'Decision' }).count(), 0);
      await assertAccessible(lead.page, 'a review summary, as an agency lead');
    } finally {
      await lead.context.close();
    }

    const narrow = await as(coordinator, { viewport: { width: 320, height: 720 } });
    try {
      await narrow.page.goto('/reviews');
      await narrow.page.getByTestId('review-count').waitFor();
      await assertNoSidewaysScroll(narrow.page, 'the reviews list at 320 px');
      await openReview(narrow.page, 'Child K');
      await narrow.page.getByTestId('stage-list').waitFor();
      await assertNoSidewaysScroll(narrow.page, 'a review page at 320 px');
    } finally {
      await narrow.context.close();
    }
  });
});
