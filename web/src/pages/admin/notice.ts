// A success message left by one administration page for the next one it
// sends the user to (e.g. "account disabled", shown on the users list). It
// lives in memory only: a reload or a later visit does not show it again.
import { useEffect, useState } from 'react';

let pending: string | null = null;

/** Leaves `text` for the next page that calls useNotice. */
export function leaveNotice(text: string): void {
  pending = text;
}

/** The message left for this page, if any; it is taken once. */
export function useNotice(): string | null {
  const [notice] = useState(() => pending);
  useEffect(() => {
    pending = null;
  }, []);
  return notice;
}
