import { useEffect } from 'react';

const serviceName = 'Case reviews';

/** Sets the document title to "<page> – Case reviews", or the service name alone. */
export function usePageTitle(page?: string) {
  useEffect(() => {
    document.title = page ? `${page} – ${serviceName}` : serviceName;
  }, [page]);
}
