// Typed access to the casereview JSON API. The server reports failures as
// RFC 9457 problem details (`application/problem+json`); every failure here,
// including a network error or an unexpected body, becomes an ApiError.

/** An RFC 9457 problem details object, as far as the app relies on it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
}

/** A failed API call: the problem the server described, or one made up here. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

/** Checks that an unknown JSON value has the shape T; returns it or throws. */
export type Decoder<T> = (value: unknown) => T;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function toProblem(body: unknown, response: Response): Problem {
  const fields = isRecord(body) ? body : {};
  const problem: Problem = {
    type: optionalString(fields['type']) ?? 'about:blank',
    title: optionalString(fields['title']) ?? (response.statusText || 'Request failed'),
    status: typeof fields['status'] === 'number' ? fields['status'] : response.status,
  };
  const detail = optionalString(fields['detail']);
  if (detail !== undefined) problem.detail = detail;
  const instance = optionalString(fields['instance']);
  if (instance !== undefined) problem.instance = instance;
  return problem;
}

/** A problem made up by the app, for failures the server did not describe. */
function localProblem(title: string, status: number, detail?: string): Problem {
  return detail === undefined ? { type: 'about:blank', title, status } : { type: 'about:blank', title, status, detail };
}

function mediaType(response: Response): string {
  return (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * GETs `path` (same origin) and decodes its JSON body. Throws ApiError on a
 * network failure, a non-2xx status (with the server's problem details when
 * it sent them), a body that is not JSON, or a body the decoder rejects.
 * An abort through `signal` rethrows the browser's AbortError unchanged.
 */
export async function getJson<T>(path: string, decode: Decoder<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json, application/problem+json' },
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(localProblem('The server could not be reached', 0, 'Check your connection and try again.'));
  }

  const type = mediaType(response);
  const isJson = type === 'application/json' || type === 'application/problem+json';
  let body: unknown = undefined;
  if (isJson) {
    try {
      body = await response.json();
    } catch {
      if (response.ok) {
        throw new ApiError(localProblem('The server sent malformed JSON', response.status));
      }
    }
  }

  if (!response.ok) throw new ApiError(toProblem(body, response));
  if (!isJson) {
    throw new ApiError(
      localProblem('The server sent an unexpected answer', response.status, `Expected JSON, got ${type || 'no content type'}.`),
    );
  }

  try {
    return decode(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : undefined;
    throw new ApiError(localProblem('The server sent an unexpected answer', response.status, detail));
  }
}

/** `GET /api/version`: the running server's version. */
export interface ServerVersion {
  version: string;
}

const decodeServerVersion: Decoder<ServerVersion> = (value) => {
  if (isRecord(value) && typeof value['version'] === 'string' && value['version'] !== '') {
    return { version: value['version'] };
  }
  throw new Error('The version answer has no "version" text.');
};

export function fetchServerVersion(signal?: AbortSignal): Promise<ServerVersion> {
  return getJson('/api/version', decodeServerVersion, signal);
}
