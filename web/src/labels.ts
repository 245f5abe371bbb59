// Words for the API's codes, as users of the service say them.
import type { AgencyKind } from './api/agencies';
import type { Schema } from './api/contract';
import type { Nation, Subject } from './api/assessment';

export type Stage = Schema<'Stage'>;

/** The stages in the order a review moves through them (paused last: it is not a step). */
export const stages: readonly Stage[] = [
  'referral', 'rapid_review', 'decision', 'commissioning', 'information_gathering', 'analysis',
  'drafting', 'quality_assurance', 'sign_off', 'publication', 'monitoring', 'closed', 'paused',
];

export const stageLabels: Record<Stage, string> = {
  referral: 'Referral',
  rapid_review: 'Rapid review',
  decision: 'Decision',
  commissioning: 'Commissioning',
  information_gathering: 'Information gathering',
  analysis: 'Analysis',
  drafting: 'Drafting',
  quality_assurance: 'Quality assurance',
  sign_off: 'Sign-off',
  publication: 'Publication',
  monitoring: 'Monitoring',
  closed: 'Closed',
  paused: 'Paused',
};

/** GOV.UK tag colour modifiers for each stage. */
export const stageColours: Record<Stage, string> = {
  referral: 'govuk-tag--light-blue',
  rapid_review: 'govuk-tag--light-blue',
  decision: 'govuk-tag--purple',
  commissioning: 'govuk-tag--purple',
  information_gathering: 'govuk-tag--blue',
  analysis: 'govuk-tag--blue',
  drafting: 'govuk-tag--blue',
  quality_assurance: 'govuk-tag--turquoise',
  sign_off: 'govuk-tag--turquoise',
  publication: 'govuk-tag--green',
  monitoring: 'govuk-tag--green',
  closed: 'govuk-tag--grey',
  paused: 'govuk-tag--yellow',
};

export function label<K extends string>(labels: Record<K, string>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return (labels as Record<string, string>)[code] ?? code.replace(/_/g, ' ');
}

export type Rag = Schema<'Rag'>;
export const rags: readonly Rag[] = ['red', 'amber', 'green'];
export const ragLabels: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };
export const ragColours: Record<Rag, string> = {
  red: 'govuk-tag--red',
  amber: 'govuk-tag--orange',
  green: 'govuk-tag--green',
};
/** What each RAG rating means, for hints (thresholds are the partnership's). */
export const ragMeanings: Record<Rag, string> = {
  red: 'Overdue, or due soon and not started',
  amber: 'In progress and due soon',
  green: 'On track or done',
};

export type MilestoneState = Schema<'Milestone'>['state'];
export const milestoneStateLabels: Record<MilestoneState, string> = {
  done: 'Done',
  overdue: 'Overdue',
  due_soon: 'Due soon',
  upcoming: 'Upcoming',
  not_due: 'Not yet due',
};
export const milestoneStateColours: Record<MilestoneState, string> = {
  done: 'govuk-tag--green',
  overdue: 'govuk-tag--red',
  due_soon: 'govuk-tag--orange',
  upcoming: 'govuk-tag--blue',
  not_due: 'govuk-tag--grey',
};

export const roleLabels: Record<string, string> = {
  admin: 'Administrator',
  coordinator: 'Business unit coordinator',
  panel_member: 'Case review group member',
  partner: 'Safeguarding partner',
  reviewer: 'Independent reviewer',
  agency_lead: 'Agency safeguarding lead',
};

export const agencyKindLabels: Record<AgencyKind, string> = {
  childrens_social_care: 'Children’s social care',
  police: 'Police',
  health_commissioner: 'Health commissioner',
  health_provider: 'Health provider',
  education: 'Education',
  early_years: 'Early years',
  probation: 'Probation',
  youth_justice: 'Youth justice',
  housing: 'Housing',
  adult_social_care: 'Adult social care',
  voluntary: 'Voluntary sector',
  other: 'Other',
};

export const nationLabels: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  northern_ireland: 'Northern Ireland',
};

export const subjectLabels: Record<Subject, string> = { child: 'A child', adult: 'An adult' };
