import { usePageTitle } from '../usePageTitle';

/** The GOV.UK heading for a page that could not be shown because of a fault. */
export const serviceProblemHeading = 'Sorry, there is a problem with the service';

/**
 * The GOV.UK "problem with the service" page, for when a page fails to
 * show. It links to Your work with an ordinary link, so following it
 * reloads the app afresh.
 */
export function ServiceProblemPage() {
  usePageTitle(serviceProblemHeading);
  return (
    <div className="govuk-grid-row" data-testid="service-problem">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{serviceProblemHeading}</h1>
        <p className="govuk-body">Try reloading the page. Anything you saved before this happened has been kept.</p>
        <p className="govuk-body">
          Or{' '}
          <a href="/" className="govuk-link">
            go to Your work
          </a>
          .
        </p>
      </div>
    </div>
  );
}
