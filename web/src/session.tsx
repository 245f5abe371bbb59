// The session as the app sees it: loaded once at start, replaced on sign in,
// cleared on sign out or when the API says it has ended (401), which sends
// the user to the sign-in page with the address to return to. Whenever the
// session changes hands, the cache of what the API answered is emptied:
// nothing one user read is shown to the next.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { onSessionEnded } from './api/client';
import { loadSession, signOut as endSession, type Session, type SessionUser } from './api/session';
import { navigate } from './router';

interface SessionState {
  /** undefined while the first load is under way. */
  session: Session | null | undefined;
  /** The first load failed (the server could not be reached). */
  loadFailed: boolean;
  signedIn: (session: Session) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** The sign-in page's address that returns to `href` afterwards. */
export function signInHref(href: string, reason?: 'ended'): string {
  const params = new URLSearchParams();
  if (href && href !== '/' && !href.startsWith('/sign-in')) params.set('return', href);
  if (reason) params.set('reason', reason);
  const text = params.toString();
  return text ? `/sign-in?${text}` : '/sign-in';
}

/**
 * The `return` address of a sign-in or password page when it is a path of
 * this site (one leading "/", not "//" or "/\\", which browsers read as
 * another host) and not one of those pages; otherwise null.
 */
export function sameSiteReturn(search: URLSearchParams): string | null {
  const to = search.get('return');
  if (!to || !/^\/(?![/\\])/.test(to) || /[\u0000-\u001f\\]/.test(to)) return null;
  if (to.startsWith('/account/password') || to.startsWith('/sign-in')) return null;
  return to;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  const cache = useQueryClient();
  const changeHands = useCallback(
    (next: Session | null) => {
      cache.clear();
      setSession(next);
    },
    [cache],
  );

  useEffect(() => {
    loadSession().then(setSession, () => {
      setLoadFailed(true);
      setSession(null);
    });
    onSessionEnded(() => {
      changeHands(null);
      const { pathname, search } = window.location;
      navigate(signInHref(pathname + search, 'ended'), { replace: true });
    });
    return () => onSessionEnded(null);
  }, [changeHands]);

  const signOut = useCallback(async () => {
    try {
      await endSession();
    } finally {
      changeHands(null);
      navigate('/sign-in?reason=signed-out');
    }
  }, [changeHands]);

  return (
    <SessionContext.Provider value={{ session, loadFailed, signedIn: changeHands, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in user; only for pages rendered behind the sign-in check in App. */
export function useUser(): SessionUser {
  const { session } = useSession();
  if (!session) throw new Error('useUser without a session');
  return session.user;
}
