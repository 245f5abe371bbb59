// Names for the ids the API answers with, from lists already loaded.
import type { User } from '../../api/admin';
import type { Agency } from '../../api/agencies';
import type { Resource } from '../../useResource';

/** The agency's name by id; "Agency 4" when it is not (yet) known. */
export function agencyNamer(agencies: Resource<{ items: Agency[] }>): (id: number) => string {
  const names = new Map(agencies.status === 'loaded' ? agencies.data.items.map((agency) => [agency.id, agency.name]) : []);
  return (id) => names.get(id) ?? `Agency ${id}`;
}

/** The user's name by id; "User 12" when it is not (yet) known. */
export function userNamer(users: Resource<{ users: User[] }>): (id: number) => string {
  const names = new Map(users.status === 'loaded' ? users.data.users.map((user) => [user.id, user.display_name]) : []);
  return (id) => names.get(id) ?? `User ${id}`;
}
