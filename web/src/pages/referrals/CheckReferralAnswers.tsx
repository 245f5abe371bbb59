import { useEffect, useState } from 'react';
import { asApiError, type ApiError, type FieldError } from '../../api/client';
import { createReferral, type Referral } from '../../api/referrals';
import { type Agency } from '../../api/agencies';
import { ProblemSummary } from '../../components/ErrorSummary';
import { SummaryList } from '../../components/SummaryList';
import { formatDate } from '../../dates';
import { Link, navigate } from '../../router';
import { AssessmentDetails } from './AssessmentView';
import { ChangeLink, FactsSummary } from './FactsSummary';
import { checkReferral, type ReferralDraft } from './referralDraft';
import type { LiveAssessment } from './useLiveAssessment';
import { staleAfter } from '../../data/staleAfter';
import { useRefresh } from '../../data/useRefresh';

const formPath = '/referrals/new';

/**
 * "Check your answers" for a new referral: every answer with a link back to
 * its question, the assessment those facts get, and "Create referral". A
 * double click or a retry sends the same Idempotency-Key, so only one
 * referral is made. Field errors from the server go back to the form.
 */
export function CheckReferralAnswers({
  draft,
  agencies,
  live,
  idempotencyKey,
  onInvalid,
  onCreated,
}: {
  draft: ReferralDraft;
  agencies: readonly Agency[];
  live: LiveAssessment;
  idempotencyKey: string;
  onInvalid: (errors: FieldError[]) => void;
  onCreated: (referral: Referral) => void;
}) {
  const { referral } = checkReferral(draft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const refresh = useRefresh();

  // Nothing to check (the address was opened directly): back to the form.
  const complete = referral !== null;
  useEffect(() => {
    if (!complete) navigate(formPath, { replace: true });
  }, [complete]);
  if (!referral) return null;

  const create = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const created = await createReferral(referral, idempotencyKey);
      await refresh(staleAfter.referralCreated());
      onCreated(created);
    } catch (caught) {
      const failure = asApiError(caught);
      if (failure.status === 400 && failure.problem.errors.length > 0) onInvalid(failure.problem.errors);
      else setError(failure);
      setBusy(false);
    }
  };

  const agency = agencies.find((item) => String(item.id) === draft.referring_agency_id);
  const change = (field: string, what: string) => <ChangeLink formPath={formPath} field={field} what={what} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={formPath} className="govuk-back-link">
          Back
        </Link>
        {error ? <ProblemSummary error={error} /> : null}
        <h1 className="govuk-heading-l">Check your answers before creating the referral</h1>

        <h2 className="govuk-heading-m">The referral</h2>
        <SummaryList
          rows={[
            { key: 'Pseudonym', value: referral.pseudonym, action: change('pseudonym', 'Pseudonym') },
            { key: 'Who made the referral', value: referral.referrer_name, action: change('referrer_name', 'Who made the referral?') },
            {
              key: 'Referring agency',
              value: agency ? agency.name : 'Not one of the partnership’s agencies',
              action: change('referring_agency_id', 'Which agency referred it?'),
            },
            { key: 'Received on', value: formatDate(referral.received_on), action: change('received_on', 'When was the referral received?') },
            { key: 'Summary', value: <span className="app-preserve-lines">{referral.summary}</span>, action: change('summary', 'Summary of the referral') },
            {
              key: 'Restricted review',
              value: referral.restricted ? 'Yes: only the people assigned to it, and administrators, can see it' : 'No',
              action: change('restricted', 'Should the review be restricted?'),
            },
          ]}
        />

        <h2 className="govuk-heading-m">The incident</h2>
        <FactsSummary facts={referral.facts} formPath={formPath} />

        <h2 className="govuk-heading-m">What the law and guidance ask</h2>
        <div data-testid="check-assessment">
          {live.status === 'assessed' ? (
            <AssessmentDetails assessment={live.assessment} headingLevel={3} />
          ) : live.status === 'inconsistent' ? (
            <p className="govuk-body">Some answers do not agree: change them before creating the referral.</p>
          ) : live.status === 'failed' ? (
            <p className="govuk-body">The assessment could not be worked out just now. It is worked out again when the referral is created.</p>
          ) : (
            <p className="govuk-body" role="status">
              Working out what applies…
            </p>
          )}
        </div>

        <h2 className="govuk-heading-m">Now create the referral</h2>
        <p className="govuk-body">
          Creating the referral opens its review at the referral stage, assigns you to it and keeps this assessment with the referral.
        </p>
        <button
          type="button"
          className="govuk-button"
          onClick={create}
          aria-disabled={busy}
          id="create-referral"
          data-testid="create-referral"
        >
          Create referral
        </button>
      </div>
    </div>
  );
}
