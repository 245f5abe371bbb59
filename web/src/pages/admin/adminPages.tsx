// The administration pages: loaded as their own group, only by those who
// open one (see src/pageGroups.tsx).
import { pageFor, type PageTable } from '../../router';
import { NotFoundPage } from '../NotFoundPage';
import { AgenciesPage } from './AgenciesPage';
import { AuditPage } from './AuditPage';
import { DisableUserPage } from './DisableUserPage';
import { NewUserPage } from './NewUserPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { UsersPage } from './UsersPage';

const pages: PageTable = [
  ['/admin', () => <UsersPage />],
  ['/admin/users', () => <UsersPage />],
  ['/admin/users/new', () => <NewUserPage />],
  ['/admin/users/:id/disable', (p) => <DisableUserPage id={p['id'] ?? ''} />],
  ['/admin/users/:id/reset-password', (p) => <ResetPasswordPage id={p['id'] ?? ''} />],
  ['/admin/agencies', () => <AgenciesPage />],
  ['/admin/audit', () => <AuditPage />],
];

export default function AdminPages({ pathname }: { pathname: string }) {
  return pageFor(pages, pathname) ?? <NotFoundPage />;
}
