import type { ReactNode } from 'react';

/**
 * A form kept behind a GOV.UK details toggle until wanted, so the review
 * reads first. The browser keeps it open across re-renders and reloads of
 * the review, so a form with errors stays in view.
 */
export function FormDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="govuk-details app-form-disclosure">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
