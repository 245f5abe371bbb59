import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { asApiError, request, type ApiError } from '../api/client';
import type { Readable } from '../api/contract';
import { resourceKey } from './resourceKey';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T; etag: string | null }
  | { status: 'failed'; error: ApiError };

/** What one GET answered: its body and the record's ETag. */
export interface Read<T> {
  body: T;
  etag: string | null;
}

/** The cached read of `address`, for useQuery and for the cache itself. */
export function resourceQuery<T>(address: Readable<T>) {
  return queryOptions({
    queryKey: resourceKey(address),
    queryFn: async ({ signal }): Promise<Read<T>> => {
      const { body, etag } = await request<T>('GET', address, { signal });
      return { body, etag };
    },
  });
}

/** The query's state as a Resource: loading until the first answer, then the last answer or the failure. */
export function asResource<T>(state: { status: 'pending' | 'error' | 'success'; data: Read<T> | undefined; error: unknown }): Resource<T> {
  if (state.status === 'error') return { status: 'failed', error: asApiError(state.error) };
  if (state.status === 'pending' || state.data === undefined) return { status: 'loading' };
  return { status: 'loaded', data: state.data.body, etag: state.data.etag };
}

/** Where a query that is not enabled would read: never read. */
function nothing<T>(): Readable<T> {
  return '' as Readable<T>;
}

/**
 * Reads `address` (null: nothing to read yet) through the app's cache, and
 * returns its state and a function that reads it again. Every part of the
 * page reading the same address shares the one request and its answer; a
 * read again keeps the last answer on screen until the new one arrives; a
 * different address never shows the previous one's answer.
 */
export function useResource<T>(address: Readable<T> | null): [Resource<T>, () => void] {
  const query = useQuery({ ...resourceQuery(address ?? nothing<T>()), enabled: address !== null });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return [asResource(query), reload];
}
