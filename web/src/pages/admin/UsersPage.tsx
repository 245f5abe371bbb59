import { usersPath, type User } from '../../api/admin';
import { agenciesPath, agencyName } from '../../api/agencies';
import { can } from '../../api/session';
import { NotificationBanner } from '../../components/NotificationBanner';
import { ResourceView } from '../../components/ResourceView';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { label, roleLabels } from '../../labels';
import { Link } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { useResource } from '../../data/useResource';
import { AdminSection } from './AdminSection';
import { useFlash } from '../../flash';

export const usersPagePath = '/admin/users';

/** `/admin/users`: the partnership's users, with adding, disabling and password resets. */
export function UsersPage() {
  return (
    <AdminSection area="users">
      <Users />
    </AdminSection>
  );
}

function Users() {
  usePageTitle('Users');
  const notice = useFlash(usersPagePath);
  const [users] = useResource(usersPath);
  const [agencies] = useResource(agenciesPath);

  return (
    <div data-testid="users" data-ready={users.status !== 'loading'}>
      {notice ? <NotificationBanner success heading={notice} /> : null}
      <span className="govuk-caption-l">Administration</span>
      <h1 className="govuk-heading-l">Users</h1>
      <p className="govuk-body">Everyone who can sign in to Case reviews for your partnership.</p>
      <Link href="/admin/users/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Add a user
      </Link>
      <ResourceView resource={users}>
        {({ users: list }) => <UserTable users={list} agencyName={(id: number) => agencyName(agencies.status === 'loaded' ? agencies.data.items : [], id)} />}
      </ResourceView>
    </div>
  );
}

function UserTable({ users, agencyName }: { users: readonly User[]; agencyName: (id: number) => string }) {
  const me = useUser();
  const mayReadAudit = can(me, 'read_audit');
  return (
    <Table<User>
      caption={users.length === 1 ? '1 user' : `${users.length} users`}
      captionShown
      stacked
      testId="user-table"
      rows={users}
      rowKey={(user) => user.id}
      rowAttributes={(user) => ({ 'data-testid': `user-${user.id}` })}
      columns={[
        {
          header: 'Name and email address',
          rowHeader: true,
          unlabelled: true,
          cell: (user) => (
            <>
              {user.display_name}
              {user.id === me.id ? ' (you)' : null}
              <span className="app-block app-secondary-text govuk-!-font-weight-regular">{user.email}</span>
            </>
          ),
        },
        {
          header: 'Roles',
          cell: (user) => (
            <>
              {user.roles.map((role) => label(roleLabels, role)).join(', ')}
              {user.agency_id === null ? null : <span className="app-block app-secondary-text govuk-!-font-weight-regular">{agencyName(user.agency_id)}</span>}
            </>
          ),
        },
        { header: 'Second factor', cell: (user) => (user.totp_enrolled ? 'Yes' : 'No') },
        {
          header: 'Status',
          cell: (user) => (
            <>
              {user.disabled ? <Tag text="Disabled" colour="govuk-tag--grey" /> : <Tag text="Active" colour="govuk-tag--green" />}
              {!user.disabled && user.password_change_required ? (
                <span className="govuk-hint govuk-!-margin-bottom-0 govuk-!-margin-top-1">Has not yet chosen their own password</span>
              ) : null}
            </>
          ),
        },
        {
          header: <span className="govuk-visually-hidden">Actions</span>,
          cell: (user) => <UserActions user={user} isMe={user.id === me.id} mayReadAudit={mayReadAudit} />,
        },
      ]}
    />
  );
}

function UserActions({ user, isMe, mayReadAudit }: { user: User; isMe: boolean; mayReadAudit: boolean }) {
  const forWhom = <span className="govuk-visually-hidden"> for {user.display_name}</span>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0 app-user-actions">
      {!user.disabled && !isMe ? (
        <li>
          <Link className="govuk-link" href={`/admin/users/${user.id}/reset-password`}>
            Reset password{forWhom}
          </Link>
        </li>
      ) : null}
      {!user.disabled && !isMe ? (
        <li>
          <Link className="govuk-link" href={`/admin/users/${user.id}/disable`}>
            Disable<span className="govuk-visually-hidden"> {user.display_name}</span>
          </Link>
        </li>
      ) : null}
      {mayReadAudit ? (
        <li>
          <Link className="govuk-link" href={`/admin/audit?target_type=user&target_id=${user.id}`}>
            Audit trail{forWhom}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
