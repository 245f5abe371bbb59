import { useInfiniteQuery } from '@tanstack/react-query';
import { asApiError, request, type ApiError } from '../api/client';
import type { Readable } from '../api/contract';
import { resourceKey } from './resourceKey';
import type { Resource } from './useResource';

/** A list read a page at a time: the pages so far, and the way to the next. */
export interface ResourcePages<Page> {
  pages: Resource<Page[]>;
  /** Reads the next page; there is none when `hasMore` is false. */
  more: () => void;
  hasMore: boolean;
  busy: boolean;
  /** Why the last next page could not be read (the pages read before stay). */
  moreFailed: ApiError | null;
}

/**
 * Reads the first page of a list through the app's cache, then each next
 * one when asked ("Show more"): `address(cursor)` is where a page is (null:
 * the first), `nextCursor(page)` the next page's cursor or null on the last.
 */
export function useResourcePages<Page>(
  address: (cursor: string | null) => Readable<Page>,
  nextCursor: (page: Page) => string | null,
): ResourcePages<Page> {
  const first = address(null);
  const query = useInfiniteQuery({
    queryKey: [...resourceKey(first), 'pages'],
    queryFn: async ({ pageParam, signal }) => (await request<Page>('GET', address(pageParam), { signal })).body,
    initialPageParam: null as string | null,
    getNextPageParam: (page: Page) => nextCursor(page),
  });
  const pages: Resource<Page[]> =
    query.data !== undefined
      ? { status: 'loaded', data: query.data.pages, etag: null }
      : query.status === 'error'
        ? { status: 'failed', error: asApiError(query.error) }
        : { status: 'loading' };
  return {
    pages,
    more: () => void query.fetchNextPage(),
    hasMore: query.hasNextPage,
    busy: query.isFetchingNextPage,
    moreFailed: query.isFetchNextPageError ? asApiError(query.error) : null,
  };
}
