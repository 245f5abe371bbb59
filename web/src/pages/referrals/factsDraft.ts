// The incident's facts as the form holds them while they are typed, and the
// conversions to and from the API's IncidentFacts.
import {
  factFlags,
  type AbuseOrNeglect,
  type FactFlag,
  type IncidentFacts,
  type Nation,
  type Outcome,
  type PerpetratorRelationship,
  type Subject,
} from '../../api/assessment';
import type { FieldError } from '../../api/client';
import { civilFromParts, emptyDate, partsFromCivil, type DateParts } from '../../components/fields';
import { factNames } from './labels';

export interface FactsDraft {
  nation: Nation | '';
  subject: Subject | '';
  age_years: string;
  outcome: Outcome | '';
  abuse_or_neglect: AbuseOrNeglect | '';
  perpetrator_relationship: PerpetratorRelationship | '';
  incident_date: DateParts;
  aware_date: DateParts;
  notification_date: DateParts;
  /** The yes/no facts that are true. */
  flags: FactFlag[];
}

export const emptyFactsDraft: FactsDraft = {
  nation: '',
  subject: '',
  age_years: '',
  outcome: '',
  abuse_or_neglect: '',
  perpetrator_relationship: '',
  incident_date: emptyDate,
  aware_date: emptyDate,
  notification_date: emptyDate,
  flags: [],
};

export function draftFromFacts(facts: IncidentFacts): FactsDraft {
  return {
    nation: facts.nation,
    subject: facts.subject,
    age_years: facts.age_years === undefined ? '' : String(facts.age_years),
    outcome: facts.outcome,
    abuse_or_neglect: facts.abuse_or_neglect ?? 'not_suspected',
    perpetrator_relationship: facts.perpetrator_relationship ?? '',
    incident_date: partsFromCivil(facts.incident_date),
    // The API fills in the incident date when no awareness date was given.
    aware_date: facts.aware_date && facts.aware_date !== facts.incident_date ? partsFromCivil(facts.aware_date) : emptyDate,
    notification_date: partsFromCivil(facts.notification_date),
    flags: factFlags.filter((flag) => facts[flag] === true),
  };
}

/** The draft checked: the facts to send when every answer is usable, and what is missing or wrong. */
export interface CheckedFacts {
  facts: IncidentFacts | null;
  /** Required answers not given yet, as factNames words, in form order. */
  missing: string[];
  /** Answers given but not usable (field names prefixed with "facts."). */
  errors: FieldError[];
}

const requiredChoices = ['nation', 'subject', 'outcome', 'abuse_or_neglect'] as const;

export function checkFacts(draft: FactsDraft): CheckedFacts {
  const missing: string[] = [];
  const errors: FieldError[] = [];
  for (const field of requiredChoices) {
    if (draft[field] === '') missing.push(field);
  }

  let age: number | undefined;
  const ageText = draft.age_years.trim();
  if (ageText !== '') {
    if (/^\d{1,3}$/.test(ageText) && Number(ageText) <= 130) age = Number(ageText);
    else errors.push({ field: 'facts.age_years', message: 'Enter their age as a whole number of years, like 7' });
  }

  const dates: Partial<Record<'incident_date' | 'aware_date' | 'notification_date', string>> = {};
  for (const field of ['incident_date', 'aware_date', 'notification_date'] as const) {
    const civil = civilFromParts(draft[field]);
    if (civil === null) errors.push({ field: `facts.${field}`, message: `Enter ${factNames[field]} as a real date, like 27 3 2026` });
    else if (civil !== '') dates[field] = civil;
    else if (field === 'incident_date') missing.push(field);
  }

  if (missing.length > 0 || errors.length > 0 || !draft.nation || !draft.subject || !draft.outcome || !dates.incident_date) {
    return { facts: null, missing, errors };
  }
  const facts: IncidentFacts = {
    nation: draft.nation,
    subject: draft.subject,
    outcome: draft.outcome,
    incident_date: dates.incident_date,
  };
  if (draft.abuse_or_neglect) facts.abuse_or_neglect = draft.abuse_or_neglect;
  if (draft.perpetrator_relationship) facts.perpetrator_relationship = draft.perpetrator_relationship;
  if (age !== undefined) facts.age_years = age;
  if (dates.aware_date) facts.aware_date = dates.aware_date;
  if (dates.notification_date) facts.notification_date = dates.notification_date;
  for (const flag of factFlags) facts[flag] = draft.flags.includes(flag);
  return { facts, missing, errors };
}

/** Errors for the required answers not given, as the error summary lists them. */
export function missingErrors(missing: readonly string[]): FieldError[] {
  const messages: Record<string, string> = {
    nation: 'Select which UK nation this is in',
    subject: 'Select whether this is about a child or an adult',
    outcome: 'Select what happened to them',
    abuse_or_neglect: 'Select whether abuse or neglect is known or suspected',
    incident_date: 'Enter the date of the incident',
  };
  return missing.map((field) => ({ field: `facts.${field}`, message: messages[field] ?? `Enter ${factNames[field] ?? field}` }));
}

/** The assessment's field errors ("aware_date") as the form's ("facts.aware_date"). */
export function asFactErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => (error.field.startsWith('facts.') ? error : { ...error, field: `facts.${error.field}` }));
}
