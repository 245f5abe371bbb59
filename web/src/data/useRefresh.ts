import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { pathKey } from './resourceKey';

/**
 * Marks `stale` (addresses, as staleAfter gives them) out of date in the
 * cache: what the page shows of them is read again, and what it does not
 * show is forgotten. Resolves when the reads are done, failed or not: a
 * failed read shows its problem where its data was.
 */
export function useRefresh(): (stale: readonly string[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (stale: readonly string[]) => {
      await Promise.all(stale.map((address) => client.invalidateQueries({ queryKey: pathKey(address) })));
    },
    [client],
  );
}

/**
 * For a form's "it worked" message: `confirm(stale)` is the handler that
 * marks `stale` out of date and, once it has been read again, says the
 * message with `say`. A change is confirmed when the page shows it.
 */
export function useConfirm(say: (message: string) => void): (stale: readonly string[]) => (message: string) => Promise<void> {
  const refresh = useRefresh();
  return useCallback(
    (stale: readonly string[]) => async (message: string) => {
      await refresh(stale);
      say(message);
    },
    [refresh, say],
  );
}
