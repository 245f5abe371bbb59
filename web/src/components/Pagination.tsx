import { Link } from '../router';

/**
 * GOV.UK pagination for the API's cursor pages: "Previous" goes back in the
 * browser history (the page before), "Next" to the page after `nextCursor`.
 */
export function Pagination({ nextHref, hasPrevious }: { nextHref: string | null; hasPrevious: boolean }) {
  if (!nextHref && !hasPrevious) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages">
      {hasPrevious ? (
        <div className="govuk-pagination__prev">
          <a
            className="govuk-link govuk-pagination__link"
            href="#"
            rel="prev"
            onClick={(event) => {
              event.preventDefault();
              window.history.back();
            }}
          >
            <span className="govuk-pagination__link-title">Previous page</span>
          </a>
        </div>
      ) : null}
      {nextHref ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" href={nextHref} rel="next">
            <span className="govuk-pagination__link-title">Next page</span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
