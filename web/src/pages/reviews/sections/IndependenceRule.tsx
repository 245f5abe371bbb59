import type { ApiError } from '../../../api/client';

/** A refusal on the grounds of the reviewer-independence rule (docs/domain/case-records.md). */
export function isIndependenceRefusal(error: ApiError | null): boolean {
  return error !== null && error.status === 409 && /independen/i.test(error.problem.detail ?? '');
}

/** The reviewer-independence rule in plain words, for when it refuses a change; `remedy` says how to go ahead. */
export function IndependenceRule({ remedy }: { remedy: string }) {
  return (
    <div className="govuk-inset-text" data-testid="independence-rule">
      <h4 className="govuk-heading-s">Why this was refused: the reviewer must be independent</h4>
      <p className="govuk-body">
        A case review has to be independent of the agencies whose work it looks at. A reviewer who works for one of the
        agencies involved in this case would be reviewing their own organisation’s practice, so the service does not
        appoint them without a written reason. This follows the SCIE/NSPCC quality markers for case reviews (marker 7,
        governance).
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">{remedy}</p>
    </div>
  );
}
