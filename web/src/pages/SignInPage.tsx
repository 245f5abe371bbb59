import { useState, type FormEvent } from 'react';
import { asApiError, type ApiError } from '../api/client';
import { signIn } from '../api/session';
import { ErrorSummary, errorFor, ProblemSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { NotificationBanner } from '../components/NotificationBanner';
import { navigate, useLocation } from '../router';
import { sameSiteReturn, useSession } from '../session';
import { usePageTitle } from '../usePageTitle';

const notices: Record<string, string> = {
  ended: 'Your session has ended. Sign in again to carry on where you were.',
  'signed-out': 'You have signed out.',
};

/**
 * Sign in: email, password and, for an account with a second factor, the
 * 6-digit code from an authenticator app, all on one page. The server gives
 * one answer to anything wrong (it never says which part was right, nor
 * whether the account has a second factor). Afterwards the user goes back to
 * where they were.
 */
export function SignInPage() {
  const { search } = useLocation();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(error ? 'Error: Sign in' : 'Sign in');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const totp = code.replace(/\s/g, '');
      const session = await signIn(totp ? { email, password, totp_code: totp } : { email, password });
      signedIn(session);
      const to = sameSiteReturn(search) ?? '/';
      navigate(session.password_change_required ? `/account/password?return=${encodeURIComponent(to)}` : to, {
        replace: true,
      });
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const notice = notices[search.get('reason') ?? ''];
  const fieldErrors = error?.problem.errors ?? [];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error ? (
          error.status === 401 && fieldErrors.length === 0 ? (
            <ErrorSummary errors={[{ field: 'email', message: error.problem.detail ?? 'Check your email address, password and code' }]} />
          ) : (
            <ProblemSummary error={error} />
          )
        ) : null}
        {notice && !error ? <NotificationBanner heading={notice} /> : null}
        <h1 className="govuk-heading-l">Sign in</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            name="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={errorFor(fieldErrors, 'email')}
          />
          <TextInput
            name="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errorFor(fieldErrors, 'password')}
          />
          <TextInput
            name="totp_code"
            label="Code from your authenticator app (if your account has a second factor)"
            hint="The 6 digits your authenticator app shows for Case reviews, for example 123456. Leave this empty if your account does not use one."
            width={5}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={setCode}
            error={errorFor(fieldErrors, 'totp_code')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
