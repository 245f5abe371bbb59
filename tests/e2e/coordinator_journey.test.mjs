// A coordinator's whole journey in the browser against the real server with
// the demo data, as issue 6 describes it: create a referral and see its
// statutory assessment, record the decision to review, commission the review
// (terms of reference and an independent reviewer), then add a recommendation
// and an action to it. Every step goes through the pages, none through the API.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { addDays, assertAccessible, fillDate, serveDemo, signInAs, todayInLondon } from './support.mjs';

const coordinator = 'coordinator@northmoor.example';
const pseudonym = 'Child Journey';

function group(scope, name) {
  return scope.getByRole('group', { name });
}

async function moveTo(page, stage, stageLabel) {
  const form = page.getByTestId('stage-form');
  await form.getByLabel('Move to').selectOption(stage);
  await form.getByRole('button', { name: 'Move the review' }).click();
  await page.getByTestId('notification-banner').getByText(`The review moved to ${stageLabel}`).waitFor();
}

describe('a coordinator’s journey from referral to action plan', () => {
  let server;
  let browser;

  serveDemo({}, (started, launched) => {
    server = started;
    browser = launched;
  });

  test('referral, assessment, decision, commissioning, recommendation and action', async () => {
    const { context, page, watcher } = await signInAs(browser, server, coordinator);
    // A month-old incident, whatever day the suite runs on.
    const today = todayInLondon();
    const incidentOn = addDays(today, -31);
    const receivedOn = addDays(today, -29);
    const decidedOn = addDays(today, -10);
    try {
      // The referral, with the assessment following the facts.
      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'New referral' }).click();
      await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
      await page.getByLabel('Pseudonym').fill(pseudonym);
      await page.getByLabel('Who made the referral?').fill('Sam Fictional, health visitor');
      await fillDate(page, 'When was the referral received?', receivedOn);
      await page.getByLabel('Summary of the referral').fill('A baby was admitted with injuries that were not explained (fictional).');
      await group(page, 'Should the review be restricted?').getByLabel('No').check();
      await group(page, 'Which UK nation is this in?').getByLabel('England').check();
      await group(page, 'Is this about a child or an adult?').getByLabel('A child').check();
      await group(page, 'What happened to them?').getByLabel('They were seriously harmed').check();
      await group(page, 'Is abuse or neglect known or suspected?').getByLabel('Yes, it is suspected').check();
      await fillDate(page, 'When did the incident happen?', incidentOn);
      const notify = page.getByTestId('obligation-notify_panel');
      await notify.waitFor();
      assert.match(await notify.innerText(), /Must/);
      assert.match(await notify.innerText(), /Due by \d{1,2} [A-Z][a-z]+ \d{4}/);

      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { level: 1, name: /^Check your answers/ }).waitFor();
      await page.getByRole('button', { name: 'Create referral' }).click();
      await page.getByRole('heading', { level: 1, name: `Referral for ${pseudonym}` }).waitFor();
      assert.match(await page.getByTestId('assessment-history-entry').first().innerText(), /Notify the Child Safeguarding Practice Review Panel/);

      // Its review, through rapid review to the decision.
      await page.getByTestId('review-link').click();
      await page.getByRole('heading', { level: 1, name: pseudonym }).waitFor();
      await moveTo(page, 'rapid_review', 'rapid review');
      await moveTo(page, 'decision', 'decision');

      const decision = page.getByTestId('decision-form');
      await decision.getByLabel('Local child safeguarding practice review').check();
      await decision.getByLabel('Rationale').fill('The rapid review found learning about how agencies shared concerns (fictional).');
      await decision.getByLabel('Who decided').fill('Safeguarding partners');
      await fillDate(decision, 'Date of the decision', decidedOn);
      await decision.getByRole('button', { name: 'Record the decision' }).click();
      await page.getByTestId('notification-banner').getByText('The decision has been recorded').waitFor();
      await moveTo(page, 'commissioning', 'commissioning');

      // Commissioning: terms of reference and an independent reviewer; then information gathering may start.
      await page.locator('summary', { hasText: 'Change the terms of reference' }).click();
      const terms = page.getByTestId('terms-form');
      await fillDate(terms, 'Start of the period the review looks at', addDays(incidentOn, -365));
      await fillDate(terms, 'End of the period the review looks at', incidentOn);
      await terms.getByLabel('Lines of enquiry').fill('Were the injuries explained and followed up?');
      await terms.getByLabel('Methodology').fill('SCIE systems model');
      await terms.getByRole('button', { name: 'Save the terms of reference' }).click();
      await page.getByTestId('notification-banner').getByText('The terms of reference have been saved').waitFor();

      await page.locator('summary', { hasText: 'Assign someone to the review' }).click();
      const assign = page.getByTestId('assign-form');
      const reviewer = assign.getByLabel('Person').locator('option', { hasText: 'Demo Reviewer One' });
      await assign.getByLabel('Person').selectOption({ label: await reviewer.textContent() });
      await assign.getByLabel('Reviewer', { exact: true }).check();
      await assign.getByRole('button', { name: 'Assign' }).click();
      await page.getByTestId('notification-banner').getByText('The reviewer has been appointed').waitFor();
      await moveTo(page, 'information_gathering', 'information gathering');

      // A recommendation, and an action answering it.
      const findings = page.getByTestId('findings-section');
      const recommendation = 'Health visitors share unexplained injuries with children’s social care the same day (fictional).';
      const recommendationForm = findings.getByTestId('new-recommendation-form');
      await recommendationForm.getByLabel('Recommendation').fill(recommendation);
      await recommendationForm.getByRole('radio', { name: 'One agency' }).check();
      await recommendationForm.getByLabel('Agency asked to act').selectOption({ label: 'Northmoor Integrated Care Board (fictional)' });
      await recommendationForm.getByRole('button', { name: 'Add recommendation' }).click();
      await findings.getByTestId('recommendations').getByText(recommendation).waitFor();

      const plan = page.getByTestId('action-plan-section');
      const actionForm = plan.getByTestId('new-action-form');
      const recommendationOption = actionForm.getByLabel('Recommendation', { exact: true }).locator('option', { hasText: 'Health visitors share' });
      await actionForm.getByLabel('Recommendation', { exact: true }).selectOption({ label: await recommendationOption.textContent() });
      await actionForm.getByLabel('Agency', { exact: true }).selectOption({ label: 'Northmoor Integrated Care Board (fictional)' });
      await actionForm.getByLabel('Owner').fill('Named nurse for safeguarding (fictional)');
      const action = 'Add same-day sharing of unexplained injuries to the health visiting protocol (fictional).';
      await actionForm.getByLabel('What will the agency do?').fill(action);
      await actionForm.getByLabel('How will you know it has worked?').fill('An audit finds every unexplained injury shared the same day.');
      await fillDate(actionForm, 'Due date', addDays(today, 120));
      await actionForm.getByRole('button', { name: 'Add action' }).click();
      await plan.getByTestId('notification-banner').waitFor();
      await plan.getByRole('link', { name: action }).waitFor();
      await assertAccessible(page, `the review of ${pseudonym} with its action plan`);

      // The API agrees with what the pages did.
      const review = await page.evaluate(() => fetch(`/api/reviews/${location.pathname.split('/').pop()}`).then((r) => r.json()));
      assert.equal(review.stage, 'information_gathering');
      assert.equal(review.review_type, 'lcspr');
      assert.equal(review.terms_of_reference.complete, true);
      assert.ok(review.members.some((member) => member.role === 'reviewer' && /Reviewer One/.test(member.display_name)));
      const actions = await page.evaluate((id) => fetch(`/api/actions?review_id=${id}`).then((r) => r.json()), review.id);
      assert.deepEqual(actions.items.map((item) => item.description), [action]);
      assert.deepEqual(watcher.problems, [], `the pages reported problems:\n${watcher.problems.join('\n')}`);
    } finally {
      await context.close();
    }
  });
});
