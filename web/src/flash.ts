// A one-time success message handed from the page that made a change to the
// page it sends the user to (by that page's path). It lives in memory only:
// reloading that page, or a later visit, does not show it again.
import { useEffect, useState } from 'react';

let pending: { path: string; message: string } | null = null;

export function flash(path: string, message: string): void {
  pending = { path, message };
}

/** The message left for `path`, if any; it is used up once the page has shown it. */
export function useFlash(path: string): string | null {
  const [message] = useState(() => (pending && pending.path === path ? pending.message : null));
  useEffect(() => {
    if (pending && pending.path === path) pending = null;
  }, [path]);
  return message;
}
