// A new referral as the form holds it between the form and "check your
// answers", and the check that turns it into the API's NewReferral.
import type { FieldError } from '../../api/client';
import { limits } from '../../api/limits';
import type { NewReferral } from '../../api/referrals';
import { civilFromParts, emptyDate, type DateParts } from '../../components/fields';
import { checkFacts, emptyFactsDraft, missingErrors, type FactsDraft } from './factsDraft';

export interface ReferralDraft {
  pseudonym: string;
  referrer_name: string;
  /** An agency id, or "" for none. */
  referring_agency_id: string;
  received_on: DateParts;
  summary: string;
  restricted: boolean | null;
  facts: FactsDraft;
}

export const emptyReferralDraft: ReferralDraft = {
  pseudonym: '',
  referrer_name: '',
  referring_agency_id: '',
  received_on: emptyDate,
  summary: '',
  restricted: null,
  facts: emptyFactsDraft,
};

/** The server's limits on a new referral's text. */
const fields = limits.createReferral;

/** 20000 as "20,000". */
const inWords = (count: number) => count.toLocaleString('en-GB');

/**
 * The draft as a NewReferral when every answer is usable, else the errors in
 * the order the form asks the questions. The server checks everything again.
 */
export function checkReferral(draft: ReferralDraft): { referral: NewReferral | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const pseudonym = draft.pseudonym.trim();
  if (!pseudonym) errors.push({ field: 'pseudonym', message: 'Enter the pseudonym the review will be known by, like Child T' });
  else if (pseudonym.length > fields.pseudonym.maxLength) {
    errors.push({ field: 'pseudonym', message: `The pseudonym must be ${inWords(fields.pseudonym.maxLength)} characters or fewer` });
  }
  const referrer = draft.referrer_name.trim();
  if (!referrer) errors.push({ field: 'referrer_name', message: 'Enter the name of the person who made the referral' });
  else if (referrer.length > fields.referrer_name.maxLength) {
    errors.push({ field: 'referrer_name', message: `The referrer’s name must be ${inWords(fields.referrer_name.maxLength)} characters or fewer` });
  }
  const received = civilFromParts(draft.received_on);
  if (received === '') errors.push({ field: 'received_on', message: 'Enter the date the referral was received' });
  else if (received === null) errors.push({ field: 'received_on', message: 'The date the referral was received must be a real date, like 27 3 2026' });
  const summary = draft.summary.trim();
  if (!summary) errors.push({ field: 'summary', message: 'Enter a summary of the referral' });
  else if (summary.length > fields.summary.maxLength) {
    errors.push({ field: 'summary', message: `The summary must be ${inWords(fields.summary.maxLength)} characters or fewer` });
  }
  if (draft.restricted === null) errors.push({ field: 'restricted', message: 'Select whether the review should be restricted' });

  const checked = checkFacts(draft.facts);
  errors.push(...missingErrors(checked.missing), ...checked.errors);

  if (errors.length > 0 || !checked.facts || !received || draft.restricted === null) return { referral: null, errors };
  const referral: NewReferral = {
    pseudonym,
    referrer_name: referrer,
    received_on: received,
    summary,
    restricted: draft.restricted,
    facts: checked.facts,
  };
  if (draft.referring_agency_id) referral.referring_agency_id = Number(draft.referring_agency_id);
  return { referral, errors };
}

// The draft outlives the page while the app stays open (leaving for another
// page and coming Back finds it as it was), for the user who typed it only.
let kept: { userId: number; draft: ReferralDraft } | null = null;

export function keptDraft(userId: number): ReferralDraft | null {
  return kept && kept.userId === userId ? kept.draft : null;
}

export function keepDraft(userId: number, draft: ReferralDraft | null): void {
  kept = draft ? { userId, draft } : null;
}
