// Administration: the partnership's users and agencies, and the audit trail
// (`/api/users`, `/api/agencies`, `/api/audit`; docs/api/openapi.yaml).
// One-time passwords in these answers are shown to the administrator once
// and never stored or logged by the app.
import { call } from './client';
import { readable, type Reply, type RequestBody, type Schema } from './contract';

export type User = Schema<'User'>;
export type UserList = Reply<'/api/users', 'get'>;
export type NewUser = RequestBody<'/api/users', 'post'>;
export type CreatedUser = Reply<'/api/users', 'post'>;

export const usersPath = readable('/api/users');

/** Adds a user; the answer carries their one-time password, shown only now. */
export async function createUser(user: NewUser): Promise<CreatedUser> {
  return (await call('post', '/api/users', { body: user })).body;
}

/** Disables the account and ends its sessions; 409 for the caller's own account. */
export async function disableUser(id: number): Promise<User> {
  return (await call('post', '/api/users/{id}/disable', { path: { id } })).body.user;
}

/** Gives the user a new one-time password and ends their sessions. */
export async function resetPassword(id: number): Promise<string> {
  return (await call('post', '/api/users/{id}/reset-password', { path: { id } })).body.one_time_password;
}

export type AuditEvent = Schema<'AuditEvent'>;
export type AuditPage = Reply<'/api/audit', 'get'>;

/** What the audit trail is narrowed to, by the API's query parameter names (as the page's address has them). */
export interface AuditFilter {
  target_type: string;
  target_id?: string;
  after?: string;
}

export const auditPageSize = 50;

export function auditPath(filter: AuditFilter) {
  return readable('/api/audit', { query: { ...filter, limit: auditPageSize } });
}

/** The user id in an actor of the form "user:12", or null. */
export function actorUserId(actor: string): number | null {
  const match = /^user:(\d+)$/.exec(actor);
  return match ? Number(match[1]) : null;
}
