import { Link, useLocation } from '../router';

/**
 * The pages before this one, kept in the address so that Previous works
 * after a reload or from a bookmark. Each `prev` parameter holds the query
 * of one earlier page (without its own `prev`s), oldest first: following
 * Next adds this page's query, following Previous takes the last one back.
 * Keeping whole queries rather than cursors means any list works, whatever
 * its cursor is called; filter forms start a list afresh without them.
 */
const previousParam = 'prev';

function withoutPrevious(search: URLSearchParams): URLSearchParams {
  const own = new URLSearchParams(search);
  own.delete(previousParam);
  return own;
}

function href(pathname: string, search: URLSearchParams): string {
  const text = search.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/** `nextHref` with the pages so far, this one last. */
function nextWithHistory(nextHref: string, search: URLSearchParams): string {
  const next = new URL(nextHref, window.location.origin);
  next.searchParams.delete(previousParam);
  for (const query of search.getAll(previousParam)) next.searchParams.append(previousParam, query);
  next.searchParams.append(previousParam, withoutPrevious(search).toString());
  return href(next.pathname, next.searchParams);
}

/** The page before this one, with the pages before it; null when the address does not say. */
function previousHref(pathname: string, search: URLSearchParams): string | null {
  const earlier = search.getAll(previousParam);
  const before = earlier.pop();
  if (before === undefined) return null;
  const previous = withoutPrevious(new URLSearchParams(before));
  for (const query of earlier) previous.append(previousParam, query);
  return href(pathname, previous);
}

/**
 * GOV.UK pagination for the API's cursor pages: "Next" goes to `nextHref`
 * (the page after this one's cursor), "Previous" to the page this one was
 * reached from. `hasPrevious` says whether this is a later page; Previous
 * shows only when it is and the address knows the page before.
 */
export function Pagination({ nextHref, hasPrevious }: { nextHref: string | null; hasPrevious: boolean }) {
  const { pathname, search } = useLocation();
  const previous = hasPrevious ? previousHref(pathname, search) : null;
  const next = nextHref ? nextWithHistory(nextHref, search) : null;
  if (!next && !previous) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages">
      {previous ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" href={previous} rel="prev">
            <span className="govuk-pagination__link-title">Previous page</span>
          </Link>
        </div>
      ) : null}
      {next ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" href={next} rel="next">
            <span className="govuk-pagination__link-title">Next page</span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
