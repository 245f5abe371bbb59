import { useState, type FormEvent } from 'react';
import { asApiError, type ApiError, type FieldError } from '../api/client';
import { changePassword, loadSession } from '../api/session';
import { ErrorSummary, ProblemSummary, sentenceFor } from '../components/ErrorSummary';
import { NotificationBanner } from '../components/NotificationBanner';
import { PasswordInput } from '../components/PasswordInput';
import { navigate, useLocation } from '../router';
import { sameSiteReturn, useSession } from '../session';
import { usePageTitle } from '../usePageTitle';

function missingAnswers(current: string, next: string, oneTime: boolean): FieldError[] {
  const errors: FieldError[] = [];
  if (!current) {
    errors.push({ field: 'current_password', message: oneTime ? 'Enter your one-time password' : 'Enter your current password' });
  }
  if (!next) errors.push({ field: 'new_password', message: 'Enter a new password' });
  return errors;
}

/**
 * `/account/password`: change your own password. Someone who signed in with
 * a one-time password is sent here first (with `?return=`) and can do
 * nothing else until they have chosen their own; afterwards they go on to
 * where they were going.
 */
export function AccountPasswordPage() {
  const { search } = useLocation();
  const { session, signedIn } = useSession();
  const required = session?.password_change_required ?? false;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [missing, setMissing] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = failure ? failure.problem.errors : missing;
  usePageTitle(errors.length > 0 || failure ? 'Error: Change your password' : 'Change your password');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const unanswered = missingAnswers(current, next, required);
    setMissing(unanswered);
    setFailure(null);
    setChanged(false);
    if (unanswered.length > 0) return;
    setBusy(true);
    try {
      await changePassword(current, next);
      const renewed = await loadSession();
      if (renewed) signedIn(renewed);
      setCurrent('');
      setNext('');
      const to = sameSiteReturn(search);
      if (to) navigate(to, { replace: true });
      else setChanged(true);
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {failure && failure.problem.errors.length === 0 ? <ProblemSummary error={failure} /> : null}
        {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
        {changed ? (
          <NotificationBanner success heading="Your password has been changed">
            <p className="govuk-body">Any other sessions you had open have been signed out.</p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Change your password</h1>
        {required ? (
          <div className="govuk-inset-text">
            You signed in with a one-time password. Choose a password of your own to carry on.
          </div>
        ) : null}
        <form onSubmit={submit} noValidate>
          <PasswordInput
            name="current_password"
            label={required ? 'One-time password' : 'Current password'}
            hint={required ? 'The password your administrator gave you.' : undefined}
            autoComplete="current-password"
            value={current}
            onChange={setCurrent}
            error={sentenceFor(errors, 'current_password')}
          />
          <PasswordInput
            name="new_password"
            label="New password"
            hint="Use at least 12 characters. Three or more random words together make a strong password that is easy to remember."
            autoComplete="new-password"
            value={next}
            onChange={setNext}
            error={sentenceFor(errors, 'new_password')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
            Change password
          </button>
        </form>
      </div>
    </div>
  );
}
