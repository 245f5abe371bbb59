// Action plans in a real browser against the real server with the demo data:
// an agency lead sees only their agency's actions and reports progress that
// changes an action's RAG rating (and the dashboard's counts follow); a
// coordinator uploads a document and a new version, downloads it, refused
// files are named in the error summary, and adds a finding, a recommendation
// and an action; a panel member rates a quality marker. Every page passes
// axe-core (WCAG 2.2 AA) and fits 320 CSS pixels.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { apiGet, artifactPath, assertAccessible, assertNoSidewaysScroll, serveDemo, signInAs } from './support.mjs';

const agencyLead = 'police.lead@northmoor.example';
const coordinator = 'coordinator@northmoor.example';
const panelMember = 'panel.member@northmoor.example';

// Small enough that a refused upload is quick to send.
const maxDocumentBytes = 200_000;

/** Every action the page's user may see (following the cursor), optionally filtered. */
async function allActions(page, filter = '') {
  const actions = [];
  let cursor = null;
  do {
    const answer = await apiGet(page, `/api/actions?limit=200${filter}${cursor === null ? '' : `&cursor=${cursor}`}`);
    actions.push(...answer.items);
    cursor = answer.next_cursor;
  } while (cursor !== null);
  return actions;
}

function ragCounts(actions) {
  const counts = { red: 0, amber: 0, green: 0 };
  for (const action of actions) counts[action.rag] += 1;
  return counts;
}

async function dashboardCounts(page) {
  await page.goto(new URL('/', page.url()).href);
  await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor();
  const counts = {};
  for (const rag of ['red', 'amber', 'green']) {
    counts[rag] = Number(await page.getByTestId(`rag-count-${rag}`).innerText());
  }
  return counts;
}

async function openActions(page, search = '') {
  await page.goto(new URL(`/actions${search}`, page.url()).href);
  await page.locator('[data-testid="actions-page"][data-ready="true"]').waitFor();
}

async function openAction(page, id) {
  await page.goto(new URL(`/actions/${id}`, page.url()).href);
  await page.locator('[data-testid="action-page"][data-ready="true"]').waitFor();
}

/** The review of the demo with this pseudonym, as the page's user lists it. */
async function reviewNamed(page, pseudonym) {
  const { items } = await apiGet(page, '/api/reviews?limit=200');
  const review = items.find((item) => item.pseudonym === pseudonym);
  assert.ok(review, `the demo has a review called ${pseudonym}`);
  return review;
}

async function openReview(page, id) {
  await page.goto(new URL(`/reviews/${id}`, page.url()).href);
  await page.getByRole('heading', { level: 2, name: 'Documents' }).waitFor();
  await page.locator('[data-testid="documents-section"]').getByText('Loading…').waitFor({ state: 'detached' });
}

function assertNoProblems(watcher, allowed = []) {
  const problems = watcher.problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
  assert.deepEqual(problems, [], `the page reported problems:\n${problems.join('\n')}`);
}

describe('action plans', () => {
  let server;
  let browser;

  serveDemo({ serveArgs: ['--max-document-bytes', String(maxDocumentBytes)] }, (started, launched) => {
    server = started;
    browser = launched;
  });

  test('an agency lead sees only their agency’s actions and reports progress that turns one green', async () => {
    const { context, page, watcher } = await signInAs(browser, server, agencyLead);
    try {
      const { user } = await apiGet(page, '/api/session');
      assert.ok(user.agency_id, 'the agency lead belongs to an agency');
      const agencies = (await apiGet(page, '/api/agencies')).items;
      const agencyName = agencies.find((agency) => agency.id === user.agency_id).name;
      const before = await allActions(page);
      assert.ok(before.length > 0, 'the demo gives the agency actions');
      const countsBefore = await dashboardCounts(page);
      assert.deepEqual(countsBefore, ragCounts(before), 'the dashboard counts the agency’s actions by RAG');

      // Every row on /actions is one of the agency's actions, and all of them are there.
      await openActions(page);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Your agency’s actions');
      const rows = page.getByTestId('action-row');
      const shown = await rows.evaluateAll((elements) =>
        elements.map((row) => ({ id: Number(row.dataset.actionId), agency: Number(row.dataset.agencyId), text: row.innerText })),
      );
      assert.deepEqual(
        shown.map((row) => row.id).sort((a, b) => a - b),
        before.map((action) => action.id).sort((a, b) => a - b),
      );
      for (const row of shown) {
        assert.equal(row.agency, user.agency_id, `action ${row.id} is the agency's`);
        assert.ok(row.text.includes(agencyName), `action ${row.id}'s row names ${agencyName}`);
      }
      assert.equal(await page.getByLabel('Agency').count(), 0, 'an agency lead is not offered other agencies');
      await assertAccessible(page, '/actions as an agency lead');
      await page.screenshot({ path: artifactPath('action-plan.png'), fullPage: true });

      // The dashboard's link for red actions lists exactly those.
      await openActions(page, '?rag=red');
      const red = before.filter((action) => action.rag === 'red');
      assert.equal(await rows.count(), red.length);
      assert.equal(await page.getByLabel('RAG rating').inputValue(), 'red');

      // Report progress on a red action that has not started: completing it makes it green.
      const target = red.find((action) => action.status === 'not_started');
      assert.ok(target, 'the agency has a red action not yet started');
      await page.locator(`[data-action-id="${target.id}"]`).getByRole('link').click();
      await page.locator('[data-testid="action-page"][data-ready="true"]').waitFor();
      assert.equal(new URL(page.url()).pathname, `/actions/${target.id}`);
      await assertAccessible(page, '/actions/:id as an agency lead');

      // Neither a note nor a new status: the form says what to do.
      await page.getByRole('button', { name: 'Report progress' }).click();
      const missing = page.getByTestId('progress-form').getByTestId('error-summary');
      await missing.waitFor();
      assert.match(await missing.innerText(), /Enter a note about the progress, or choose a new status/);
      await page.waitForFunction(() => document.title.startsWith('Error: Action: '));
      await assertAccessible(page, '/actions/:id with an error');

      const note = 'All custody sergeants briefed on the learning (fictional).';
      await page.getByLabel('What has happened?').fill(note);
      await page.getByRole('radio', { name: 'Completed' }).check();
      await page.getByLabel('Evidence (optional)').setInputFiles({
        name: 'briefing-register.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Briefing register (fictional): 24 of 24 sergeants attended.\n'),
      });
      await page.getByRole('button', { name: 'Report progress' }).click();
      await page.getByTestId('notification-banner').waitFor();
      assert.match(await page.getByTestId('notification-banner').innerText(), /now completed/);
      const facts = page.locator('.govuk-summary-list');
      await facts.getByText('Green', { exact: true }).waitFor();
      assert.match(await facts.innerText(), /Status\s+Completed/);
      const history = page.getByTestId('progress-history');
      const latest = history.locator('li').first();
      assert.match(await latest.innerText(), /Status changed from not started to completed/);
      assert.match(await latest.innerText(), new RegExp(note.replace(/[.()]/g, '\\$&')));
      assert.match(await latest.innerText(), /Evidence: Evidence for action/);
      await assertAccessible(page, '/actions/:id after reporting progress');
      await page.screenshot({ path: artifactPath('action.png'), fullPage: true });

      const changed = await apiGet(page, `/api/actions/${target.id}`);
      assert.equal(changed.status, 'completed');
      assert.equal(changed.rag, 'green');
      assert.ok(changed.updates.at(-1).document_id, 'the update names its evidence document');

      // The dashboard's counts follow: one fewer red, one more green.
      const after = await allActions(page);
      const countsAfter = await dashboardCounts(page);
      assert.deepEqual(countsAfter, ragCounts(after));
      assert.deepEqual(countsAfter, { ...countsBefore, red: countsBefore.red - 1, green: countsBefore.green + 1 });

      // The review, as the agency lead sees it: their agency's documents, recommendations and actions only.
      await openReview(page, target.review_id);
      await page.getByRole('heading', { level: 2, name: 'Recommendations for your agency' }).waitFor();
      await page.getByTestId('action-plan-section').locator('.govuk-summary-card').first().waitFor();
      assert.equal(await page.getByTestId('quality-markers-section').count(), 0, 'no quality markers for an agency lead');
      assert.equal(await page.getByTestId('findings').count(), 0, 'no findings for an agency lead');
      const planAgencies = await page
        .locator('[data-testid^="agency-actions-"]')
        .evaluateAll((groups) => groups.map((group) => Number(group.dataset.testid.replace('agency-actions-', ''))));
      assert.deepEqual(planAgencies, [user.agency_id]);
      await assertAccessible(page, 'the review’s sections as an agency lead');

      assertNoProblems(watcher);
    } finally {
      await context.close();
    }

    // At 320 CSS pixels nothing scrolls sideways.
    const narrow = await signInAs(browser, server, agencyLead, { viewport: { width: 320, height: 640 } });
    try {
      await openActions(narrow.page);
      await assertNoSidewaysScroll(narrow.page, '/actions at 320 px (agency lead)');
      const id = await narrow.page.getByTestId('action-row').first().getAttribute('data-action-id');
      await openAction(narrow.page, id);
      await assertNoSidewaysScroll(narrow.page, '/actions/:id at 320 px (agency lead)');
      assertNoProblems(narrow.watcher);
    } finally {
      await narrow.context.close();
    }
  });

  test('a coordinator uploads and downloads documents, and adds a finding, a recommendation and an action', async () => {
    const { context, page, watcher } = await signInAs(browser, server, coordinator);
    try {
      const review = await reviewNamed(page, 'Child J');
      await openReview(page, review.id);
      const documents = page.getByTestId('documents-section');

      // A new document with its first version.
      const newDocument = documents.getByTestId('new-document-form');
      await newDocument.getByLabel('Kind of document').selectOption({ label: 'Chronology' });
      await newDocument.getByLabel('Title').fill('Merged chronology (fictional)');
      await newDocument.getByLabel('File').setInputFiles({
        name: 'merged-chronology.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Merged chronology, version 1 (fictional).\n'),
      });
      await newDocument.getByRole('button', { name: 'Upload document' }).click();
      await documents.getByTestId('notification-banner').getByText('Merged chronology (fictional) uploaded').waitFor();
      const row = documents.getByRole('row', { name: /Merged chronology \(fictional\)/ });
      assert.match(await row.innerText(), /merged-chronology\.txt/);

      // A file of a type the server refuses: the error summary names it.
      await newDocument.getByLabel('Kind of document').selectOption({ label: 'Other document' });
      await newDocument.getByLabel('Title').fill('A web page (fictional)');
      await newDocument.getByLabel('File').setInputFiles({
        name: 'page.html',
        mimeType: 'text/html',
        buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      });
      await newDocument.getByRole('button', { name: 'Upload document' }).click();
      const refusal = newDocument.getByTestId('error-summary');
      await refusal.waitFor();
      assert.match(await refusal.innerText(), /The file page\.html cannot be uploaded/);
      assert.ok(await refusal.evaluate((element) => element === document.activeElement), 'the error summary has focus');
      await assertAccessible(page, 'the documents section with a refused file');

      // A new version, then one over the size limit (413).
      const newVersion = documents.getByTestId('new-version-form');
      const documentOption = await newVersion
        .getByLabel('Document')
        .locator('option', { hasText: 'Merged chronology (fictional)' })
        .getAttribute('value');
      await newVersion.getByLabel('Document').selectOption(documentOption);
      const tooLarge = Buffer.alloc(maxDocumentBytes + 50_000, 'a');
      await newVersion.getByLabel('File').setInputFiles({ name: 'huge-chronology.txt', mimeType: 'text/plain', buffer: tooLarge });
      await newVersion.getByRole('button', { name: 'Upload new version' }).click();
      const tooLargeSummary = newVersion.getByTestId('error-summary');
      await tooLargeSummary.waitFor();
      assert.match(await tooLargeSummary.innerText(), /The file huge-chronology\.txt is too large/);

      const secondVersion = 'Merged chronology, version 2 (fictional): police entries added.\n';
      await newVersion.getByLabel('Document').selectOption(documentOption);
      await newVersion.getByLabel('File').setInputFiles({
        name: 'merged-chronology-v2.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(secondVersion),
      });
      await newVersion.getByRole('button', { name: 'Upload new version' }).click();
      await documents.getByTestId('notification-banner').getByText('New version of Merged chronology (fictional) uploaded').waitFor();
      await row.getByText('Version 2,').waitFor();
      await row.getByText('All 2 versions').click();
      assert.match(await row.innerText(), /Version 1: merged-chronology\.txt/);

      // Downloading the latest version gives back the bytes uploaded.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('link', { name: /^merged-chronology-v2\.txt\s*, download version 2 of/ }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'merged-chronology-v2.txt');
      assert.equal(readFileSync(await download.path(), 'utf8'), secondVersion);

      // A finding and a recommendation for one agency.
      const findings = page.getByTestId('findings-section');
      const finding = 'Fictional finding: the school’s concerns did not reach the health visitor.';
      const findingForm = findings.getByTestId('new-finding-form');
      await findingForm.getByLabel('Finding').fill(finding);
      await findingForm.getByLabel('Themes').fill('information sharing, education');
      await findingForm.getByRole('button', { name: 'Add finding' }).click();
      await findings.getByTestId('findings').getByText(finding).waitFor();

      const recommendation = 'Fictional recommendation: police share domestic abuse notifications with schools within a day.';
      const recommendationForm = findings.getByTestId('new-recommendation-form');
      await recommendationForm.getByLabel('Recommendation').fill(recommendation);
      await recommendationForm.getByRole('radio', { name: 'One agency' }).check();
      await recommendationForm.getByLabel('Agency asked to act').selectOption({ label: 'Northmoor Police (fictional)' });
      await recommendationForm.getByRole('button', { name: 'Add recommendation' }).click();
      const card = findings.getByTestId('recommendations').locator('.govuk-summary-card', { hasText: recommendation });
      await card.waitFor();
      assert.match(await card.innerText(), /One agency: Northmoor Police \(fictional\)/);

      // An action on that recommendation, shown under its agency.
      const plan = page.getByTestId('action-plan-section');
      const actionForm = plan.getByTestId('new-action-form');
      const recommendationOption = await actionForm
        .getByLabel('Recommendation')
        .locator('option', { hasText: 'police share domestic abuse notifications' })
        .getAttribute('value');
      await actionForm.getByLabel('Recommendation', { exact: true }).selectOption(recommendationOption);
      await actionForm.getByLabel('Agency', { exact: true }).selectOption({ label: 'Northmoor Police (fictional)' });
      await actionForm.getByLabel('Owner').fill('Head of public protection (fictional)');
      const description = 'Send every domestic abuse notification to the child’s school by 9am the next day (fictional).';
      await actionForm.getByLabel('What will the agency do?').fill(description);
      await actionForm.getByLabel('How will you know it has worked?').fill('A monthly dip sample finds every notification sent on time.');
      await actionForm.getByLabel('Day').fill('31');
      await actionForm.getByLabel('Month').fill('3');
      await actionForm.getByLabel('Year').fill('2027');
      await actionForm.getByRole('button', { name: 'Add action' }).click();
      await plan.getByTestId('notification-banner').waitFor();
      const policeActions = plan.locator('[data-testid^="agency-actions-"]', {
        has: page.getByRole('heading', { level: 3, name: 'Northmoor Police (fictional)' }),
      });
      const added = policeActions.locator('.govuk-summary-card', { hasText: description });
      await added.waitFor();
      assert.match(await added.innerText(), /Due\s+31 March 2027/);
      assert.match(await added.innerText(), /Not started/);

      // Its progress, opened from the plan.
      await added.locator('summary').click();
      await added.getByText('No progress has been reported yet.').waitFor();
      await assertAccessible(page, 'the review’s documents, findings, action plan and quality markers as a coordinator');

      // Coordinators filter /actions by agency.
      await openActions(page);
      await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Northmoor Police (fictional)' });
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL((url) => url.searchParams.has('agency_id'));
      await page.locator('[data-testid="actions-page"][data-ready="true"]').waitFor();
      const police = (await apiGet(page, '/api/agencies')).items.find((agency) => agency.kind === 'police');
      const agencyIds = await page.getByTestId('action-row').evaluateAll((rows) => rows.map((row) => Number(row.dataset.agencyId)));
      assert.ok(agencyIds.length > 0);
      assert.ok(agencyIds.every((id) => id === police.id), 'every row is the police’s');
      await assertAccessible(page, '/actions as a coordinator, filtered by agency');
      const newAction = (await allActions(page, `&agency_id=${police.id}&review_id=${review.id}`)).find(
        (action) => action.description === description,
      );
      assert.ok(newAction, 'the new action is listed');
      await openAction(page, newAction.id);
      await page.getByRole('heading', { level: 1, name: description }).waitFor();
      await assertAccessible(page, '/actions/:id as a coordinator');

      // Changing the action while someone else changes it: the stale edit is refused, the input kept,
      // and the other person's change survives the next save.
      const change = page.getByTestId('change-action');
      await change.locator('summary').click();
      await change.getByLabel('Owner').fill('Detective Superintendent, public protection (fictional)');
      await page.evaluate(async (id) => {
        const { csrf_token: csrf } = await (await fetch('/api/session')).json();
        const read = await fetch(`/api/actions/${id}`);
        const response = await fetch(`/api/actions/${id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, 'If-Match': read.headers.get('ETag') },
          body: JSON.stringify({ success_measure: 'A monthly dip sample of 20 notifications finds all sent on time.' }),
        });
        if (!response.ok) throw new Error(`PATCH: HTTP ${response.status}`);
      }, newAction.id);
      await change.getByRole('button', { name: 'Save changes' }).click();
      const stale = change.getByTestId('error-summary');
      await stale.waitFor();
      assert.match(await stale.innerText(), /Someone else changed this record/);
      await page.waitForFunction(() => document.title.startsWith('Error: Action: '));
      assert.equal(await change.getByLabel('Owner').inputValue(), 'Detective Superintendent, public protection (fictional)');
      await page.locator('.govuk-summary-list').getByText('A monthly dip sample of 20 notifications').waitFor();
      // The field the user did not touch follows the reloaded action, so saving again keeps the other person's change.
      assert.equal(
        await change.getByLabel('How will you know it has worked?').inputValue(),
        'A monthly dip sample of 20 notifications finds all sent on time.',
      );
      await change.getByRole('button', { name: 'Save changes' }).click();
      await page.getByTestId('notification-banner').getByText('Action changed').waitFor();
      await page.locator('.govuk-summary-list').getByText('Detective Superintendent, public protection (fictional)').waitFor();
      const changedAction = await apiGet(page, `/api/actions/${newAction.id}`);
      assert.equal(changedAction.owner, 'Detective Superintendent, public protection (fictional)');
      assert.equal(changedAction.success_measure, 'A monthly dip sample of 20 notifications finds all sent on time.');

      // The two refused uploads and the stale edit are the only failed requests.
      assertNoProblems(watcher, [
        /HTTP (400|413) for .*\/api\/documents\/\d+\/versions$/,
        /HTTP 412 for .*\/api\/actions\/\d+$/,
        /^console error: Failed to load resource: the server responded with a status of (400 \(Bad Request\)|412 \(Precondition Failed\)|413 \(Payload Too Large\))$/,
      ]);
    } finally {
      await context.close();
    }

    const narrow = await signInAs(browser, server, coordinator, { viewport: { width: 320, height: 640 } });
    try {
      await openActions(narrow.page);
      await assertNoSidewaysScroll(narrow.page, '/actions at 320 px (coordinator)');
      const id = await narrow.page.getByTestId('action-row').first().getAttribute('data-action-id');
      await openAction(narrow.page, id);
      await assertNoSidewaysScroll(narrow.page, '/actions/:id at 320 px (coordinator)');
      const review = await reviewNamed(narrow.page, 'Child J');
      await openReview(narrow.page, review.id);
      await assertNoSidewaysScroll(narrow.page, 'the review’s sections at 320 px');
      assertNoProblems(narrow.watcher);
    } finally {
      await narrow.context.close();
    }
  });

  test('a panel member rates a quality marker', async () => {
    const { context, page, watcher } = await signInAs(browser, server, panelMember);
    try {
      const review = await reviewNamed(page, 'Child J');
      await openReview(page, review.id);
      const quality = page.getByTestId('quality-markers-section');
      await quality.getByTestId('quality-marker-18').waitFor();
      for (const group of ['Setting up the review', 'Running the review', 'Outputs and outcomes']) {
        await quality.locator('caption', { hasText: group }).waitFor();
      }
      assert.equal(await quality.locator('[data-testid^="quality-marker-"]').count(), 18);
      assert.equal(await page.getByTestId('new-action-form').count(), 0, 'a panel member does not edit the action plan');

      const form = quality.getByTestId('quality-rating-form');
      await form.getByLabel('Marker').selectOption({ label: '5. Clarity of purpose' });
      await form.getByRole('radio', { name: 'Not met', exact: true }).check();
      const evidence = 'The terms of reference do not say the aim is learning (fictional).';
      await form.getByLabel('Evidence (optional)').fill(evidence);
      await form.getByRole('button', { name: 'Save rating' }).click();
      await quality.getByTestId('notification-banner').waitFor();
      const marker = quality.getByTestId('quality-marker-5');
      await marker.getByText(evidence).waitFor();
      assert.match(await marker.innerText(), /Not met/);
      assert.match(await marker.innerText(), /Demo Panel Member|\(you\)/);
      const rated = (await apiGet(page, `/api/reviews/${review.id}/quality-markers`)).items.find((item) => item.marker === 5);
      assert.equal(rated.rating, 'not_met');
      assert.equal(rated.evidence, evidence);
      await assertAccessible(page, 'the review’s sections as a panel member');
      assertNoProblems(watcher);
    } finally {
      await context.close();
    }
  });
});
