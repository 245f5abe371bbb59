import { useCallback, useEffect, useState } from 'react';
import { asApiError, request, type ApiError } from './api/client';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T; etag: string | null }
  | { status: 'failed'; error: ApiError };

type Answer<T> = Exclude<Resource<T>, { status: 'loading' }> & { path: string };

/**
 * GETs `path` from the API when it changes (null: nothing to load) and
 * returns its state and a reload function. An earlier answer that arrives
 * late is dropped. A reload keeps the last data on screen until the new one
 * arrives; a different path never shows the previous path's data.
 */
export function useResource<T>(path: string | null): [Resource<T>, () => void] {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    request<T>('GET', path, { signal: controller.signal }).then(
      ({ body, etag }) => setAnswer({ status: 'loaded', data: body, etag, path }),
      (error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ status: 'failed', error: asApiError(error), path });
      },
    );
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  if (answer === null || answer.path !== path) return [{ status: 'loading' }, reload];
  return [answer, reload];
}
