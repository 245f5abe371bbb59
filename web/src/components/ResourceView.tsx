import type { ReactNode } from 'react';
import type { Resource } from '../useResource';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProblemSummary } from './ErrorSummary';

/**
 * Shows a loaded resource through `children`, a "Loading" line while it
 * loads, the not-found page for a 404 (which is also what a record the user
 * may not see answers), and the problem otherwise.
 */
export function ResourceView<T>({
  resource,
  children,
  notFound,
}: {
  resource: Resource<T>;
  children: (data: T, etag: string | null) => ReactNode;
  notFound?: ReactNode;
}) {
  switch (resource.status) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      );
    case 'failed':
      if (resource.error.status === 404) return <>{notFound ?? <NotFoundPage />}</>;
      return <ProblemSummary error={resource.error} />;
    case 'loaded':
      return <>{children(resource.data, resource.etag)}</>;
  }
}
