import { usePageTitle } from '../usePageTitle';

/** The GOV.UK "page not found" pattern, for paths the app does not know. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          <a href="/" className="govuk-link">
            Go to your work
          </a>
        </p>
      </div>
    </div>
  );
}
