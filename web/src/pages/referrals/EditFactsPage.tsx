import { useMemo, useState, type FormEvent } from 'react';
import { asApiError, type ApiError, type FieldError } from '../../api/client';
import { referralPath, replaceReferralFacts, type Referral } from '../../api/referrals';
import { reviewPath } from '../../api/reviews';
import { can } from '../../api/session';
import { ErrorSummary, ProblemSummary } from '../../components/ErrorSummary';
import { ResourceView } from '../../components/ResourceView';
import { Link, navigate } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { staleAfter } from '../../data/staleAfter';
import { useRefresh } from '../../data/useRefresh';
import { useResource } from '../../data/useResource';
import { FactsFields } from './FactsFields';
import { FactsSummary } from './FactsSummary';
import { checkFacts, draftFromFacts, emptyFactsDraft, missingErrors, type FactsDraft } from './factsDraft';
import { flash } from '../../flash';
import { readableError } from './labels';
import { LiveAssessmentPanel } from './LiveAssessmentPanel';
import { useLiveAssessment } from './useLiveAssessment';

/**
 * Correcting a referral's facts (`PUT /api/referrals/{id}/facts`), with the
 * assessment they would get shown as they change. Saving assesses them again
 * and keeps the earlier assessment in the history. If someone else changed
 * the referral meanwhile (412), the answers stay, the page says so and the
 * referral is read again, so saving once more uses its new version.
 */
export function EditFactsPage({ id }: { id: string }) {
  const user = useUser();
  const allowed = can(user, 'edit_review');
  const [referral, reload] = useResource(allowed ? referralPath(id) : null);
  if (!allowed) {
    return <CannotEdit id={id} />;
  }
  return (
    <ResourceView resource={referral}>
      {(data, etag) => <EditFacts referral={data} etag={etag} reload={reload} />}
    </ResourceView>
  );
}

function CannotEdit({ id }: { id: string }) {
  usePageTitle('You cannot change these facts');
  return (
    <>
      <h1 className="govuk-heading-l">You cannot change these facts</h1>
      <p className="govuk-body">Only the people who run this review can correct a referral’s facts.</p>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/referrals/${id}`}>
          Go back to the referral
        </Link>
      </p>
    </>
  );
}

function EditFacts({ referral, etag, reload }: { referral: Referral; etag: string | null; reload: () => void }) {
  const [review] = useResource(reviewPath(referral.review_id));
  const [draft, setDraft] = useState<FactsDraft>(() => (referral.facts ? draftFromFacts(referral.facts) : emptyFactsDraft));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useRefresh();
  const checked = useMemo(() => checkFacts(draft), [draft]);
  const live = useLiveAssessment(checked.facts, checked.missing, checked.errors);
  const pseudonym = review.status === 'loaded' ? review.data.pseudonym : null;
  const back = `/referrals/${referral.id}`;
  usePageTitle(`${errors.length > 0 || failure ? 'Error: ' : ''}Change the facts`);

  if (review.status === 'loaded' && !review.data.may_edit) return <CannotEdit id={String(referral.id)} />;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = [...missingErrors(checked.missing), ...checked.errors];
    if (found.length === 0 && live.status === 'inconsistent') found.push(...live.errors.map(readableError));
    setErrors(found);
    setFailure(null);
    if (found.length > 0 || !checked.facts) return;
    setBusy(true);
    try {
      await replaceReferralFacts(referral.id, checked.facts, etag);
      // The referral page then opens on the facts as saved, and the review on its new assessment.
      await refresh(staleAfter.factsChanged(referral.id, referral.review_id));
      flash(back, 'The facts have been changed and assessed again. The earlier assessment is kept in the history.');
      navigate(back);
    } catch (caught) {
      const error = asApiError(caught);
      if (error.status === 400 && error.problem.errors.length > 0) {
        setErrors(error.problem.errors.map(readableError));
      } else {
        setFailure(error);
        if (error.isStale) reload();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row app-referral-layout">
      <div className="govuk-grid-column-two-thirds">
        <Link href={back} className="govuk-back-link">
          Back
        </Link>
        {failure ? <ProblemSummary error={failure} /> : errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
        {failure?.isStale && referral.facts ? (
          <details className="govuk-details" data-testid="facts-now">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">See the facts as they are now</span>
            </summary>
            <div className="govuk-details__text">
              <FactsSummary facts={referral.facts} />
            </div>
          </details>
        ) : null}
        <span className="govuk-caption-l">{pseudonym ? `Referral for ${pseudonym}` : 'Referral'}</span>
        <h1 className="govuk-heading-l">Change the facts</h1>
        <p className="govuk-body">Saving assesses the facts again. The assessment made before is kept in the referral’s history.</p>
        <form onSubmit={save} noValidate data-testid="facts-form">
          <FactsFields draft={draft} onChange={setDraft} errors={errors} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" aria-disabled={busy}>
              Save the facts
            </button>
            <Link className="govuk-link" href={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
      <LiveAssessmentPanel live={live} />
    </div>
  );
}
