// The statutory assessment of an incident (`POST /api/assess`): the facts it
// takes and the obligations it answers with. The rules are the server's
// (docs/domain/rules.md); the app only shows them.
import { request } from './client';

export type Nation = 'england' | 'wales' | 'scotland' | 'northern_ireland';
export type Subject = 'child' | 'adult';
export type Outcome = 'died' | 'seriously_harmed' | 'harmed' | 'none';
export type AbuseOrNeglect = 'known' | 'suspected' | 'not_suspected';
export type PerpetratorRelationship = 'relative' | 'intimate_partner' | 'household_member' | 'other' | 'unknown';

/** The yes/no facts of an incident; each is false when absent. */
export const factFlags = [
  'concern_about_agencies_working_together',
  'in_custody',
  'suspected_suicide',
  'looked_after',
  'care_leaver',
  'regulated_setting',
  'serious_sexual_abuse',
  'parent_killed_with_homicide_review',
  'killed_by_parent_with_mental_illness',
  'resident_in_area_harmed_outside_england',
  'care_and_support_needs',
  'child_protection_plan_or_looked_after_last_6_months',
  'sibling_on_register_or_looked_after',
  'outstanding_good_practice',
] as const;

export type FactFlag = (typeof factFlags)[number];

/** The facts of a serious incident (the IncidentFacts schema); dates are "YYYY-MM-DD". */
export type IncidentFacts = {
  nation: Nation;
  subject: Subject;
  outcome: Outcome;
  incident_date: string;
  abuse_or_neglect?: AbuseOrNeglect;
  perpetrator_relationship?: PerpetratorRelationship;
  age_years?: number;
  /** The incident date when absent. */
  aware_date?: string;
  notification_date?: string;
} & { [flag in FactFlag]?: boolean };

export type ObligationId =
  | 'notify_panel' | 'notify_ofsted' | 'notify_secretary_of_state' | 'rapid_review' | 'lcspr'
  | 'national_review_referral' | 'scr' | 'notifiable_incident' | 'cpr_concise' | 'cpr_extended'
  | 'apr' | 'susr' | 'learning_review' | 'significant_case_review' | 'cmr' | 'sar' | 'dhr'
  | 'child_death_review' | 'joint_agency_response';

/** must: a legal duty; should: statutory guidance expects it; consider; may: a power. */
export type ObligationLevel = 'must' | 'should' | 'consider' | 'may';

export interface Obligation {
  id: ObligationId;
  level: ObligationLevel;
  /** The statute or guidance it comes from. */
  basis: string;
  /** Why it applies to these facts. */
  reasons: string[];
  /** The day it falls due, when the facts fix one. */
  due: string | null;
  /** The timescale in words, when there is one. */
  clock: string | null;
}

export interface Assessment {
  /** null when no framework covers the facts (a note says so). */
  framework: string | null;
  framework_title: string;
  obligations: Obligation[];
  /** Things to do or record now, most urgent first. */
  prompts: string[];
  notes: string[];
}

/** Assesses `facts`; throws ApiError (400 with field errors when the facts do not hold together). */
export async function assessIncident(facts: IncidentFacts, signal?: AbortSignal): Promise<Assessment> {
  const { body } = await request<Assessment>('POST', '/api/assess', signal ? { body: facts, signal } : { body: facts });
  return body;
}
