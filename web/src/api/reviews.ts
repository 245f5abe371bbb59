// Reviews, the case records at the heart of the service (docs/api/openapi.yaml,
// tag Reviews): the list, one review, and the changes made to it. Changes to
// the review itself (stage, terms of reference, agencies, its own fields)
// carry the review's ETag as If-Match; records added to it do not.
import type { MilestoneState, Stage } from '../labels';
import { query, request } from './client';

export type DecisionOutcome =
  | 'rapid_review' | 'lcspr' | 'scr' | 'sar' | 'dhr' | 'cpr' | 'susr' | 'learning_review' | 'cmr'
  | 'partnership_review' | 'no_review';
export type { Nation, Subject } from './assessment';
import type { Nation, Subject } from './assessment';
export type MemberRole = 'member' | 'reviewer';
export type FamilyEvent = 'invited' | 'declined' | 'met' | 'informed_of_findings';
export type PractitionerEventKind = 'learning_event' | 'conversation' | 'feedback';
import type { Agency } from './agencies';
export type MilestoneId = 'notification' | 'rapid_review' | 'decision' | 'submission' | 'publication';

export interface ReviewMilestone {
  id: MilestoneId;
  title: string;
  /** The statute or guidance that sets the due date. */
  basis: string;
  due: string | null;
  done_on: string | null;
  state: MilestoneState;
}

/** A review as listed: what every reader of it may see. */
export interface ReviewSummary {
  id: number;
  referral_id: number;
  pseudonym: string;
  /** The latest decision's outcome (null before a decision to review). */
  review_type: DecisionOutcome | null;
  /** The statutory framework the referral's assessment found ("england-wt2023"). */
  framework: string | null;
  stage: Stage;
  /** The stage a paused review left. */
  paused_from: Stage | null;
  restricted: boolean;
  nation: Nation;
  subject: Subject;
  milestones: ReviewMilestone[];
  /** The open milestone due first. */
  next_deadline: ReviewMilestone | null;
  /** Days spent paused, the current pause included; due dates never move for them. */
  paused_days: number;
  updated_at: string;
  version: number;
}

export interface ReviewPage {
  items: ReviewSummary[];
  next_cursor: string | null;
}

export interface ReviewDates {
  aware_on: string;
  notified_on: string | null;
  rapid_review_completed_on: string | null;
  planned_publication_on: string | null;
  submitted_on: string | null;
  published_on: string | null;
}

export interface TermsOfReference {
  scope_start: string | null;
  scope_end: string | null;
  lines_of_enquiry: string[];
  methodology: string;
  parallel_proceedings: string;
  agreed_on: string | null;
  /** A scope period and at least one line of enquiry: what information gathering needs. */
  complete: boolean;
}

export interface ReviewMember {
  user_id: number;
  display_name: string;
  agency_id: number | null;
  role: MemberRole;
  /** The written reason a reviewer from an involved agency was appointed all the same. */
  independence_override: string | null;
  assigned_at: string;
}

export interface Decision {
  id: number;
  outcome: DecisionOutcome;
  rationale: string;
  decided_by: string;
  decided_on: string;
  panel_told_on: string | null;
  recorded_at: string;
}

export interface StageChange {
  from: Stage | null;
  to: Stage;
  reason: string;
  by_user_id: number | null;
  at: string;
}

export interface FamilyInvolvement {
  id: number;
  family_member: string;
  event: FamilyEvent;
  on_date: string;
  note: string;
}

export interface PractitionerEvent {
  id: number;
  kind: PractitionerEventKind;
  held_on: string;
  attendees: number;
  note: string;
}

/** The version of the final report that partners sign off: the newest of the review's final reports. */
export interface FinalReport {
  document_id: number;
  title: string;
  version_id: number;
  version_number: number;
  file_name: string;
}

/** A safeguarding partner's sign-off of one version of the final report. */
export interface SignOff {
  id: number;
  signed_by: number;
  display_name: string;
  signed_at: string;
  note: string;
  document_version_id: number;
  /** Of the version that is the final report now (a newer version needs signing again). */
  of_final_report: boolean;
}

interface ReviewFlags {
  may_edit: boolean;
  may_read_people: boolean;
}

/** What an agency lead reads: the summary's fields and the flags, nothing else. */
export interface SummaryOnlyReview extends ReviewSummary, ReviewFlags {
  summary_only: true;
}

export interface FullReview extends ReviewSummary, ReviewFlags {
  summary_only: false;
  dates: ReviewDates;
  pause: { reason: string; since: string | null } | null;
  terms_of_reference: TermsOfReference;
  agencies: Agency[];
  members: ReviewMember[];
  /** Newest first: the first counts. */
  decisions: Decision[];
  /** Oldest first. */
  stage_history: StageChange[];
  final_report: FinalReport | null;
  /** Oldest first. */
  sign_offs: SignOff[];
  family_involvement: FamilyInvolvement[];
  practitioner_events: PractitionerEvent[];
}

export type Review = SummaryOnlyReview | FullReview;

/** Someone in the case, with the identifiers that must never be published. */
export interface Person {
  id: number;
  real_name: string;
  aliases: string[];
  date_of_birth: string | null;
  relationship: string;
  published_label: string;
  addresses: string[];
  settings: string[];
}

export interface ReviewFilters {
  stage?: string;
  type?: string;
  overdue?: boolean;
  agency_id?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

export function reviewsPath(filters: ReviewFilters): string {
  return `/api/reviews${query({ ...filters })}`;
}

export function reviewPath(id: number | string): string {
  return `/api/reviews/${encodeURIComponent(String(id))}`;
}

export interface StageMove {
  to: Stage;
  reason?: string;
}

export async function moveStage(id: number, move: StageMove, etag: string | null): Promise<void> {
  await request('POST', `${reviewPath(id)}/stage`, { body: move, ifMatch: etag });
}

export interface NewDecision {
  outcome: DecisionOutcome;
  rationale: string;
  decided_by: string;
  decided_on: string;
  panel_told_on?: string;
}

export async function recordDecision(id: number, decision: NewDecision): Promise<void> {
  await request('POST', `${reviewPath(id)}/decisions`, { body: decision });
}

export interface NewSignOff {
  document_version_id: number;
  note?: string;
}

export async function signOff(id: number, signOff: NewSignOff): Promise<void> {
  await request('POST', `${reviewPath(id)}/sign-offs`, { body: signOff });
}

/** The whole terms of reference: absent fields are stored empty. */
export interface TermsOfReferenceInput {
  scope_start?: string;
  scope_end?: string;
  lines_of_enquiry: string[];
  methodology: string;
  parallel_proceedings: string;
  agreed_on?: string;
}

export async function setTermsOfReference(id: number, terms: TermsOfReferenceInput, etag: string | null): Promise<void> {
  await request('PUT', `${reviewPath(id)}/terms-of-reference`, { body: terms, ifMatch: etag });
}

export async function setReviewAgencies(id: number, agencyIds: number[], etag: string | null): Promise<void> {
  await request('PUT', `${reviewPath(id)}/agencies`, { body: { agency_ids: agencyIds }, ifMatch: etag });
}

export interface NewMember {
  user_id: number;
  role: MemberRole;
  independence_override?: string;
}

export async function assignMember(id: number, member: NewMember): Promise<void> {
  await request('POST', `${reviewPath(id)}/members`, { body: member });
}

export async function unassignMember(id: number, userId: number): Promise<void> {
  await request('DELETE', `${reviewPath(id)}/members/${userId}`);
}

export interface NewFamilyInvolvement {
  family_member: string;
  event: FamilyEvent;
  on_date: string;
  note?: string;
}

export async function addFamilyInvolvement(id: number, entry: NewFamilyInvolvement): Promise<void> {
  await request('POST', `${reviewPath(id)}/family-involvement`, { body: entry });
}

export interface NewPractitionerEvent {
  kind: PractitionerEventKind;
  held_on: string;
  attendees?: number;
  note?: string;
}

export async function addPractitionerEvent(id: number, event: NewPractitionerEvent): Promise<void> {
  await request('POST', `${reviewPath(id)}/practitioner-events`, { body: event });
}

export interface NewPerson {
  real_name: string;
  relationship: string;
  published_label: string;
  date_of_birth?: string;
  aliases?: string[];
  addresses?: string[];
  settings?: string[];
}

export async function addPerson(id: number, person: NewPerson): Promise<void> {
  await request('POST', `${reviewPath(id)}/people`, { body: person });
}

/** Absent fields are left alone; a date set to null is cleared. */
export interface ReviewEdit {
  pseudonym?: string;
  restricted?: boolean;
  notified_on?: string | null;
  rapid_review_completed_on?: string | null;
  planned_publication_on?: string | null;
  submitted_on?: string | null;
  published_on?: string | null;
}

export async function editReview(id: number, edit: ReviewEdit, etag: string | null): Promise<void> {
  await request('PATCH', reviewPath(id), { body: edit, ifMatch: etag });
}

/** Someone a coordinator may assign (`GET /api/reviews/{id}/member-candidates`). */
export interface MemberCandidate {
  user_id: number;
  display_name: string;
  roles: string[];
  agency_id: number | null;
  /** Works for an agency involved in the review: as its reviewer they need a written reason. */
  agency_involved: boolean;
}

export const memberCandidatesPath = (id: number) => `${reviewPath(id)}/member-candidates`;
