// The signed-in app's pages but administration: loaded as one group the
// first time a signed-in page is opened (see src/pageGroups.tsx).
import { pageFor, type PageTable } from '../router';
import { AccountPasswordPage } from './AccountPasswordPage';
import { ActionPage } from './actions/ActionPage';
import { ActionsPage } from './actions/ActionsPage';
import { DashboardPage } from './DashboardPage';
import { NotFoundPage } from './NotFoundPage';
import { EditFactsPage } from './referrals/EditFactsPage';
import { NewReferralPage } from './referrals/NewReferralPage';
import { ReferralPage } from './referrals/ReferralPage';
import { ReviewPage } from './reviews/ReviewPage';
import { ReviewsPage } from './reviews/ReviewsPage';

const pages: PageTable = [
  ['/', () => <DashboardPage />],
  ['/account/password', () => <AccountPasswordPage />],
  // One page for both steps, so the draft survives moving between them.
  ['/referrals/new', () => <NewReferralPage />],
  ['/referrals/new/check', () => <NewReferralPage />],
  ['/referrals/:id', (p) => <ReferralPage id={p['id'] ?? ''} />],
  ['/referrals/:id/facts', (p) => <EditFactsPage id={p['id'] ?? ''} />],
  ['/reviews', () => <ReviewsPage />],
  ['/reviews/:id', (p) => <ReviewPage id={p['id'] ?? ''} />],
  ['/actions', () => <ActionsPage />],
  ['/actions/:id', (p) => <ActionPage id={p['id'] ?? ''} />],
];

export default function CaseworkPages({ pathname }: { pathname: string }) {
  return pageFor(pages, pathname) ?? <NotFoundPage />;
}
