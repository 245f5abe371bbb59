// What the app takes from docs/api/openapi.yaml, through the types
// openapi-typescript generates from it (schema.d.ts, `npm run api:generate`):
// the named schemas, and for each route and method the parameters, the body
// it takes and the JSON it answers. Addresses are built here from a route's
// template ("/api/reviews/{id}"), so a route or parameter the API lacks
// does not compile.
import type { components, paths } from './schema';

/** A named schema of the API ("Review", "NewPerson"). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type Route = keyof paths;
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The methods `R` serves. */
export type MethodOf<R extends Route> = {
  [M in Method]: [NonNullable<paths[R][M]>] extends [never] ? never : M;
}[Method];

/** The routes that are read with GET. */
export type ReadRoute = { [R in Route]: 'get' extends MethodOf<R> ? R : never }[Route];

type Operation<R extends Route, M extends Method> = NonNullable<paths[R][M]>;
type Parameters<R extends Route, M extends Method> = Operation<R, M> extends { parameters: infer P } ? P : never;

/** The JSON a successful call answers (its 200 or 201); undefined when it answers no content (204). */
export type Reply<R extends Route, M extends Method> =
  Operation<R, M> extends { responses: infer Responses }
    ? {
        [Status in keyof Responses & (200 | 201 | 204)]: Responses[Status] extends { content: { 'application/json': infer Body } }
          ? Body
          : undefined;
      }[keyof Responses & (200 | 201 | 204)]
    : never;

/** What the call sends: its JSON body, or a file's bytes for a raw upload. */
export type RequestBody<R extends Route, M extends Method> =
  Operation<R, M> extends { requestBody?: infer Body }
    ? NonNullable<Body> extends { content: { 'application/json': infer Json } }
      ? Json
      : NonNullable<Body> extends { content: { 'application/octet-stream': unknown } }
        ? Blob
        : never
    : never;

/** The route's path parameters, by name; an id from an address may be given as the text it is there. */
export type PathParameters<R extends Route, M extends Method> =
  Parameters<R, M> extends { path: infer Path } ? { [Name in keyof Path]: string | number } : never;

/** The route's query parameters; a value read from the page's address may be given as text. */
export type QueryParameters<R extends Route, M extends Method> =
  Parameters<R, M> extends { query?: infer Query }
    ? [Query] extends [never]
      ? never
      : { [Name in keyof Query]?: Query[Name] | string | null | undefined }
    : never;

/** Where a call goes: the path parameters when the route has some, and the query when it takes one. */
export type Target<R extends Route, M extends Method> = ([PathParameters<R, M>] extends [never]
  ? { path?: undefined }
  : { path: PathParameters<R, M> }) &
  ([QueryParameters<R, M>] extends [never] ? { query?: undefined } : { query?: QueryParameters<R, M> });

type QueryValue = string | number | boolean | null | undefined;

/** A query string from the defined, non-empty values of `params` ("" when none). */
export function query(params: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** "/api/reviews/{id}" with {id: 7} and a query: "/api/reviews/7?...". Each path part is percent-encoded. */
export function fill(route: string, path: Readonly<Record<string, string | number>> = {}, params: Readonly<Record<string, QueryValue>> = {}): string {
  const filled = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path[name];
    if (value === undefined) throw new Error(`${route} needs its ${name}`);
    return encodeURIComponent(String(value));
  });
  return filled + query(params);
}

declare const answerType: unique symbol;

/** An address to GET, made by `readable` from a route of the API, which carries the type of what it answers. */
export type Readable<Answer> = string & { readonly [answerType]: Answer };

/** The target, which may be left out when the route has no path parameters. */
export type TargetArgument<R extends Route, M extends Method> = {} extends Target<R, M> ? [target?: Target<R, M>] : [target: Target<R, M>];

/** The address of `route` at `target`. */
export function addressOf<R extends Route, M extends Method>(route: R, target: Target<R, M> | undefined): string {
  return fill(route, target?.path ?? {}, target?.query ?? {});
}

/** The address that reads `route` at `target`, typed with what it answers. */
export function readable<R extends ReadRoute>(route: R, ...[target]: TargetArgument<R, 'get'>): Readable<Reply<R, 'get'>> {
  return addressOf<R, 'get'>(route, target) as Readable<Reply<R, 'get'>>;
}
