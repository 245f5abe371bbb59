// The app's one cache of what the API answered (TanStack Query). Parts of a
// page that read the same address share one request and one answer, and a
// change marks what it made stale so that every part showing it reads it
// again (staleAfter.ts, useRefresh.ts).
import { QueryClient } from '@tanstack/react-query';

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A page reads its records afresh when it opens, and forgets them when
        // it closes: case records change under several people at once, and no
        // page should open on an old copy of one.
        staleTime: 0,
        gcTime: 0,
        // A failure is shown at once (a 404 is the not-found page), not retried.
        retry: false,
        // Reads happen when a page opens or after a change, never behind the
        // user's back: a restricted review's every read is audited.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
