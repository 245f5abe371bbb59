// The signed-in session (`/api/session`): who the user is, what their roles
// allow, and the CSRF token every change must carry.
import { call, setCsrfToken } from './client';
import type { RequestBody, Schema } from './contract';

export type Role = Schema<'Role'>;
export type Session = Schema<'Session'>;
export type SessionUser = Session['user'];

/** The current session, or null when nobody is signed in. */
export async function loadSession(): Promise<Session | null> {
  const { body } = await call('get', '/api/session', {});
  if (!body.signed_in) {
    setCsrfToken(null);
    return null;
  }
  setCsrfToken(body.csrf_token);
  return body;
}

export type Credentials = RequestBody<'/api/session', 'post'>;

/** Signs in; throws ApiError (401, one answer whatever was wrong). */
export async function signIn(credentials: Credentials): Promise<Session> {
  const { body } = await call('post', '/api/session', { body: credentials, anonymous: true });
  setCsrfToken(body.csrf_token);
  return body;
}

export async function signOut(): Promise<void> {
  try {
    await call('delete', '/api/session', { anonymous: true });
  } finally {
    setCsrfToken(null);
  }
}

export async function changePassword(current_password: string, new_password: string): Promise<void> {
  await call('post', '/api/session/password', { body: { current_password, new_password } });
}

/** The capabilities of docs/security.md the app shows or hides things by. */
export type Capability =
  | 'create_referral'
  | 'edit_review'
  | 'record_decision'
  | 'quality_assure'
  | 'sign_off'
  | 'update_agency_actions'
  | 'manage_agencies'
  | 'manage_users'
  | 'read_audit';

// A copy of the role table in docs/security.md (src/core/access.cpp holds the
// rule). It only decides what to offer: the server checks every request.
const capabilitiesByRole: Record<Role, readonly Capability[]> = {
  admin: [
    'create_referral', 'edit_review', 'record_decision', 'quality_assure', 'sign_off',
    'update_agency_actions', 'manage_agencies', 'manage_users', 'read_audit',
  ],
  coordinator: ['create_referral', 'edit_review', 'record_decision', 'update_agency_actions'],
  panel_member: ['record_decision', 'quality_assure'],
  partner: ['sign_off'],
  reviewer: ['edit_review'],
  agency_lead: ['update_agency_actions'],
};

export function can(user: SessionUser, capability: Capability): boolean {
  return user.roles.some((role) => capabilitiesByRole[role].includes(capability));
}

/**
 * The agency whose actions alone this user sees and updates: an agency lead's
 * own, unless another role of theirs sees every action (admin, coordinator,
 * panel member, partner). Mirrors ConfinedAgency in src/app/action_plans.cpp.
 */
export function confinedAgency(user: SessionUser): number | null {
  const broad = user.roles.some((role) => role === 'admin' || role === 'coordinator' || role === 'panel_member' || role === 'partner');
  return !broad && user.roles.includes('agency_lead') ? user.agency_id : null;
}

/** An agency lead works on their own agency's actions only. */
export function isAgencyLead(user: SessionUser): boolean {
  return confinedAgency(user) !== null;
}
