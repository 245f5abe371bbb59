// Client-side navigation with the History API. The server answers every
// non-API path with the app, so any path the app links to can be loaded
// directly, bookmarked and reloaded.
import { createContext, useContext, useEffect, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

export interface Location {
  pathname: string;
  search: URLSearchParams;
  /** pathname + search, as a return address after signing in. */
  href: string;
}

function currentLocation(): Location {
  const { pathname, search } = window.location;
  return { pathname, search: new URLSearchParams(search), href: pathname + search };
}

const LocationContext = createContext<Location>(currentLocation());
const navigationEvent = 'casereview:navigate';

/** Goes to `to` (a same-origin path) without reloading; `replace` keeps history as is. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(navigationEvent));
}

/** Provides the current location; re-renders on navigation and Back/Forward. */
export function Router({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const update = () => {
      setLocation(currentLocation());
    };
    window.addEventListener('popstate', update);
    window.addEventListener(navigationEvent, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(navigationEvent, update);
    };
  }, []);
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

export function useLocation(): Location {
  return useContext(LocationContext);
}

/**
 * Matches `pathname` against `pattern` ("/reviews/:id"); returns the named
 * parts, or null when it does not match. Parts never contain "/". A part
 * that is not valid percent-encoding ("%E0") does not match, so a mangled
 * address gets the not-found page.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; ++i) {
    const part = want[i] ?? '';
    const value = have[i] ?? '';
    if (part.startsWith(':')) {
      if (value === '') return null;
      const decoded = decodedPart(value);
      if (decoded === null) return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

/** Pages by path pattern, each made from the pattern's named parts. */
export type PageTable = ReadonlyArray<readonly [pattern: string, page: (params: Record<string, string>) => ReactNode]>;

/** The page of the first pattern in `table` that `pathname` matches, or null when none does. */
export function pageFor(table: PageTable, pathname: string): ReactNode {
  for (const [pattern, page] of table) {
    const params = matchPath(pattern, pathname);
    if (params) return page(params);
  }
  return null;
}

function decodedPart(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** An ordinary link that navigates inside the app (a modified click opens as usual). */
export function Link({ href, onClick, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
