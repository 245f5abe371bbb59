import type { ReactNode } from 'react';
import type { Resource } from '../data/useResource';
import { NotFoundPage } from '../pages/NotFoundPage';
import { serviceProblemHeading } from '../pages/ServiceProblemPage';
import { ProblemSummary } from './ErrorSummary';
import { Loading } from './Loading';

/**
 * Shows a loaded resource through `children`, a "Loading" line while it
 * loads, the not-found page for a 404 (which is also what a record the user
 * may not see answers), and the problem otherwise. A page whose h1 comes
 * from the resource gives its `title`: a failed load then still has an h1,
 * "Sorry, there is a problem with the service", captioned with the title.
 */
export function ResourceView<T>({
  resource,
  children,
  notFound,
  title,
}: {
  resource: Resource<T>;
  children: (data: T, etag: string | null) => ReactNode;
  notFound?: ReactNode;
  title?: string;
}) {
  switch (resource.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      if (resource.error.status === 404) return <>{notFound ?? <NotFoundPage />}</>;
      if (title === undefined) return <ProblemSummary error={resource.error} />;
      return (
        <>
          <span className="govuk-caption-l">{title}</span>
          <h1 className="govuk-heading-l">{serviceProblemHeading}</h1>
          <ProblemSummary error={resource.error} />
        </>
      );
    case 'loaded':
      return <>{children(resource.data, resource.etag)}</>;
  }
}
