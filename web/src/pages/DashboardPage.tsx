import { useEffect } from 'react';
import { isAgencyLead } from '../api/session';
import { deadlinesPath, workSummaryPath, type Deadline, type DeadlinePage, type WorkSummary } from '../api/work';
import { ProblemSummary } from '../components/ErrorSummary';
import { ResourceView } from '../components/ResourceView';
import { Table } from '../components/Table';
import { MilestoneStateTag, RagTag, StageTag } from '../components/Tag';
import { useResource } from '../data/useResource';
import { useResourcePages, type ResourcePages } from '../data/useResourcePages';
import { formatDate } from '../dates';
import { label, ragLabels, ragMeanings, rags, stageLabels } from '../labels';
import { Link } from '../router';
import { useUser } from '../session';
import { usePageTitle } from '../usePageTitle';

const deadlineWindowDays = 30;
const deadlinesPerPage = 25;
export const dashboardFilledMark = 'casereview:dashboard-filled';

/**
 * "Your work": what is due (overdue first, then the next 30 days), where the
 * user's reviews stand, and how their actions are doing. An agency lead's
 * counts are their agency's alone (the server confines them).
 */
export function DashboardPage() {
  usePageTitle('Your work');
  const user = useUser();
  const [summary] = useResource(workSummaryPath);
  const deadlines = useResourcePages(
    (cursor) => deadlinesPath({ within_days: deadlineWindowDays, limit: deadlinesPerPage, cursor }),
    (page) => page.next_cursor,
  );
  const ready = summary.status !== 'loading' && deadlines.pages.status !== 'loading';
  const agencyLead = isAgencyLead(user);
  useEffect(() => {
    // The moment the page is filled in, for bench/web_load.mjs (User Timing).
    if (ready) performance.mark(dashboardFilledMark);
  }, [ready]);

  return (
    <div data-testid="dashboard" data-ready={ready}>
      <span className="govuk-caption-l">{user.display_name}</span>
      <h1 className="govuk-heading-xl">Your work</h1>

      <h2 className="govuk-heading-l">Deadlines</h2>
      <p className="govuk-body">Overdue milestones, and milestones due in the next {deadlineWindowDays} days, of the reviews you can see.</p>
      <ResourceView resource={deadlines.pages}>{(pages) => <DeadlineTable pages={pages} list={deadlines} />}</ResourceView>

      <ResourceView resource={summary}>
        {(counts) => (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-l">Actions by RAG rating</h2>
              <p className="govuk-body">
                {agencyLead ? 'Your agency’s actions across every review.' : 'Actions across the reviews you can see.'}
              </p>
              <RagCounts counts={counts.actions_by_rag} />
            </div>
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-l">Reviews by stage</h2>
              <StageCounts counts={counts.reviews_by_stage} />
            </div>
          </div>
        )}
      </ResourceView>
    </div>
  );
}

function RagCounts({ counts }: { counts: WorkSummary['actions_by_rag'] }) {
  return (
    <Table
      caption="Number of actions of each RAG rating"
      rows={rags}
      rowKey={(rag) => rag}
      columns={[
        {
          header: 'Rating',
          rowHeader: true,
          cell: (rag) => (
            <>
              <RagTag rag={rag} />
              <span className="govuk-hint app-block govuk-!-font-weight-regular">{ragMeanings[rag]}</span>
            </>
          ),
        },
        {
          header: 'Actions',
          numeric: true,
          cell: (rag) => (
            <>
              <Link className="govuk-link app-rag-count" href={`/actions?rag=${rag}`} data-testid={`rag-count-${rag}`} aria-describedby={`rag-${rag}-label`}>
                {counts[rag]}
              </Link>
              <span className="govuk-visually-hidden" id={`rag-${rag}-label`}>
                {label(ragLabels, rag)} actions
              </span>
            </>
          ),
        },
      ]}
    />
  );
}

function StageCounts({ counts }: { counts: WorkSummary['reviews_by_stage'] }) {
  const shown = counts.filter((entry) => entry.count > 0);
  if (shown.length === 0) return <p className="govuk-body">You have no reviews to see yet.</p>;
  return (
    <Table
      caption="Number of reviews at each stage"
      rows={shown}
      rowKey={({ stage }) => stage}
      columns={[
        { header: 'Stage', rowHeader: true, cell: ({ stage }) => <StageTag stage={stage} /> },
        {
          header: 'Reviews',
          numeric: true,
          cell: ({ stage, count }) => (
            <Link className="govuk-link" href={`/reviews?stage=${stage}`} data-testid={`stage-count-${stage}`}>
              {count}
              <span className="govuk-visually-hidden"> {count === 1 ? 'review' : 'reviews'} at {label(stageLabels, stage)}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}

/** The deadlines read so far, and "Show more" for each next page. */
function DeadlineTable({ pages, list }: { pages: readonly DeadlinePage[]; list: ResourcePages<DeadlinePage> }) {
  const items = pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <p className="govuk-body">Nothing is overdue or due in the next {deadlineWindowDays} days.</p>;
  }
  return (
    <>
      {list.moreFailed ? <ProblemSummary error={list.moreFailed} /> : null}
      <Table<Deadline>
        caption="Deadlines, overdue first"
        stacked
        testId="deadlines"
        rows={items}
        rowKey={(deadline) => `${deadline.review_id}-${deadline.milestone.id}`}
        columns={[
          {
            header: 'Due',
            cell: (deadline) => (
              <>
                <span className="app-nowrap">{formatDate(deadline.milestone.due)}</span> <MilestoneStateTag state={deadline.milestone.state} />
              </>
            ),
          },
          {
            header: 'Review',
            cell: (deadline) => (
              <>
                <Link className="govuk-link" href={`/reviews/${deadline.review_id}`}>
                  {deadline.pseudonym}
                </Link>
                <br />
                <StageTag stage={deadline.stage} />
              </>
            ),
          },
          { header: 'Milestone', cell: (deadline) => deadline.milestone.title },
        ]}
      />
      {list.hasMore ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={list.more} disabled={list.busy} aria-disabled={list.busy}>
          Show more deadlines
        </button>
      ) : null}
    </>
  );
}
