import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { Loading } from './components/Loading';
import { SkipLink } from './components/SkipLink';
import { newQueryClient } from './data/queryClient';
import { SignedInPage } from './pageGroups';
import { SignInPage } from './pages/SignInPage';
import { navigate, Router, useLocation } from './router';
import { SessionProvider, signInHref, useSession } from './session';
import { FocusOnNavigation } from './components/FocusOnNavigation';
import { PageErrorBoundary } from './components/PageErrorBoundary';

const mainContentId = 'main-content';

/** Sends a signed-out visitor to sign in, with the way back. */
function SignInFirst() {
  const { href } = useLocation();
  useEffect(() => navigate(signInHref(href), { replace: true }), [href]);
  return null;
}

/**
 * The page at the address. Every page but signing in needs a session; the
 * server checks each API call again, so a page only decides what to offer.
 */
function Page() {
  const { pathname } = useLocation();
  const { session, loadFailed } = useSession();
  if (pathname === '/sign-in') return <SignInPage />;
  if (session === undefined) return <Loading />;
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
  return <SignedInPage pathname={pathname} />;
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
  const [queryClient] = useState(newQueryClient);
  return (
    <Router>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <FocusOnNavigation mainId={mainContentId} />
          <SkipLink targetId={mainContentId} />
          <Header />
          <div className="govuk-width-container">
            <main className="govuk-main-wrapper" id={mainContentId}>
              <PageBoundary />
            </main>
          </div>
          <Footer />
        </SessionProvider>
      </QueryClientProvider>
    </Router>
  );
}
