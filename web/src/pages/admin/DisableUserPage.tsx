import { useState } from 'react';
import { disableUser, type User } from '../../api/admin';
import { asApiError, type ApiError } from '../../api/client';
import { ProblemSummary } from '../../components/ErrorSummary';
import { navigate } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { AdminSection } from './AdminSection';
import { flash } from '../../flash';
import { ConfirmButtons } from './ConfirmButtons';
import { UserFacts, UserRecord } from './UserRecord';
import { usersPagePath } from './UsersPage';
import { WarningText } from '../../components/WarningText';
import { staleAfter } from '../../data/staleAfter';
import { useRefresh } from '../../data/useRefresh';

/** `/admin/users/:id/disable`: confirm, then disable the account and end its sessions. */
export function DisableUserPage({ id }: { id: string }) {
  return (
    <AdminSection area="users">
      <UserRecord id={id}>{(user) => <ConfirmDisable user={user} />}</UserRecord>
    </AdminSection>
  );
}

function ConfirmDisable({ user }: { user: User }) {
  const me = useUser();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useRefresh();
  usePageTitle(failure ? 'Error: Disable account' : 'Disable account');

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const disabled = await disableUser(user.id);
      await refresh(staleAfter.usersChanged());
      flash(usersPagePath, `${disabled.display_name}’s account has been disabled and they have been signed out.`);
      navigate(usersPagePath);
    } catch (caught) {
      setFailure(asApiError(caught));
      setBusy(false);
    }
  };

  const refusal = user.id === me.id ? 'You cannot disable your own account.' : user.disabled ? 'This account is already disabled.' : null;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {failure ? <ProblemSummary error={failure} /> : null}
        <span className="govuk-caption-l">Administration</span>
        <h1 className="govuk-heading-l">Disable {user.display_name}’s account?</h1>
        <UserFacts user={user} />
        {refusal ? (
          <p className="govuk-body">{refusal}</p>
        ) : (
          <>
            <WarningText>
              They will be signed out straight away and will not be able to sign in again. This service cannot turn the
              account back on.
            </WarningText>
            <p className="govuk-body">Nothing they recorded is removed, and the audit trail keeps what they did.</p>
          </>
        )}
        <ConfirmButtons action={refusal ? null : 'Disable account'} busy={busy} onConfirm={() => void confirm()} />
      </div>
    </div>
  );
}
