// "Your work" in a real browser against the real server with the demo data:
// deadlines (overdue first) link to their reviews, the counts by stage link
// to the filtered list and agree with it, the RAG counts agree with the
// actions API for each role's scope, and the page passes axe-core and fits
// 320 pixels for every role.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { apiGet, artifactPath, assertAccessible, assertNoSidewaysScroll, serveDemo, signInAs } from './support.mjs';

const coordinator = 'coordinator@northmoor.example';
const everyone = [
  'admin@northmoor.example',
  coordinator,
  'panel.member@northmoor.example',
  'partner@northmoor.example',
  'reviewer.one@northmoor.example',
  'police.lead@northmoor.example',
  'health.lead@northmoor.example',
];

/** How many actions GET /api/actions gives with `filter`, following every page. */
async function countActions(page, filter) {
  return page.evaluate(async (rag) => {
    let count = 0;
    let cursor = '';
    do {
      const body = await fetch(`/api/actions?rag=${rag}&limit=200${cursor ? `&cursor=${cursor}` : ''}`).then((r) => r.json());
      count += body.items.length;
      cursor = body.next_cursor ?? '';
    } while (cursor);
    return count;
  }, filter);
}

async function filledDashboard(page) {
  await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor();
  await page.getByTestId('rag-count-red').waitFor();
}

describe('your work', () => {
  let server;
  let browser;

  serveDemo({}, (started, launched) => {
    server = started;
    browser = launched;
  });

  test('deadlines, stage counts and RAG counts agree with the API and link onwards', async () => {
    const { context, page, watcher } = await signInAs(browser, server, coordinator);
    try {
      await filledDashboard(page);
      assert.equal(await page.title(), 'Your work – Case reviews');

      // Deadlines: overdue first, dates in words, each linking to its review.
      const rows = page.getByTestId('deadlines').locator('tbody tr');
      const first = (await rows.first().innerText()).replace(/\s+/g, ' ');
      assert.match(first, /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} Overdue/);
      const deadlines = await apiGet(page, '/api/deadlines?within_days=30&limit=25');
      assert.equal(await rows.count(), deadlines.items.length);

      // RAG counts are the actions API's, rag by rag.
      for (const rag of ['red', 'amber', 'green']) {
        const shown = Number(await page.getByTestId(`rag-count-${rag}`).innerText());
        assert.equal(shown, await countActions(page, rag), `${rag} count`);
      }

      // A stage count links to the list filtered by that stage, which shows as many.
      const stageLink = page.getByTestId('stage-count-closed');
      const closed = Number((await stageLink.innerText()).match(/^\d+/)[0]);
      await page.screenshot({ path: artifactPath('dashboard.png'), fullPage: true });
      await stageLink.click();
      await page.waitForURL((url) => url.pathname === '/reviews' && url.searchParams.get('stage') === 'closed');
      const listed = await apiGet(page, '/api/reviews?stage=closed&limit=200');
      assert.equal(listed.items.length, closed);
      // Back only once the list has loaded: leaving earlier would cancel its requests.
      await page.locator('[data-testid="reviews"][data-ready="true"]').waitFor();
      await page.getByLabel('Agency involved').locator('option').nth(1).waitFor({ state: 'attached' });
      assert.equal(await page.getByTestId('review-row').count(), closed);

      // A deadline's link opens its review.
      await page.goBack();
      await filledDashboard(page);
      const link = rows.first().getByRole('link');
      const pseudonym = await link.innerText();
      await link.click();
      await page.getByRole('heading', { level: 1, name: pseudonym }).waitFor();
      assert.deepEqual(watcher.problems, [], `the page reported problems:\n${watcher.problems.join('\n')}`);
    } finally {
      await context.close();
    }
  });

  test('an agency lead counts only their own agency’s actions', async () => {
    const { context, page } = await signInAs(browser, server, 'police.lead@northmoor.example');
    try {
      await filledDashboard(page);
      const summary = await apiGet(page, '/api/work-summary');
      const session = await apiGet(page, '/api/session');
      assert.equal(summary.agency_id, session.user.agency_id);
      for (const rag of ['red', 'amber', 'green']) {
        assert.equal(Number(await page.getByTestId(`rag-count-${rag}`).innerText()), summary.actions_by_rag[rag]);
      }
      const all = await page.evaluate(() => fetch('/api/actions?limit=200').then((r) => r.json()));
      assert.ok(all.items.length > 0, 'the police have actions in the demo');
      assert.ok(all.items.every((action) => action.agency_id === session.user.agency_id), 'only their agency’s actions');
      assert.equal(summary.actions_by_rag.red + summary.actions_by_rag.amber + summary.actions_by_rag.green, all.items.length);
      assert.match(await page.getByText(/Your agency’s actions/).innerText(), /Your agency’s actions across every review/);
    } finally {
      await context.close();
    }
  });

  for (const email of everyone) {
    test(`passes axe-core and fits 320 pixels for ${email}`, async () => {
      const { context, page } = await signInAs(browser, server, email);
      try {
        await filledDashboard(page);
        await assertAccessible(page, `Your work (${email})`);
        await page.setViewportSize({ width: 320, height: 640 });
        await assertNoSidewaysScroll(page, `Your work at 320 px (${email})`);
      } finally {
        await context.close();
      }
    });
  }
});
