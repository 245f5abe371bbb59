// The statutory assessment of an incident (`POST /api/assess`): the facts it
// takes and the obligations it answers with. The rules are the server's
// (docs/domain/rules.md); the app only shows them.
import { call } from './client';
import type { Schema } from './contract';
import { isReplay } from './idempotency';

export type Nation = Schema<'Nation'>;
export type Subject = Schema<'Subject'>;
/** The facts of a serious incident; dates are "YYYY-MM-DD". */
export type IncidentFacts = Schema<'IncidentFacts'>;
export type Outcome = IncidentFacts['outcome'];
export type AbuseOrNeglect = NonNullable<IncidentFacts['abuse_or_neglect']>;
export type PerpetratorRelationship = NonNullable<IncidentFacts['perpetrator_relationship']>;

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
] as const satisfies readonly (keyof IncidentFacts)[];

export type FactFlag = (typeof factFlags)[number];

export type Assessment = Schema<'Assessment'>;
export type Obligation = Assessment['obligations'][number];
/** must: a legal duty; should: statutory guidance expects it; consider; may: a power. */
export type ObligationLevel = Obligation['level'];
export type ObligationId = Obligation['id'];

/** Assesses `facts`; throws ApiError (400 with field errors when the facts do not hold together). */
export async function assessIncident(facts: IncidentFacts, signal?: AbortSignal): Promise<Assessment> {
  const { body } = await call('post', '/api/assess', signal ? { body: facts, signal } : { body: facts });
  // Sent without an Idempotency-Key, the assessment is never a replay.
  if (isReplay(body)) throw new Error('The server repeated an earlier answer instead of assessing the facts.');
  return body;
}
