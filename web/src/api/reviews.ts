// Reviews, the case records at the heart of the service (docs/api/openapi.yaml,
// tag Reviews): the list, one review, and the changes made to it. Changes to
// the review itself (stage, terms of reference, agencies, its own fields)
// carry the review's ETag as If-Match; records added to it do not.
import { call } from './client';
import { readable, type QueryParameters, type Reply, type RequestBody, type Schema } from './contract';

export type { Nation, Subject } from './assessment';
export type DecisionOutcome = Schema<'DecisionOutcome'>;
export type MemberRole = Schema<'MemberRole'>;
export type FamilyEvent = Schema<'FamilyEvent'>;
export type PractitionerEventKind = Schema<'PractitionerEventKind'>;
export type ReviewMilestone = Schema<'Milestone'>;
export type MilestoneId = ReviewMilestone['id'];

/** A review as listed: what every reader of it may see. */
export type ReviewSummary = Schema<'ReviewSummary'>;
export type ReviewPage = Reply<'/api/reviews', 'get'>;
/** What an agency lead reads: the summary's fields and the flags, nothing else. */
export type SummaryOnlyReview = Schema<'SummaryOnlyReview'>;
export type FullReview = Schema<'FullReview'>;
export type Review = Schema<'Review'>;

export type ReviewDates = FullReview['dates'];
export type TermsOfReference = FullReview['terms_of_reference'];
export type ReviewMember = FullReview['members'][number];
/** Newest first: the first counts. */
export type Decision = FullReview['decisions'][number];
export type StageChange = FullReview['stage_history'][number];
/** The version of the final report that partners sign off: the newest of the review's final reports. */
export type FinalReport = NonNullable<FullReview['final_report']>;
/** A safeguarding partner's sign-off of one version of the final report. */
export type SignOff = FullReview['sign_offs'][number];
export type FamilyInvolvement = FullReview['family_involvement'][number];
export type PractitionerEvent = FullReview['practitioner_events'][number];

/** Someone in the case, with the identifiers that must never be published. */
export type Person = Schema<'Person'>;

export type ReviewFilters = QueryParameters<'/api/reviews', 'get'>;

export function reviewsPath(filters: ReviewFilters) {
  return readable('/api/reviews', { query: filters });
}

export function reviewPath(id: number | string) {
  return readable('/api/reviews/{id}', { path: { id } });
}

export function peoplePath(id: number) {
  return readable('/api/reviews/{id}/people', { path: { id } });
}

/** Those a coordinator may assign (`GET /api/reviews/{id}/member-candidates`). */
export function memberCandidatesPath(id: number) {
  return readable('/api/reviews/{id}/member-candidates', { path: { id } });
}

export type MemberCandidate = Reply<'/api/reviews/{id}/member-candidates', 'get'>['items'][number];

export type StageMove = RequestBody<'/api/reviews/{id}/stage', 'post'>;

export async function moveStage(id: number, move: StageMove, etag: string | null): Promise<void> {
  await call('post', '/api/reviews/{id}/stage', { path: { id }, body: move, ifMatch: etag });
}

export type NewDecision = RequestBody<'/api/reviews/{id}/decisions', 'post'>;

export async function recordDecision(id: number, decision: NewDecision): Promise<void> {
  await call('post', '/api/reviews/{id}/decisions', { path: { id }, body: decision });
}

export type NewSignOff = RequestBody<'/api/reviews/{id}/sign-offs', 'post'>;

export async function signOff(id: number, signOff: NewSignOff): Promise<void> {
  await call('post', '/api/reviews/{id}/sign-offs', { path: { id }, body: signOff });
}

/** The whole terms of reference: absent fields are stored empty. */
export type TermsOfReferenceInput = RequestBody<'/api/reviews/{id}/terms-of-reference', 'put'>;

export async function setTermsOfReference(id: number, terms: TermsOfReferenceInput, etag: string | null): Promise<void> {
  await call('put', '/api/reviews/{id}/terms-of-reference', { path: { id }, body: terms, ifMatch: etag });
}

export async function setReviewAgencies(id: number, agencyIds: number[], etag: string | null): Promise<void> {
  await call('put', '/api/reviews/{id}/agencies', { path: { id }, body: { agency_ids: agencyIds }, ifMatch: etag });
}

export type NewMember = RequestBody<'/api/reviews/{id}/members', 'post'>;

export async function assignMember(id: number, member: NewMember): Promise<void> {
  await call('post', '/api/reviews/{id}/members', { path: { id }, body: member });
}

export async function unassignMember(id: number, userId: number): Promise<void> {
  await call('delete', '/api/reviews/{id}/members/{user_id}', { path: { id, user_id: userId } });
}

export type NewFamilyInvolvement = RequestBody<'/api/reviews/{id}/family-involvement', 'post'>;

export async function addFamilyInvolvement(id: number, entry: NewFamilyInvolvement): Promise<void> {
  await call('post', '/api/reviews/{id}/family-involvement', { path: { id }, body: entry });
}

export type NewPractitionerEvent = RequestBody<'/api/reviews/{id}/practitioner-events', 'post'>;

export async function addPractitionerEvent(id: number, event: NewPractitionerEvent): Promise<void> {
  await call('post', '/api/reviews/{id}/practitioner-events', { path: { id }, body: event });
}

export type NewPerson = RequestBody<'/api/reviews/{id}/people', 'post'>;

export async function addPerson(id: number, person: NewPerson): Promise<void> {
  await call('post', '/api/reviews/{id}/people', { path: { id }, body: person });
}

/** Absent fields are left alone; a date set to null is cleared. */
export type ReviewEdit = RequestBody<'/api/reviews/{id}', 'patch'>;

export async function editReview(id: number, edit: ReviewEdit, etag: string | null): Promise<void> {
  await call('patch', '/api/reviews/{id}', { path: { id }, body: edit, ifMatch: etag });
}
