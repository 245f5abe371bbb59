import { useCallback, useEffect, useState } from 'react';
import { asApiError, request, type ApiError } from './api/client';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T; etag: string | null }
  | { status: 'failed'; error: ApiError };

/**
 * GETs `path` from the API when it changes (null: nothing to load) and
 * returns its state and a reload function. An earlier answer that arrives
 * late is dropped. While reloading, the last data stays on screen.
 */
export function useResource<T>(path: string | null): [Resource<T>, () => void] {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    request<T>('GET', path, { signal: controller.signal }).then(
      ({ body, etag }) => setState({ status: 'loaded', data: body, etag }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', error: asApiError(error) });
      },
    );
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return [state, reload];
}
