import { useEffect, useState } from 'react';
import { tabletQuery, useMediaQuery } from '../useMediaQuery';
import { can, type SessionUser } from '../api/session';
import { Link, useLocation } from '../router';
import { useSession } from '../session';

/**
 * The service header: the GOV.UK generic header (for services that are not on
 * GOV.UK itself) with the service name, the service navigation for the
 * signed-in user, which collapses behind a "Menu" button on narrow screens,
 * and the phase banner, inside the header's landmark like everything else
 * on the page is inside one.
 */
export function Header() {
  const { session } = useSession();
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link href="/" className="govuk-generic-header__homepage-link">
              Case reviews
            </Link>
          </div>
        </div>
      </div>
      {session ? <ServiceNavigation user={session.user} /> : null}
      <div className="govuk-width-container">
        <PhaseBanner />
      </div>
    </header>
  );
}

interface NavigationItem {
  href: string;
  text: string;
  /** Paths under this prefix mark the item as where the user is. */
  section: string;
}

function navigationFor(user: SessionUser): NavigationItem[] {
  const items: NavigationItem[] = [{ href: '/', text: 'Your work', section: '/' }];
  // An agency lead alone sees summaries only, reached from their actions.
  if (user.roles.some((role) => role !== 'agency_lead')) items.push({ href: '/reviews', text: 'Reviews', section: '/reviews' });
  if (can(user, 'create_referral')) items.push({ href: '/referrals/new', text: 'New referral', section: '/referrals' });
  if (can(user, 'update_agency_actions')) items.push({ href: '/actions', text: 'Action plans', section: '/actions' });
  if (can(user, 'manage_users') || can(user, 'manage_agencies') || can(user, 'read_audit')) {
    items.push({ href: '/admin/users', text: 'Administration', section: '/admin' });
  }
  return items;
}

function isCurrent(item: NavigationItem, pathname: string): boolean {
  return item.section === '/' ? pathname === '/' : pathname === item.section || pathname.startsWith(`${item.section}/`);
}

function ServiceNavigation({ user }: { user: SessionUser }) {
  const { pathname } = useLocation();
  const { signOut } = useSession();
  const wide = useMediaQuery(tabletQuery);
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  const shown = wide || open;

  return (
    <section className="govuk-service-navigation" aria-label="Service information">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            {wide ? null : (
              <button
                type="button"
                className="govuk-service-navigation__toggle"
                aria-controls="navigation"
                aria-expanded={open}
                onClick={() => setOpen((value) => !value)}
              >
                Menu
              </button>
            )}
            <ul className="govuk-service-navigation__list" id="navigation" hidden={!shown}>
              {navigationFor(user).map((item) => {
                const current = isCurrent(item, pathname);
                return (
                  <li
                    key={item.href}
                    className={current ? 'govuk-service-navigation__item govuk-service-navigation__item--active' : 'govuk-service-navigation__item'}
                  >
                    <Link className="govuk-service-navigation__link" href={item.href} aria-current={current ? 'page' : undefined}>
                      {current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  </li>
                );
              })}
              <li className="govuk-service-navigation__item app-service-navigation__account">
                <span className="govuk-service-navigation__text app-service-navigation__user">{user.display_name}</span>
              </li>
              <li className="govuk-service-navigation__item">
                <a
                  className="govuk-service-navigation__link"
                  href="/sign-in"
                  onClick={(event) => {
                    event.preventDefault();
                    void signOut();
                  }}
                >
                  Sign out
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

function PhaseBanner() {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
        <span className="govuk-phase-banner__text">This is a new service. It is still being built.</span>
      </p>
    </div>
  );
}
