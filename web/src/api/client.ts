// The one way the app talks to the casereview JSON API (same origin, cookie
// session). The server reports failures as RFC 9457 problem details
// (`application/problem+json`); every failure here, including a network
// error or a body that is not what was expected, becomes an ApiError.
//
// Contracts the API sets and this module keeps (docs/api/openapi.yaml):
// - every request that changes something carries `X-CSRF-Token` with the
//   token of the current session (setCsrfToken);
// - records edited together carry an ETag; a change sends it as `If-Match`
//   and a stale one is answered 412 (ApiError.isStale);
// - a 401 on any call but signing in means the session has ended: the
//   handler set with onSessionEnded runs, once per ending.

import { addressOf, type Method, type Reply, type RequestBody, type Route, type Schema, type Target } from './contract';

/** One field the server found wrong, as in the problem's `errors` member. */
export type FieldError = NonNullable<Schema<'Problem'>['errors']>[number];

/**
 * An RFC 9457 problem details object as the app holds it: the API's, or one
 * made up here for a failure the server did not describe (which may have no
 * detail); `errors` is always there, empty when no field was named.
 */
export type Problem = Omit<Schema<'Problem'>, 'detail' | 'errors'> & { detail?: string; errors: FieldError[] };

/** A failed API call: the problem the server described, or one made up here. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The record changed since it was read (412): reload, keep the user's input. */
  get isStale(): boolean {
    return this.problem.status === 412;
  }
}

/** Makes any thrown value an ApiError, for display. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : undefined;
  return new ApiError(localProblem('Something went wrong', 0, detail));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function fieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) && typeof item['field'] === 'string' && typeof item['message'] === 'string'
      ? [{ field: item['field'], message: item['message'] }]
      : [],
  );
}

function toProblem(body: unknown, response: Response): Problem {
  const fields = isRecord(body) ? body : {};
  const problem: Problem = {
    type: optionalString(fields['type']) ?? 'about:blank',
    title: optionalString(fields['title']) ?? (response.statusText || 'Request failed'),
    status: typeof fields['status'] === 'number' ? fields['status'] : response.status,
    errors: fieldErrors(fields['errors']),
  };
  const detail = optionalString(fields['detail']);
  if (detail !== undefined) problem.detail = detail;
  return problem;
}

/** A problem made up by the app, for failures the server did not describe. */
function localProblem(title: string, status: number, detail?: string): Problem {
  const problem: Problem = { type: 'about:blank', title, status, errors: [] };
  if (detail !== undefined) problem.detail = detail;
  return problem;
}

function mediaType(response: Response): string {
  return (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

let csrfToken: string | null = null;
let sessionEndedHandler: (() => void) | null = null;

/** The current session's CSRF token (null when signed out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API answers 401 to a signed-in call: the session has ended. */
export function onSessionEnded(handler: (() => void) | null): void {
  sessionEndedHandler = handler;
}

/** What a successful call answered: its JSON body (if any) and its ETag. */
export interface Answer<T> {
  body: T;
  etag: string | null;
  location: string | null;
}

export interface RequestOptions {
  /** JSON to send, or raw bytes (a File or Blob) for uploads. */
  body?: unknown;
  /** The ETag of the record as read: sent as If-Match. */
  ifMatch?: string | null;
  /** Extra headers (e.g. X-File-Name for an upload). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Signing in: a 401 is a wrong password, not an ended session. */
  anonymous?: boolean;
}

/**
 * Sends one request to the API and returns its answer. Throws ApiError on a
 * network failure, a non-2xx status (with the server's problem details), or
 * a body that is not JSON when one was expected. An abort through `signal`
 * rethrows the browser's AbortError unchanged.
 */
export async function request<T = unknown>(
  method: Uppercase<Method>,
  path: string,
  options: RequestOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (options.body instanceof Blob) {
    body = options.body;
    headers['Content-Type'] = options.body.type || 'application/octet-stream';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(localProblem('The server could not be reached', 0, 'Check your connection and try again.'));
  }

  const type = mediaType(response);
  const isJson = type === 'application/json' || type === 'application/problem+json';
  let parsed: unknown = undefined;
  if (isJson) {
    try {
      parsed = await response.json();
    } catch {
      if (response.ok) throw new ApiError(localProblem('The server sent malformed JSON', response.status));
    }
  }

  if (!response.ok) {
    if (response.status === 401 && !options.anonymous && csrfToken !== null) {
      csrfToken = null;
      sessionEndedHandler?.();
    }
    throw new ApiError(toProblem(parsed, response));
  }
  if (response.status !== 204 && !isJson) {
    throw new ApiError(
      localProblem('The server sent an unexpected answer', response.status, `Expected JSON, got ${type || 'no content type'}.`),
    );
  }
  return {
    body: parsed as T,
    etag: response.headers.get('ETag'),
    location: response.headers.get('Location'),
  };
}

/** A call of one of the API's routes: where it goes, what it sends, and how. */
export type Call<R extends Route, M extends Method> = Target<R, M> & { body?: RequestBody<R, M> } & Omit<RequestOptions, 'body'>;

/**
 * Calls `method` on `route` (its template, "/api/reviews/{id}") at the call's
 * path parameters and query; the body it takes and the answer it gives are
 * typed as docs/api/openapi.yaml documents them.
 */
export function call<R extends Route, M extends Method>(method: M, route: R, options: Call<R, M>): Promise<Answer<Reply<R, M>>> {
  const { path, query, ...rest } = options;
  const upper = method.toUpperCase() as Uppercase<Method>;
  return request<Reply<R, M>>(upper, addressOf<R, M>(route, { path, query } as Target<R, M>), rest as RequestOptions);
}
