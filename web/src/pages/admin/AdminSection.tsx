// The frame of every administration page: the section's own navigation, and
// a clear refusal for users whose roles do not allow the page (the API
// would refuse them anyway; this saves them a page of errors).
import type { ReactNode } from 'react';
import { can, type Capability } from '../../api/session';
import { Link, useLocation } from '../../router';
import { useUser } from '../../session';
import { usePageTitle } from '../../usePageTitle';

export type AdminArea = 'users' | 'agencies' | 'audit';

const areas: ReadonlyArray<{ area: AdminArea; href: string; text: string; capability: Capability; purpose: string }> = [
  { area: 'users', href: '/admin/users', text: 'Users', capability: 'manage_users', purpose: 'manage users' },
  { area: 'agencies', href: '/admin/agencies', text: 'Agencies', capability: 'manage_agencies', purpose: 'manage agencies' },
  { area: 'audit', href: '/admin/audit', text: 'Audit trail', capability: 'read_audit', purpose: 'read the audit trail' },
];

/** Renders `children` (which load their own data) only for users who may see `area`. */
export function AdminSection({ area, children }: { area: AdminArea; children: ReactNode }) {
  const user = useUser();
  const entry = areas.find((item) => item.area === area);
  if (!entry || !can(user, entry.capability)) return <NoPermission purpose={entry?.purpose ?? 'see this page'} />;
  return (
    <>
      <AdminNavigation current={area} />
      {children}
    </>
  );
}

function AdminNavigation({ current }: { current: AdminArea }) {
  const user = useUser();
  const { pathname } = useLocation();
  const shown = areas.filter((item) => can(user, item.capability));
  if (shown.length < 2) return null;
  return (
    <nav className="app-sub-navigation" aria-label="Administration">
      <ul className="app-sub-navigation__list">
        {shown.map((item) => {
          const here = item.area === current;
          return (
            <li key={item.area} className={here ? 'app-sub-navigation__item app-sub-navigation__item--current' : 'app-sub-navigation__item'}>
              <Link
                className="govuk-link govuk-link--no-visited-state app-sub-navigation__link"
                href={item.href}
                aria-current={here ? (pathname === item.href ? 'page' : 'true') : undefined}
              >
                {item.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function NoPermission({ purpose }: { purpose: string }) {
  usePageTitle('You do not have permission to see this page');
  return (
    <div className="govuk-grid-row" data-testid="no-permission">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
        <p className="govuk-body">Only administrators can {purpose}.</p>
        <p className="govuk-body">
          If you need this for your work, ask your partnership’s business unit manager.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to your work
          </Link>
        </p>
      </div>
    </div>
  );
}
