import type { SessionUser } from '../../api/session';

/**
 * Whether the user decides who may reach a review: who is assigned to it and
 * whether it is restricted. That is for coordinators and admins only
 * (docs/security.md); the server enforces it, the page only offers it.
 */
export function mayManageAccess(user: SessionUser): boolean {
  return user.roles.includes('coordinator') || user.roles.includes('admin');
}
