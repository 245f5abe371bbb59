import { useState, type FormEvent } from 'react';
import {
  actionsPath,
  actionStatuses,
  actionStatusLabels,
  type Action,
  type ActionFilter,
  type ActionStatus,
} from '../../api/actions';
import { agenciesPath, agencyName, type Agency } from '../../api/agencies';
import { query } from '../../api/contract';
import { isAgencyLead } from '../../api/session';
import { Select } from '../../components/fields';
import { Pagination } from '../../components/Pagination';
import { ResourceView } from '../../components/ResourceView';
import { Table } from '../../components/Table';
import { RagTag } from '../../components/Tag';
import { formatDate } from '../../dates';
import { label, ragLabels, rags, type Rag } from '../../labels';
import { Link, navigate, useLocation } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { useResource } from '../../data/useResource';

const actionsPerPage = 50;

/** The filters as the address holds them; anything not a valid value is ignored. */
function filterFrom(search: URLSearchParams): ActionFilter {
  const number = (name: string) => {
    const value = search.get(name);
    return value && /^[1-9]\d*$/.test(value) ? Number(value) : undefined;
  };
  const status = search.get('status');
  const rag = search.get('rag');
  return {
    status: actionStatuses.includes(status as ActionStatus) ? (status as ActionStatus) : undefined,
    rag: rags.includes(rag as Rag) ? (rag as Rag) : undefined,
    review_id: number('review_id'),
    agency_id: number('agency_id'),
    cursor: number('cursor'),
  };
}

/**
 * Action plans across reviews: an agency lead's are their agency's (the
 * server confines them); coordinators and admins see every action of the
 * reviews they can see and may filter by agency. Filters live in the
 * address (the dashboard links to `/actions?rag=red`); pages follow the
 * API's cursor. Actions are grouped by review, named by their own
 * `review_pseudonym`.
 */
export function ActionsPage() {
  const user = useUser();
  const lead = isAgencyLead(user);
  usePageTitle(lead ? 'Your agency’s actions' : 'Action plans');
  const { search } = useLocation();
  const filter = filterFrom(search);
  const [page] = useResource(actionsPath({ ...filter, limit: actionsPerPage }));
  const [agencyList] = useResource(agenciesPath);
  const agencies = agencyList.status === 'loaded' ? agencyList.data.items : [];
  const { cursor, ...chosen } = filter;
  const ready = page.status !== 'loading' && agencyList.status !== 'loading';
  const actions = page.status === 'loaded' ? page.data.items : [];
  const chosenReview = chosen.review_id !== undefined ? (actions[0]?.review_pseudonym ?? `Review ${chosen.review_id}`) : null;

  return (
    <div data-testid="actions-page" data-ready={ready}>
      {lead && user.agency_id !== null ? <span className="govuk-caption-l">{agencyName(agencies, user.agency_id)}</span> : null}
      <h1 className="govuk-heading-xl">{lead ? 'Your agency’s actions' : 'Action plans'}</h1>
      <p className="govuk-body">
        {lead
          ? 'The actions your agency has agreed to take in response to case reviews, and how they are going.'
          : 'The actions agencies have agreed to take in response to the reviews you can see, and how they are going.'}
      </p>
      <Filters key={JSON.stringify(chosen)} chosen={chosen} reviewName={chosenReview} agencies={lead ? null : agencies} />
      <ResourceView resource={page}>
        {(result) => (
          <>
            <ActionsByReview actions={result.items} chosen={chosen} agencies={agencies} />
            <Pagination
              nextHref={result.next_cursor !== null ? `/actions${query({ ...chosen, cursor: result.next_cursor })}` : null}
              hasPrevious={cursor !== undefined}
            />
          </>
        )}
      </ResourceView>
    </div>
  );
}

/**
 * The filter form, holding the choices until they are applied. Its parent
 * keys it on the applied filters, so it starts again from the address after
 * "Clear filters", Back or Forward. A review is chosen from its actions'
 * group (the form keeps it, and says which it is).
 */
function Filters({
  chosen,
  reviewName,
  agencies,
}: {
  chosen: Omit<ActionFilter, 'cursor'>;
  /** The chosen review's name, or null when every review's actions are shown. */
  reviewName: string | null;
  agencies: readonly Agency[] | null;
}) {
  const [status, setStatus] = useState<string>(chosen.status ?? '');
  const [rag, setRag] = useState<string>(chosen.rag ?? '');
  const [agencyId, setAgencyId] = useState(chosen.agency_id ? String(chosen.agency_id) : '');
  const filtered = Object.values(chosen).some((value) => value !== undefined);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/actions${query({ review_id: chosen.review_id ?? '', agency_id: agencies ? agencyId : '', status, rag })}`);
  };

  return (
    <form onSubmit={apply} className="app-filters" data-testid="action-filters">
      <h2 className="govuk-heading-m">Filter actions</h2>
      {reviewName !== null ? <p className="govuk-body">Showing the actions of {reviewName} only.</p> : null}
      <div className="app-filters__fields">
        {agencies ? (
          <Select
            name="agency_id"
            label="Agency"
            value={agencyId}
            onChange={setAgencyId}
            options={[{ value: '', label: 'All agencies' }, ...agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))]}
          />
        ) : null}
        <Select
          name="status"
          label="Status"
          value={status}
          onChange={setStatus}
          options={[{ value: '', label: 'Any status' }, ...actionStatuses.map((value) => ({ value, label: actionStatusLabels[value] }))]}
        />
        <Select
          name="rag"
          label="RAG rating"
          value={rag}
          onChange={setRag}
          options={[{ value: '', label: 'Any rating' }, ...rags.map((value) => ({ value, label: ragLabels[value] }))]}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        {filtered ? (
          <Link className="govuk-link" href="/actions">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function ActionsByReview({
  actions,
  chosen,
  agencies,
}: {
  actions: readonly Action[];
  chosen: Omit<ActionFilter, 'cursor'>;
  agencies: readonly Agency[];
}) {
  if (actions.length === 0) return <p className="govuk-body">No actions match these filters.</p>;
  const reviewIds = [...new Set(actions.map((action) => action.review_id))];
  const pseudonym = (id: number) => actions.find((action) => action.review_id === id)?.review_pseudonym ?? `Review ${id}`;
  return (
    <>
      {reviewIds.map((reviewId) => {
        const name = pseudonym(reviewId);
        return (
          <div key={reviewId} data-testid={`review-actions-${reviewId}`}>
            <h2 className="govuk-heading-m">
              <Link className="govuk-link" href={`/reviews/${reviewId}`}>
                {name}
              </Link>
            </h2>
            {chosen.review_id === undefined ? (
              <p className="govuk-body-s">
                <Link className="govuk-link" href={`/actions${query({ ...chosen, review_id: reviewId })}`}>
                  Show only the actions of {name}
                </Link>
              </p>
            ) : null}
            <Table<Action>
              caption={`Actions for ${name}`}
              stacked
              rows={actions.filter((action) => action.review_id === reviewId)}
              rowKey={(action) => action.id}
              rowAttributes={(action) => ({ 'data-testid': 'action-row', 'data-action-id': action.id, 'data-agency-id': action.agency_id })}
              columns={[
                {
                  header: 'Action',
                  cell: (action) => (
                    <Link className="govuk-link" href={`/actions/${action.id}`}>
                      {action.description}
                    </Link>
                  ),
                },
                { header: 'Agency', cell: (action) => agencyName(agencies, action.agency_id) },
                { header: 'Due', cell: (action) => <span className="app-nowrap">{formatDate(action.due_on)}</span> },
                { header: 'Status', cell: (action) => <span className="app-nowrap">{label(actionStatusLabels, action.status)}</span> },
                { header: 'RAG', cell: (action) => <RagTag rag={action.rag} /> },
              ]}
            />
          </div>
        );
      })}
    </>
  );
}
