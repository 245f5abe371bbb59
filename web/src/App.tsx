import type { ReactNode } from 'react';
import { Footer } from './components/Footer';
import { Header, PhaseBanner } from './components/Header';
import { SkipLink } from './components/SkipLink';
import { ActionPage } from './pages/actions/ActionPage';
import { ActionsPage } from './pages/actions/ActionsPage';
import { DashboardPage } from './pages/DashboardPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ReviewSectionsPreview } from './pages/reviews/ReviewSectionsPreview';
import { SignInPage } from './pages/SignInPage';
import { matchPath, navigate, Router, useLocation } from './router';
import { SessionProvider, signInHref, useSession } from './session';
import { useEffect } from 'react';

const mainContentId = 'main-content';

type Params = Record<string, string>;

/**
 * The app's pages by path. Every page but signing in needs a session; the
 * server checks each API call again, so a page only decides what to offer.
 */
const routes: ReadonlyArray<[pattern: string, page: (params: Params) => ReactNode]> = [
  ['/', () => <DashboardPage />],
  ['/actions', () => <ActionsPage />],
  ['/actions/:id', (p) => <ActionPage id={p.id ?? ''} />],
  // TEMPORARY: the lead replaces this with ReviewPage, which renders the sections.
  ['/reviews/:id', (p) => <ReviewSectionsPreview id={p.id ?? ''} />],
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
  return <>{pageFor(pathname)}</>;
}

/** Scrolls to the top and moves focus to the page on every navigation, as a full page load would. */
function FocusOnNavigation() {
  const { href } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [href]);
  return null;
}

export function App() {
  return (
    <Router>
      <SessionProvider>
        <FocusOnNavigation />
        <SkipLink targetId={mainContentId} />
        <Header />
        <div className="govuk-width-container">
          <PhaseBanner />
          <main className="govuk-main-wrapper" id={mainContentId}>
            <Page />
          </main>
        </div>
        <Footer />
      </SessionProvider>
    </Router>
  );
}
