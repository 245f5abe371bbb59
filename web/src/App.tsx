import type { ReactNode } from 'react';
import { Footer } from './components/Footer';
import { Header, PhaseBanner } from './components/Header';
import { SkipLink } from './components/SkipLink';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/StartPage';

const mainContentId = 'main-content';

/** The page for a path. The server answers every non-API path with the app. */
function pageFor(pathname: string): ReactNode {
  switch (pathname) {
    case '/':
      return <StartPage />;
    default:
      return <NotFoundPage />;
  }
}

export function App({ pathname }: { pathname: string }) {
  return (
    <>
      <SkipLink targetId={mainContentId} />
      <Header />
      <div className="govuk-width-container">
        <PhaseBanner />
        <main className="govuk-main-wrapper" id={mainContentId}>
          {pageFor(pathname)}
        </main>
      </div>
      <Footer />
    </>
  );
}
