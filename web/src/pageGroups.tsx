// The signed-in pages in groups, each loaded the first time one of its pages
// is opened: the sign-in page (and the public pages to come) never load the
// signed-in app, and only those who open administration load its pages.
import { lazy, Suspense } from 'react';
import { Loading } from './components/Loading';

const CaseworkPages = lazy(() => import('./pages/caseworkPages'));
const AdminPages = lazy(() => import('./pages/admin/adminPages'));

function isAdministration(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

/** The signed-in page at `pathname`, from its group (the not-found page when the group has none). */
export function SignedInPage({ pathname }: { pathname: string }) {
  const Group = isAdministration(pathname) ? AdminPages : CaseworkPages;
  return (
    <Suspense fallback={<Loading />}>
      <Group pathname={pathname} />
    </Suspense>
  );
}
