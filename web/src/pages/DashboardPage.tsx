import { useEffect, useState } from 'react';
import { asApiError, getJson, query, type ApiError } from '../api/client';
import { isAgencyLead } from '../api/session';
import type { Deadline, DeadlinePage, WorkSummary } from '../api/work';
import { ProblemSummary } from '../components/ErrorSummary';
import { ResourceView } from '../components/ResourceView';
import { MilestoneStateTag, RagTag, StageTag } from '../components/Tag';
import { formatDate } from '../dates';
import { label, ragLabels, ragMeanings, rags, stageLabels } from '../labels';
import { Link } from '../router';
import { useUser } from '../session';
import { usePageTitle } from '../usePageTitle';
import { useResource } from '../useResource';

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
  const [summary] = useResource<WorkSummary>('/api/work-summary');
  const [deadlines] = useResource<DeadlinePage>(
    `/api/deadlines${query({ within_days: deadlineWindowDays, limit: deadlinesPerPage })}`,
  );
  const ready = summary.status !== 'loading' && deadlines.status !== 'loading';
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
      <ResourceView resource={deadlines}>{(page) => <DeadlineTable first={page} />}</ResourceView>

      <ResourceView resource={summary}>
        {(counts) => (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <h2 className="govuk-heading-l">Actions by RAG rating</h2>
              <p className="govuk-body">
                {agencyLead ? 'Your agency’s actions across every review.' : 'Actions across the reviews you can see.'}
              </p>
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Number of actions of each RAG rating</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Rating
                    </th>
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                      Actions
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {rags.map((rag) => (
                    <tr className="govuk-table__row" key={rag}>
                      <th scope="row" className="govuk-table__header">
                        <RagTag rag={rag} />
                        <span className="govuk-hint app-block govuk-!-font-weight-regular">{ragMeanings[rag]}</span>
                      </th>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        <Link
                          className="govuk-link app-rag-count"
                          href={`/actions?rag=${rag}`}
                          data-testid={`rag-count-${rag}`}
                          aria-describedby={`rag-${rag}-label`}
                        >
                          {counts.actions_by_rag[rag]}
                        </Link>
                        <span className="govuk-visually-hidden" id={`rag-${rag}-label`}>
                          {label(ragLabels, rag)} actions
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
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

function StageCounts({ counts }: { counts: WorkSummary['reviews_by_stage'] }) {
  const shown = counts.filter((entry) => entry.count > 0);
  if (shown.length === 0) return <p className="govuk-body">You have no reviews to see yet.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Number of reviews at each stage</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Stage
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Reviews
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {shown.map(({ stage, count }) => (
          <tr className="govuk-table__row" key={stage}>
            <th scope="row" className="govuk-table__header">
              <StageTag stage={stage} />
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Link className="govuk-link" href={`/reviews?stage=${stage}`} data-testid={`stage-count-${stage}`}>
                {count}
                <span className="govuk-visually-hidden"> {count === 1 ? 'review' : 'reviews'} at {label(stageLabels, stage)}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The first page of deadlines, and "Show more" for each next one. */
function DeadlineTable({ first }: { first: DeadlinePage }) {
  const [items, setItems] = useState<Deadline[]>(first.items);
  const [next, setNext] = useState<string | null>(first.next_cursor);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  if (items.length === 0) {
    return <p className="govuk-body">Nothing is overdue or due in the next {deadlineWindowDays} days.</p>;
  }

  const more = async () => {
    if (!next) return;
    setBusy(true);
    try {
      const page = await getJson<DeadlinePage>(
        `/api/deadlines${query({ within_days: deadlineWindowDays, limit: deadlinesPerPage, cursor: next })}`,
      );
      setItems((shown) => [...shown, ...page.items]);
      setNext(page.next_cursor);
      setError(null);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {error ? <ProblemSummary error={error} /> : null}
      <table className="govuk-table app-table--stacked" data-testid="deadlines">
        <caption className="govuk-table__caption govuk-visually-hidden">Deadlines, overdue first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Review
            </th>
            <th scope="col" className="govuk-table__header">
              Milestone
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((deadline) => (
            <tr className="govuk-table__row" key={`${deadline.review_id}-${deadline.milestone.id}`}>
              <td className="govuk-table__cell" data-label="Due">
                <span className="app-nowrap">{formatDate(deadline.milestone.due)}</span>{' '}
                <MilestoneStateTag state={deadline.milestone.state} />
              </td>
              <td className="govuk-table__cell" data-label="Review">
                <Link className="govuk-link" href={`/reviews/${deadline.review_id}`}>
                  {deadline.pseudonym}
                </Link>
                <br />
                <StageTag stage={deadline.stage} />
              </td>
              <td className="govuk-table__cell" data-label="Milestone">
                {deadline.milestone.title}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {next ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={more} disabled={busy} aria-disabled={busy}>
          Show more deadlines
        </button>
      ) : null}
    </>
  );
}
