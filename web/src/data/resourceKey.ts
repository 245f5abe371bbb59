// The cache key of an address the app reads: its path, then its query's
// values by name (in any order). A change that makes a path stale marks
// every query of it (every page and filter of a list) with the path alone.

export type ResourceKey = readonly [path: string, query: Readonly<Record<string, string>>];

/** "/api/actions?review_id=7&limit=200" → ["/api/actions", {limit: "200", review_id: "7"}]. */
export function resourceKey(address: string): ResourceKey {
  const [path = '', search = ''] = address.split('?', 2);
  const query = Object.fromEntries([...new URLSearchParams(search)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return [path, query];
}

/** The key that marks every query of the address's path: ["/api/actions"]. */
export function pathKey(address: string): readonly [path: string] {
  return [resourceKey(address)[0]];
}
