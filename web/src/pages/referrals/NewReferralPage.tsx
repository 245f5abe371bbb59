import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldError } from '../../api/client';
import { agenciesPath } from '../../api/agencies';
import { can } from '../../api/session';
import { navigate, useLocation } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { useResource } from '../../data/useResource';
import { CheckReferralAnswers } from './CheckReferralAnswers';
import { checkFacts } from './factsDraft';
import { flash } from '../../flash';
import { readableError } from './labels';
import { newIdempotencyKey } from '../../api/idempotency';
import { emptyReferralDraft, keepDraft, keptDraft, type ReferralDraft } from './referralDraft';
import { ReferralForm } from './ReferralForm';
import { useLiveAssessment } from './useLiveAssessment';

export const newReferralPath = '/referrals/new';
export const checkReferralPath = '/referrals/new/check';

/**
 * A new referral in two steps, the form (`/referrals/new`) and "check your
 * answers" (`/referrals/new/check`): one page holds the draft for both, so
 * Back and the "Change" links keep every answer. The assessment follows the
 * facts as they are typed.
 */
export function NewReferralPage() {
  const user = useUser();
  if (!can(user, 'create_referral')) return <CannotCreate />;
  return <NewReferral userId={user.id} />;
}

function CannotCreate() {
  usePageTitle('You cannot create a referral');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot create a referral</h1>
        <p className="govuk-body">Only business unit coordinators and administrators can record a new referral.</p>
        <p className="govuk-body">If a serious incident needs referring, tell your partnership’s business unit.</p>
      </div>
    </div>
  );
}

function NewReferral({ userId }: { userId: number }) {
  const { pathname } = useLocation();
  const [draft, setDraftState] = useState<ReferralDraft>(() => keptDraft(userId) ?? emptyReferralDraft);
  const [errors, setErrors] = useState<FieldError[]>([]);
  // One key per version of the answers: a retry of the same request is
  // recognised, and a changed request is a new one.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [agencies] = useResource(agenciesPath);

  const setDraft = useCallback(
    (next: ReferralDraft) => {
      setDraftState(next);
      setIdempotencyKey(newIdempotencyKey());
      keepDraft(userId, next);
    },
    [userId],
  );

  const checked = useMemo(() => checkFacts(draft.facts), [draft.facts]);
  const live = useLiveAssessment(checked.facts, checked.missing, checked.errors);

  const checking = pathname === checkReferralPath;
  usePageTitle(checking ? 'Check your answers' : `${errors.length > 0 ? 'Error: ' : ''}New referral`);

  // "Change" links name the question in the address's #fragment.
  useEffect(() => {
    if (checking || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.focus();
  }, [checking, pathname]);

  const agencyList = agencies.status === 'loaded' ? agencies.data.items : [];

  if (checking) {
    return (
      <CheckReferralAnswers
        draft={draft}
        agencies={agencyList}
        live={live}
        idempotencyKey={idempotencyKey}
        onInvalid={(serverErrors) => {
          setErrors(serverErrors.map(readableError));
          navigate(newReferralPath);
        }}
        onCreated={(referral) => {
          keepDraft(userId, null);
          flash(`/referrals/${referral.id}`, 'Referral created. Its review is open at the referral stage.');
          navigate(`/referrals/${referral.id}`, { replace: true });
        }}
      />
    );
  }
  return (
    <ReferralForm
      draft={draft}
      onChange={setDraft}
      agencies={agencyList}
      errors={errors}
      live={live}
      onContinue={(formErrors) => {
        setErrors(formErrors);
        if (formErrors.length === 0) navigate(checkReferralPath);
      }}
    />
  );
}
