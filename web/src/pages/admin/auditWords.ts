// The audit trail in words: what each recorded action means, and the
// details the server keeps with it (identifiers, counts, reasons, field
// names: never personal data; see src/app/audit.h).
import { actorUserId } from '../../api/admin';
import { agencyKindLabels, label, roleLabels, stageLabels } from '../../labels';

/** The kinds of record audit events are about (the API's `target_type`). */
export const recordTypeLabels: Record<string, string> = {
  review: 'Review',
  referral: 'Referral',
  action: 'Action',
  finding: 'Finding',
  recommendation: 'Recommendation',
  document: 'Document',
  user: 'User',
  agency: 'Agency',
  partnership: 'Partnership',
  session: 'Sign-in session',
  route: 'Page or service address (refused access)',
};

const actionLabels: Record<string, string> = {
  'session.created': 'Signed in',
  'session.ended': 'Signed out',
  'session.failed': 'Sign-in failed',
  'user.created': 'User added',
  'user.disabled': 'User disabled',
  'user.password_reset': 'Password reset by an administrator',
  'user.password_changed': 'Password changed',
  'user.totp_enrolled': 'Second factor set up',
  'partnership.created': 'Partnership set up',
  'partnership.settings_changed': 'Partnership settings changed',
  'agency.created': 'Agency added',
  'referral.created': 'Referral made',
  'referral.reassessed': 'Referral reassessed',
  'review.read': 'Restricted review read',
  'review.updated': 'Review details changed',
  'review.stage_changed': 'Stage changed',
  'review.terms_set': 'Terms of reference set',
  'review.agencies_set': 'Agencies involved set',
  'review.member_assigned': 'Member assigned',
  'review.member_removed': 'Member removed',
  'review.independence_overridden': 'Reviewer independence concern overridden',
  'review.family_involvement_added': 'Family involvement recorded',
  'review.practitioner_event_added': 'Practitioner event recorded',
  'decision.recorded': 'Decision recorded',
  'people.read': 'People in the case viewed',
  'person.added': 'Person added to the case',
  'quality.rated': 'Quality marker rated',
  'finding.created': 'Finding added',
  'recommendation.created': 'Recommendation added',
  'action.created': 'Action added',
  'action.updated': 'Action changed',
  'action.progress_added': 'Progress update added',
  'document.created': 'Document added',
  'document.version_added': 'New version of a document uploaded',
  'document.downloaded': 'Document downloaded',
  'permission.denied': 'Access refused',
};

/** "review.stage_changed" → "Stage changed"; an unknown action in plain words. */
export function actionLabel(action: string): string {
  const known = actionLabels[action];
  if (known) return known;
  const words = action.replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const keyLabels: Record<string, string> = {
  from: 'From',
  to: 'To',
  roles: 'Roles',
  kind: 'Kind',
  fields: 'Changed',
  review_id: 'Review',
  user_id: 'User',
  agency_id: 'Agency',
  status_from: 'Status before',
  status_to: 'Status after',
  restricted: 'Restricted',
  size_bytes: 'Size',
  media_type: 'File type',
  lines_of_enquiry: 'Lines of enquiry',
  agencies: 'Agencies',
  part: 'Part read',
  marker: 'Quality marker',
  number: 'Number',
};

function words(text: string): string {
  return text.replace(/_/g, ' ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One detail of an event, ready to show; `link` when it names a record the app has a page for. */
export interface DetailLine {
  key: string;
  value: string;
  link?: string;
}

/** How ids in details become names: from lists the page has loaded. */
export interface Namers {
  userName: (id: number) => string;
  agencyName: (id: number) => string;
}

function valueFor(action: string, key: string, value: string, namers: Namers): DetailLine {
  const name = keyLabels[key] ?? capitalised(words(key.replace(/_id$/, '')));
  const id = /^\d+$/.test(value) ? Number(value) : null;
  switch (key) {
    case 'from':
    case 'to':
      return { key: name, value: action === 'review.stage_changed' ? label(stageLabels, value) : words(value) };
    case 'roles':
    case 'role':
      return { key: name, value: value.split(',').map((role) => label(roleLabels, role.trim())).join(', ') };
    case 'kind':
      return { key: name, value: action.startsWith('agency.') ? label(agencyKindLabels, value) : words(value) };
    case 'fields':
      return { key: name, value: value.split(',').map((field) => words(field.trim())).join(', ') };
    case 'review_id':
      return id === null ? { key: name, value } : { key: name, value: `Review ${id}`, link: `/reviews/${id}` };
    case 'user_id':
      return { key: name, value: id === null ? value : namers.userName(id) };
    case 'agency_id':
      return { key: name, value: id === null ? value : namers.agencyName(id) };
    case 'restricted':
    case 'locked':
      return { key: name, value: value === 'true' ? 'Yes' : value === 'false' ? 'No' : value };
    case 'size_bytes':
      return { key: name, value: id === null ? value : `${id.toLocaleString('en-GB')} bytes` };
    default:
      return { key: name, value: id === null ? words(value) : value };
  }
}

/** The event's details in the order the server keeps them (by key). */
export function detailLines(action: string, detail: Record<string, string>, namers: Namers): DetailLine[] {
  return Object.entries(detail).map(([key, value]) => valueFor(action, key, value, namers));
}

/** "user:12" → their name; "system" and "anonymous" in words. */
export function actorLabel(actor: string, userName: (id: number) => string): string {
  const id = actorUserId(actor);
  if (id !== null) return userName(id);
  if (actor === 'system') return 'The system';
  if (actor === 'anonymous') return 'Someone not signed in';
  return actor;
}
