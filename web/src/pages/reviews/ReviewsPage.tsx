import { type FormEvent, useState } from 'react';
import { query } from '../../api/contract';
import { agenciesPath, type Agency } from '../../api/agencies';
import { limits } from '../../api/limits';
import { reviewsPath, type ReviewFilters } from '../../api/reviews';
import { Checkboxes, Select, TextInput } from '../../components/fields';
import { Pagination } from '../../components/Pagination';
import { ResourceView } from '../../components/ResourceView';
import { label, stageLabels, stages } from '../../labels';
import { Link, navigate, useLocation } from '../../router';
import { usePageTitle } from '../../usePageTitle';
import { useResource } from '../../data/useResource';
import { reviewTypeLabels, reviewTypes } from './labels';
import { ReviewTable } from './ReviewTable';

const reviewsPerPage = 20;
/** The longest pseudonym the list's `q` takes. */
const maxPseudonym = limits.listReviews.q.maxLength;

/** The filters a visitor can set, as they stand in the address (`/reviews?stage=drafting`). */
interface FilterValues {
  stage: string;
  type: string;
  overdue: boolean;
  agency_id: string;
  q: string;
}

function filtersFrom(search: URLSearchParams): FilterValues {
  return {
    stage: search.get('stage') ?? '',
    type: search.get('type') ?? '',
    overdue: search.get('overdue') === 'true',
    agency_id: search.get('agency_id') ?? '',
    q: search.get('q') ?? '',
  };
}

function positiveLimit(text: string | null): number {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= 200 ? value : reviewsPerPage;
}

/** The address of the list with `values` and, optionally, a page's cursor. */
function listHref(values: FilterValues, extra: { cursor?: string; limit?: number } = {}): string {
  return `/reviews${query({
    stage: values.stage,
    type: values.type,
    overdue: values.overdue ? 'true' : '',
    agency_id: values.agency_id,
    q: values.q.trim(),
    limit: extra.limit !== undefined && extra.limit !== reviewsPerPage ? extra.limit : undefined,
    cursor: extra.cursor,
  })}`;
}

/**
 * The reviews the user may see, filtered and a page at a time. The filters
 * and the page live in the address, so links, bookmarks and Back work.
 */
export function ReviewsPage() {
  usePageTitle('Reviews');
  const { search } = useLocation();
  const values = filtersFrom(search);
  const cursor = search.get('cursor') ?? '';
  const limit = positiveLimit(search.get('limit'));
  const filters: ReviewFilters = { limit };
  if (values.stage) filters.stage = values.stage;
  if (values.type) filters.type = values.type;
  if (values.overdue) filters.overdue = true;
  if (values.agency_id) filters.agency_id = values.agency_id;
  if (values.q) filters.q = values.q;
  if (cursor) filters.cursor = cursor;
  const [page] = useResource(reviewsPath(filters));
  const [agencies] = useResource(agenciesPath);
  const filtered = Boolean(values.stage || values.type || values.overdue || values.agency_id || values.q);

  return (
    <div data-testid="reviews" data-ready={page.status !== 'loading'}>
      <h1 className="govuk-heading-xl">Reviews</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter-from-desktop">
          <FilterForm
            key={search.toString()}
            initial={values}
            limit={limit}
            agencies={agencies.status === 'loaded' ? agencies.data.items : []}
          />
        </div>
        <div className="govuk-grid-column-three-quarters-from-desktop">
          <ResourceView resource={page}>
            {(loaded) => (
              <>
                <ResultCount shown={loaded.items.length} more={loaded.next_cursor !== null || cursor !== ''} filtered={filtered} />
                {loaded.items.length > 0 ? <ReviewTable reviews={loaded.items} /> : null}
                <Pagination
                  nextHref={loaded.next_cursor ? listHref(values, { cursor: loaded.next_cursor, limit }) : null}
                  hasPrevious={cursor !== ''}
                />
              </>
            )}
          </ResourceView>
        </div>
      </div>
    </div>
  );
}

function ResultCount({ shown, more, filtered }: { shown: number; more: boolean; filtered: boolean }) {
  if (shown === 0) {
    return (
      <div data-testid="no-reviews">
        <h2 className="govuk-heading-m">No reviews found</h2>
        <p className="govuk-body">
          {filtered ? (
            <>
              No reviews you can see match these filters. Change the filters or{' '}
              <Link className="govuk-link" href="/reviews">
                clear them
              </Link>
              .
            </>
          ) : (
            'There are no reviews you can see.'
          )}
        </p>
      </div>
    );
  }
  const noun = shown === 1 ? 'review' : 'reviews';
  return (
    <p className="govuk-body" role="status" data-testid="review-count">
      {more ? `Showing ${shown} ${noun} on this page` : `Showing ${shown} ${noun}`}
      {filtered ? ' that match the filters' : ''}.
    </p>
  );
}

function FilterForm({ initial, limit, agencies }: { initial: FilterValues; limit: number; agencies: readonly Agency[] }) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof FilterValues>(key: K) => (value: FilterValues[K]) => setValues({ ...values, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(listHref(values, { limit }));
  };

  return (
    <form onSubmit={submit} noValidate className="app-filter" aria-labelledby="review-filters">
      <h2 className="govuk-heading-m" id="review-filters">
        Filter reviews
      </h2>
      <TextInput name="q" label="Pseudonym" hint="For example, Child T" value={values.q} onChange={set('q')} spellCheck={false} maxLength={maxPseudonym} />
      <Select
        name="stage"
        label="Stage"
        value={values.stage}
        onChange={set('stage')}
        options={[{ value: '', label: 'Any stage' }, ...stages.map((stage) => ({ value: stage, label: label(stageLabels, stage) }))]}
      />
      <Select
        name="type"
        label="Type of review"
        value={values.type}
        onChange={set('type')}
        options={[{ value: '', label: 'Any type' }, ...reviewTypes.map((type) => ({ value: type, label: reviewTypeLabels[type] }))]}
      />
      <Select
        name="agency_id"
        label="Agency involved"
        value={values.agency_id}
        onChange={set('agency_id')}
        options={[{ value: '', label: 'Any agency' }, ...agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))]}
      />
      <Checkboxes
        name="overdue"
        label="Deadlines"
        values={values.overdue ? ['true'] : []}
        onChange={(checked) => set('overdue')(checked.includes('true'))}
        options={[{ value: 'true', label: 'Only reviews with an overdue milestone' }]}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Apply filters
        </button>
        <Link className="govuk-link" href="/reviews">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
