// Administration: the partnership's users and agencies, and the audit trail
// (`/api/users`, `/api/agencies`, `/api/audit`; docs/api/openapi.yaml).
// One-time passwords in these answers are shown to the administrator once
// and never stored or logged by the app.
import { query, request } from './client';
import type { Role } from './session';

export interface User {
  id: number;
  email: string;
  display_name: string;
  roles: Role[];
  agency_id: number | null;
  disabled: boolean;
  totp_enrolled: boolean;
  password_change_required: boolean;
  created_at: string;
}

export interface UserList {
  users: User[];
}

export interface NewUser {
  email: string;
  display_name: string;
  roles: Role[];
  /** Required for an agency lead; the server refuses unknown agencies. */
  agency_id?: number;
}

export interface CreatedUser {
  user: User;
  one_time_password: string;
}

export const usersPath = '/api/users';

/** Adds a user; the answer carries their one-time password, shown only now. */
export async function createUser(user: NewUser): Promise<CreatedUser> {
  return (await request<CreatedUser>('POST', usersPath, { body: user })).body;
}

/** Disables the account and ends its sessions; 409 for the caller's own account. */
export async function disableUser(id: number): Promise<User> {
  return (await request<{ user: User }>('POST', `${usersPath}/${id}/disable`)).body.user;
}

/** Gives the user a new one-time password and ends their sessions. */
export async function resetPassword(id: number): Promise<string> {
  return (await request<{ one_time_password: string }>('POST', `${usersPath}/${id}/reset-password`)).body
    .one_time_password;
}

export interface AuditEvent {
  seq: number;
  at: string;
  /** "user:12", "system" or "anonymous". */
  actor: string;
  /** A dotted name: "review.stage_changed". */
  action: string;
  target_type: string;
  target_id: string;
  client_address: string;
  /** Identifiers, counts, reasons and field names; never personal data. */
  detail: Record<string, string>;
  hash: string;
}

export interface AuditPage {
  /** Oldest first. */
  events: AuditEvent[];
  /** Pass as `after` for the next page; null on the last. */
  next_after: number | null;
}

/** What the audit trail is narrowed to: the API's query parameter names. */
export interface AuditFilter {
  target_type: string;
  target_id?: string;
  after?: string;
}

export const auditPageSize = 50;

export function auditPath(filter: AuditFilter): string {
  return `/api/audit${query({ ...filter, limit: auditPageSize })}`;
}

/** The user id in an actor of the form "user:12", or null. */
export function actorUserId(actor: string): number | null {
  const match = /^user:(\d+)$/.exec(actor);
  return match ? Number(match[1]) : null;
}
