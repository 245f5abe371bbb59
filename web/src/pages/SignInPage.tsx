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
 * Sign in: email and password, then the 6-digit code from an authenticator
 * app when the account has a second factor (the server says so by asking
 * for `totp_code`). Afterwards the user goes back to where they were.
 */
export function SignInPage() {
  const { search } = useLocation();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(error ? 'Error: Sign in' : 'Sign in');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const session = await signIn(needsCode ? { email, password, totp_code: code.replace(/\s/g, '') } : { email, password });
      signedIn(session);
      const to = sameSiteReturn(search) ?? '/';
      navigate(session.password_change_required ? `/account/password?return=${encodeURIComponent(to)}` : to, {
        replace: true,
      });
    } catch (caught) {
      const failure = asApiError(caught);
      const codeError = errorFor(failure.problem.errors, 'totp_code');
      if (!needsCode && codeError && failure.status === 401 && /required/.test(codeError)) {
        setNeedsCode(true);
        setError(null);
      } else {
        setError(failure);
      }
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
            <ErrorSummary
              errors={[{ field: needsCode ? 'totp_code' : 'email', message: error.problem.detail ?? 'Check your email address and password' }]}
            />
          ) : (
            <ProblemSummary error={error} />
          )
        ) : null}
        {notice && !error ? <NotificationBanner heading={notice} /> : null}
        <form onSubmit={submit} noValidate>
          {needsCode ? (
            <>
              <h1 className="govuk-heading-l">Enter the code from your authenticator app</h1>
              <p className="govuk-body">Your account has a second factor. Open your authenticator app and enter the 6-digit code it shows for Case reviews.</p>
              <TextInput
                name="totp_code"
                label="Code"
                hint="For example, 123456"
                width={5}
                inputMode="numeric"
                autoComplete="one-time-code"
                spellCheck={false}
                value={code}
                onChange={setCode}
                error={errorFor(fieldErrors, 'totp_code') ?? (error?.status === 401 ? error.problem.detail : undefined)}
              />
            </>
          ) : (
            <>
              <h1 className="govuk-heading-l">Sign in</h1>
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
            </>
          )}
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy} aria-disabled={busy}>
            {needsCode ? 'Continue' : 'Sign in'}
          </button>
        </form>
      </div>
    </div>
  );
}
