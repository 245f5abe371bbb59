import { useCallback, useEffect, useState } from 'react';
import { getJson } from './api/client';
import { useUser } from './session';

interface Colleague {
  id: number;
  display_name: string;
}

// The partnership's users by id (`GET /api/colleagues`), read once per
// signed-in user and shared by every part of a page that names people.
let loaded: { userId: number; names: Promise<Map<number, string>> } | null = null;

function colleaguesOf(userId: number): Promise<Map<number, string>> {
  if (loaded?.userId !== userId) {
    const names = getJson<{ items: Colleague[] }>('/api/colleagues').then(
      ({ items }) => new Map(items.map((item) => [item.id, item.display_name])),
    );
    // A failure is not kept: the next page tries again.
    names.catch(() => {
      if (loaded?.names === names) loaded = null;
    });
    loaded = { userId, names };
  }
  return loaded.names;
}

/**
 * Who did something, by the user id a record carries: "<name> (you)" for the
 * signed-in user, the colleague's name, "the service" for no one (the
 * system), and "user <id>" until the names have loaded or for an unknown id.
 */
export function useColleagueNames(): (userId: number | null) => string {
  const user = useUser();
  const [names, setNames] = useState<Map<number, string> | null>(null);
  useEffect(() => {
    let current = true;
    colleaguesOf(user.id).then(
      (found) => {
        if (current) setNames(found);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [user.id]);
  return useCallback(
    (userId: number | null) => {
      if (userId === null) return 'the service';
      if (userId === user.id) return `${user.display_name} (you)`;
      return names?.get(userId) ?? `user ${userId}`;
    },
    [names, user],
  );
}
