import type { ReactNode } from 'react';
import { usersPath, type User } from '../../api/admin';
import { agenciesPath, agencyName } from '../../api/agencies';
import { ResourceView } from '../../components/ResourceView';
import { SummaryList } from '../../components/SummaryList';
import { label, roleLabels } from '../../labels';
import { useResource } from '../../data/useResource';
import { NotFoundPage } from '../NotFoundPage';

/**
 * Shows `children` with user `id` of the partnership (the API lists users
 * but has no route for one), or the not-found page.
 */
export function UserRecord({ id, children }: { id: string; children: (user: User) => ReactNode }) {
  const [users] = useResource(usersPath);
  return (
    <ResourceView resource={users}>
      {({ users: list }) => {
        const user = /^\d+$/.test(id) ? list.find((item) => item.id === Number(id)) : undefined;
        return user ? children(user) : <NotFoundPage />;
      }}
    </ResourceView>
  );
}

/** Who the user is, for a confirmation page. */
export function UserFacts({ user }: { user: User }) {
  const [agencies] = useResource(agenciesPath);
  const agencyList = agencies.status === 'loaded' ? agencies.data.items : [];
  const nameOfAgency = (id: number) => agencyName(agencyList, id);
  return (
    <SummaryList
      rows={[
        { key: 'Name', value: user.display_name },
        { key: 'Email address', value: user.email },
        { key: 'Roles', value: user.roles.map((role) => label(roleLabels, role)).join(', ') },
        ...(user.agency_id === null ? [] : [{ key: 'Agency', value: nameOfAgency(user.agency_id) }]),
      ]}
    />
  );
}
