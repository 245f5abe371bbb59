// Words for the referral and assessment codes, and the plain-English
// questions the facts are asked as (src/core/incident.h says what each means).
import type {
  AbuseOrNeglect,
  FactFlag,
  ObligationId,
  ObligationLevel,
  Outcome,
  PerpetratorRelationship,
} from '../../api/assessment';

export const outcomeLabels: Record<Outcome, string> = {
  died: 'They died',
  seriously_harmed: 'They were seriously harmed',
  harmed: 'They were harmed, but not seriously',
  none: 'They were not harmed',
};

export const abuseOrNeglectLabels: Record<AbuseOrNeglect, string> = {
  known: 'Yes, it is known',
  suspected: 'Yes, it is suspected',
  not_suspected: 'No, it is not suspected',
};

export const perpetratorLabels: Record<PerpetratorRelationship, string> = {
  relative: 'A relative',
  intimate_partner: 'A current or former intimate partner',
  household_member: 'A member of the same household',
  other: 'Someone else',
  unknown: 'Not known',
};

export const obligationTitles: Record<ObligationId, string> = {
  notify_panel: 'Notify the Child Safeguarding Practice Review Panel',
  notify_ofsted: 'Notify Ofsted',
  notify_secretary_of_state: 'Notify the Secretary of State',
  rapid_review: 'Rapid review',
  lcspr: 'Local child safeguarding practice review',
  national_review_referral: 'Tell the Panel whether a national review may be needed',
  scr: 'Serious case review',
  notifiable_incident: 'Notify Ofsted of a serious incident',
  cpr_concise: 'Concise child practice review',
  cpr_extended: 'Extended child practice review',
  apr: 'Adult practice review',
  susr: 'Single unified safeguarding review',
  learning_review: 'Learning review',
  significant_case_review: 'Significant case review',
  cmr: 'Case management review',
  sar: 'Safeguarding adults review',
  dhr: 'Domestic homicide review',
  child_death_review: 'Child death review',
  joint_agency_response: 'Joint agency response',
};

export const levelLabels: Record<ObligationLevel, string> = {
  must: 'Must',
  should: 'Should',
  consider: 'Consider',
  may: 'May',
};

export const levelColours: Record<ObligationLevel, string> = {
  must: 'govuk-tag--red',
  should: 'govuk-tag--orange',
  consider: 'govuk-tag--blue',
  may: 'govuk-tag--grey',
};

/** What each level means, for the key beside the assessment. */
export const levelMeanings: Record<ObligationLevel, string> = {
  must: 'a legal duty, or guidance that says it must always be done',
  should: 'statutory guidance expects it',
  consider: 'the guidance asks the partnership to consider it',
  may: 'a power the partnership may use',
};

/** The yes/no facts as statements a user ticks, grouped as the form asks them. */
export const flagGroups: readonly { name: string; legend: string; flags: readonly { flag: FactFlag; label: string; hint?: string }[] }[] = [
  {
    name: 'facts.about_them',
    legend: 'Which of these apply to them?',
    flags: [
      { flag: 'looked_after', label: 'They are looked after by a local authority (in care)' },
      { flag: 'care_leaver', label: 'They are a care leaver' },
      {
        flag: 'child_protection_plan_or_looked_after_last_6_months',
        label: 'They had a child protection plan, were on the child protection register, or were looked after, in the last 6 months',
      },
      {
        flag: 'sibling_on_register_or_looked_after',
        label: 'A brother or sister has or had a child protection plan, is or was on the register, or is or was looked after',
      },
      {
        flag: 'care_and_support_needs',
        label: 'They are an adult with needs for care and support',
        hint: 'Whether or not the local authority was meeting those needs',
      },
    ],
  },
  {
    name: 'facts.circumstances',
    legend: 'Which of these apply to what happened?',
    flags: [
      { flag: 'in_custody', label: 'It happened in custody', hint: 'For example in a young offender institution, secure training centre or police custody' },
      { flag: 'regulated_setting', label: 'It happened in a regulated setting', hint: 'For example a children’s home, residential school or registered childcare' },
      { flag: 'suspected_suicide', label: 'Suicide is suspected' },
      { flag: 'serious_sexual_abuse', label: 'There was serious sexual abuse' },
      { flag: 'parent_killed_with_homicide_review', label: 'A parent was killed and a domestic homicide review has begun' },
      { flag: 'killed_by_parent_with_mental_illness', label: 'They were killed by a parent with a mental illness' },
      { flag: 'resident_in_area_harmed_outside_england', label: 'They normally live in this area but were harmed outside England' },
    ],
  },
  {
    name: 'facts.practice',
    legend: 'Which of these apply to how agencies worked?',
    flags: [
      {
        flag: 'concern_about_agencies_working_together',
        label: 'There is cause for concern about how agencies worked together to safeguard them',
      },
      {
        flag: 'outstanding_good_practice',
        label: 'Agencies’ practice was effective and prevented harm, and others could learn from it',
      },
    ],
  },
];

/** The questions for each fact, as the form and the summaries name them. */
export const factQuestions = {
  nation: 'Which UK nation is this in?',
  subject: 'Is this about a child or an adult?',
  age_years: 'How old are they?',
  outcome: 'What happened to them?',
  abuse_or_neglect: 'Is abuse or neglect known or suspected?',
  perpetrator_relationship: 'Who is known or suspected to have caused the harm?',
  incident_date: 'When did the incident happen?',
  aware_date: 'When did the partnership become aware of it?',
  notification_date: 'When was the Panel or national body told?',
} as const;

/** Short names of the facts, for sentences about them ("the date of the incident"). */
export const factNames: Record<string, string> = {
  nation: 'which UK nation this is in',
  subject: 'whether this is about a child or an adult',
  age_years: 'their age',
  outcome: 'what happened to them',
  abuse_or_neglect: 'whether abuse or neglect is known or suspected',
  perpetrator_relationship: 'who caused the harm',
  incident_date: 'the date of the incident',
  aware_date: 'the date the partnership became aware',
  notification_date: 'the date the Panel was told',
};

const codeWords: Record<string, string> = {
  incident_date: 'the date of the incident',
  aware_date: 'the date the partnership became aware',
  notification_date: 'the date the Panel was told',
  age_years: 'their age',
  'subject "adult"': '"An adult"',
  'subject "child"': '"A child"',
  'outcome "seriously_harmed"': '"They were seriously harmed"',
};

/** A message from the server with the API's field codes in words. */
export function inWords(message: string): string {
  return message.replace(/(?:subject|outcome) "[a-z_]+"|[a-z]+(?:_[a-z0-9]+)+/g, (code) => codeWords[code] ?? code.replace(/_/g, ' '));
}

const fieldWords: Record<string, string> = {
  pseudonym: 'the pseudonym',
  referrer_name: 'the referrer’s name',
  referring_agency_id: 'the referring agency',
  received_on: 'the date the referral was received',
  summary: 'the summary',
  restricted: 'whether the review is restricted',
  'facts.nation': 'the nation',
  'facts.subject': 'whether this is about a child or an adult',
  'facts.age_years': 'their age',
  'facts.outcome': 'what happened to them',
  'facts.abuse_or_neglect': 'whether abuse or neglect is known or suspected',
  'facts.perpetrator_relationship': 'who caused the harm',
  'facts.incident_date': 'the date of the incident',
  'facts.aware_date': 'the date the partnership became aware',
  'facts.notification_date': 'the date the Panel was told',
};

/**
 * A server's field error as a whole sentence in words ("must not be before
 * incident_date" on aware_date: "The date the partnership became aware must
 * not be before the date of the incident"), for the summary and inline.
 */
export function readableError(error: { field: string; message: string }): { field: string; message: string } {
  const message = inWords(error.message);
  const subject = fieldWords[error.field];
  if (subject && /^(is|are|must|should|needs|cannot|has|was|does)\b/.test(message)) {
    return { field: error.field, message: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${message}` };
  }
  return { field: error.field, message: message.charAt(0).toUpperCase() + message.slice(1) };
}
