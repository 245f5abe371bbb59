// Words for the codes of reviews and what is recorded on them, from
// docs/domain/case-records.md and src/core (case_records.h, assessment.cpp).
import type {
  DecisionOutcome, FamilyEvent, MemberRole, PractitionerEventKind,
} from '../../api/reviews';

/** Decision outcomes in the order the form offers them; all but no_review are review types. */
export const decisionOutcomes: readonly DecisionOutcome[] = [
  'rapid_review', 'lcspr', 'scr', 'sar', 'dhr', 'cpr', 'susr', 'learning_review', 'cmr',
  'partnership_review', 'no_review',
];

export const reviewTypes: readonly DecisionOutcome[] = decisionOutcomes.filter((outcome) => outcome !== 'no_review');

/** The type of review an outcome opens, as a noun. */
export const reviewTypeLabels: Record<DecisionOutcome, string> = {
  rapid_review: 'Rapid review',
  lcspr: 'Local child safeguarding practice review',
  scr: 'Serious case review',
  sar: 'Safeguarding adults review',
  dhr: 'Domestic homicide review',
  cpr: 'Child practice review',
  susr: 'Single unified safeguarding review',
  learning_review: 'Learning review',
  cmr: 'Case management review',
  partnership_review: 'Partnership or learning review (non-statutory)',
  no_review: 'No review',
};

/** What each decision outcome means and where it comes from. */
export const decisionOutcomeHints: Record<DecisionOutcome, string> = {
  rapid_review: 'The rapid review is the only review (Working Together 2023, chapter 5)',
  lcspr: 'England, children (Children Act 2004 section 16F; SI 2018/789 regulation 11)',
  scr: 'England, before 2019 (LSCB Regulations 2006 regulation 5)',
  sar: 'Adults (Care Act 2014 section 44)',
  dhr: 'Domestic Violence, Crime and Victims Act 2004 section 9',
  cpr: 'Wales (2015 regulations)',
  susr: 'Wales, from 1 October 2024 (single unified safeguarding review guidance)',
  learning_review: 'Scotland (national guidance 2021, updated 2024)',
  cmr: 'Northern Ireland (SBNI Regulations 2012 regulation 17)',
  partnership_review: 'Not statutory: under the partnership’s local procedures',
  no_review: 'The partnership decided not to review: the rationale must say why',
};

/** The decision as it reads in a record: "Decided: no review". */
export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  ...reviewTypeLabels,
  no_review: 'Not to review',
};

export const frameworkLabels: Record<string, string> = {
  'england-wt2010': 'England: Working Together to Safeguard Children 2010 (serious case reviews)',
  'england-wt2013': 'England: Working Together to Safeguard Children 2013 and 2015 (serious case reviews)',
  'england-wt2018': 'England: Working Together to Safeguard Children 2018 (child safeguarding practice reviews)',
  'england-wt2023': 'England: Working Together to Safeguard Children 2023 (child safeguarding practice reviews)',
  'england-care-act': 'England: Care Act 2014, section 44 (safeguarding adults reviews)',
  'wales-cpr': 'Wales: child and adult practice reviews (2015 regulations)',
  'wales-susr': 'Wales: single unified safeguarding review (from 1 October 2024)',
  'scotland-scr': 'Scotland: significant case reviews (before September 2021)',
  'scotland-learning-review': 'Scotland: learning reviews (national guidance 2021, updated 2024)',
  'ni-cmr': 'Northern Ireland: case management reviews (SBNI Regulations 2012, regulation 17)',
};

export const memberRoleLabels: Record<MemberRole, string> = {
  member: 'Member',
  reviewer: 'Reviewer',
};

export const familyEvents: readonly FamilyEvent[] = ['invited', 'declined', 'met', 'informed_of_findings'];
export const familyEventLabels: Record<FamilyEvent, string> = {
  invited: 'Invited to take part',
  declined: 'Declined to take part',
  met: 'Met the reviewer',
  informed_of_findings: 'Told of the findings',
};

export const practitionerEventKinds: readonly PractitionerEventKind[] = ['learning_event', 'conversation', 'feedback'];
export const practitionerEventLabels: Record<PractitionerEventKind, string> = {
  learning_event: 'Learning event',
  conversation: 'Conversation',
  feedback: 'Feedback on the findings',
};

