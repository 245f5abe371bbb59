import type { ReactNode } from 'react';
import { Footer } from './components/Footer';
import { Header, PhaseBanner } from './components/Header';
import { SkipLink } from './components/SkipLink';
import { AccountPasswordPage } from './pages/AccountPasswordPage';
import { AgenciesPage } from './pages/admin/AgenciesPage';
import { AuditPage } from './pages/admin/AuditPage';
import { DisableUserPage } from './pages/admin/DisableUserPage';
import { NewUserPage } from './pages/admin/NewUserPage';
import { ResetPasswordPage } from './pages/admin/ResetPasswordPage';
import { UsersPage } from './pages/admin/UsersPage';
import { DashboardPage } from './pages/DashboardPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { EditFactsPage } from './pages/referrals/EditFactsPage';
import { NewReferralPage } from './pages/referrals/NewReferralPage';
import { ReferralPage } from './pages/referrals/ReferralPage';
import { ReviewPage } from './pages/reviews/ReviewPage';
import { ReviewsPage } from './pages/reviews/ReviewsPage';
import { ActionPage } from './pages/actions/ActionPage';
import { ActionsPage } from './pages/actions/ActionsPage';
import { SignInPage } from './pages/SignInPage';
import { matchPath, navigate, Router, useLocation } from './router';
import { SessionProvider, signInHref, useSession } from './session';
import { useEffect } from 'react';
import { FocusOnNavigation } from './components/FocusOnNavigation';
import { PageErrorBoundary } from './components/PageErrorBoundary';

const mainContentId = 'main-content';

type Params = Record<string, string>;

/**
 * The app's pages by path. Every page but signing in needs a session; the
 * server checks each API call again, so a page only decides what to offer.
 */
const routes: ReadonlyArray<[pattern: string, page: (params: Params) => ReactNode]> = [
  ['/', () => <DashboardPage />],
  ['/account/password', () => <AccountPasswordPage />],
  ['/admin', () => <UsersPage />],
  ['/admin/users', () => <UsersPage />],
  ['/admin/users/new', () => <NewUserPage />],
  ['/admin/users/:id/disable', (p) => <DisableUserPage id={p['id'] ?? ''} />],
  ['/admin/users/:id/reset-password', (p) => <ResetPasswordPage id={p['id'] ?? ''} />],
  ['/admin/agencies', () => <AgenciesPage />],
  ['/admin/audit', () => <AuditPage />],
  // One page for both steps, so the draft survives moving between them.
  ['/referrals/new', () => <NewReferralPage />],
  ['/referrals/new/check', () => <NewReferralPage />],
  ['/referrals/:id', (p) => <ReferralPage id={p['id'] ?? ''} />],
  ['/referrals/:id/facts', (p) => <EditFactsPage id={p['id'] ?? ''} />],
  ['/reviews', () => <ReviewsPage />],
  ['/reviews/:id', (p) => <ReviewPage id={p['id'] ?? ''} />],
  ['/actions', () => <ActionsPage />],
  ['/actions/:id', (p) => <ActionPage id={p.id ?? ''} />],
];

function pageFor(pathname: string): ReactNode {
  for (const [pattern, page] of routes) {
    const params = matchPath(pattern, pathname);
    if (params) return page(params);
  }
  return <NotFoundPage />;
}

/** Sends a signed-out visitor to sign in, with the way back. */
function SignInFirst() {
  const { href } = useLocation();
  useEffect(() => navigate(signInHref(href), { replace: true }), [href]);
  return null;
}

function Page() {
  const { pathname } = useLocation();
  const { session, loadFailed } = useSession();
  if (pathname === '/sign-in') return <SignInPage />;
  if (session === undefined) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  if (session === null) {
    return loadFailed ? (
      <div className="govuk-error-summary" role="alert">
        <h2 className="govuk-error-summary__title">The service cannot be reached</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">Check your connection, then reload the page.</p>
        </div>
      </div>
    ) : (
      <SignInFirst />
    );
  }
  if (session.password_change_required && pathname !== passwordPath) return <ChangePasswordFirst />;
  return <>{pageFor(pathname)}</>;
}

const passwordPath = '/account/password';

/** The page, or the "problem with the service" page if it fails to render. */
function PageBoundary() {
  const { href } = useLocation();
  return (
    <PageErrorBoundary address={href}>
      <Page />
    </PageErrorBoundary>
  );
}

/**
 * Sends someone signed in with a one-time password to choose their own
 * first (the API refuses them everything else), with the way back.
 */
function ChangePasswordFirst() {
  const { href } = useLocation();
  useEffect(() => navigate(`${passwordPath}?return=${encodeURIComponent(href)}`, { replace: true }), [href]);
  return null;
}

export function App() {
  return (
    <Router>
      <SessionProvider>
        <FocusOnNavigation mainId={mainContentId} />
        <SkipLink targetId={mainContentId} />
        <Header />
        <div className="govuk-width-container">
          <PhaseBanner />
          <main className="govuk-main-wrapper" id={mainContentId}>
            <PageBoundary />
          </main>
        </div>
        <Footer />
      </SessionProvider>
    </Router>
  );
}
