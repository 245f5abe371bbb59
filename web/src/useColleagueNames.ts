import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { colleaguesPath } from './api/colleagues';
import { resourceQuery } from './data/useResource';
import { useUser } from './session';

/**
 * Who did something, by the user id a record carries: "<name> (you)" for the
 * signed-in user, the colleague's name, "the service" for no one (the
 * system), and "user <id>" until the names have loaded or for an unknown id.
 * The names (`GET /api/colleagues`) are read once per session and shared by
 * every part of every page that names people, until a user is added.
 */
export function useColleagueNames(): (userId: number | null) => string {
  const user = useUser();
  const { data } = useQuery({ ...resourceQuery(colleaguesPath), staleTime: Infinity, gcTime: Infinity });
  const names = useMemo(() => new Map(data?.body.items.map((item) => [item.id, item.display_name])), [data]);
  return useCallback(
    (userId: number | null) => {
      if (userId === null) return 'the service';
      if (userId === user.id) return `${user.display_name} (you)`;
      return names.get(userId) ?? `user ${userId}`;
    },
    [names, user],
  );
}
