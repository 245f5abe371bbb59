import { useState } from 'react';
import { resetPassword, type User } from '../../api/admin';
import { asApiError, type ApiError } from '../../api/client';
import { ProblemSummary } from '../../components/ErrorSummary';
import { Link } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { AdminSection } from './AdminSection';
import { OneTimePassword } from './OneTimePassword';
import { ConfirmButtons } from './ConfirmButtons';
import { UserFacts, UserRecord } from './UserRecord';
import { staleAfter } from '../../data/staleAfter';
import { useRefresh } from '../../data/useRefresh';

/** `/admin/users/:id/reset-password`: confirm, then show the new one-time password once. */
export function ResetPasswordPage({ id }: { id: string }) {
  return (
    <AdminSection area="users">
      <UserRecord id={id}>{(user) => <ConfirmReset user={user} />}</UserRecord>
    </AdminSection>
  );
}

function ConfirmReset({ user }: { user: User }) {
  const me = useUser();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useRefresh();
  usePageTitle(password ? 'Password reset' : failure ? 'Error: Reset password' : 'Reset password');

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const issued = await resetPassword(user.id);
      await refresh(staleAfter.usersChanged());
      setPassword(issued);
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  if (password) return <OneTimePassword title="Password reset" person={user.display_name} password={password} />;

  if (user.id === me.id) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Administration</span>
          <h1 className="govuk-heading-l">Reset your password</h1>
          <p className="govuk-body">
            You cannot give yourself a one-time password here.{' '}
            <Link className="govuk-link" href="/account/password">
              Change your password
            </Link>{' '}
            instead.
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {failure ? <ProblemSummary error={failure} /> : null}
        <span className="govuk-caption-l">Administration</span>
        <h1 className="govuk-heading-l">Reset {user.display_name}’s password?</h1>
        <UserFacts user={user} />
        <p className="govuk-body">
          They will get a new one-time password, shown to you on the next page. Their current password stops working and
          they are signed out everywhere at once. Their second factor, if they have one, stays as it is.
        </p>
        <ConfirmButtons action={'Reset password'} busy={busy} onConfirm={() => void confirm()} />
      </div>
    </div>
  );
}
