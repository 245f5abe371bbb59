import { afterEach, describe, expect, it } from 'vitest';
import { limits } from '../../api/limits';
import { draftFromFacts } from './factsDraft';
import { checkReferral, emptyReferralDraft, keepDraft, keptDraft, type ReferralDraft } from './referralDraft';

const draft: ReferralDraft = {
  pseudonym: '  Child T ',
  referrer_name: ' Sam Patel, designated safeguarding lead ',
  referring_agency_id: '3',
  received_on: { day: '1', month: '4', year: '2026' },
  summary: ' Found at home.\nReferred by the school. ',
  restricted: false,
  facts: draftFromFacts({ nation: 'england', subject: 'child', outcome: 'died', abuse_or_neglect: 'known', incident_date: '2026-03-27' }),
};

describe('checking a new referral', () => {
  it('makes the request from the answers, trimmed, with the agency as a number', () => {
    const { referral, errors } = checkReferral(draft);
    expect(errors).toEqual([]);
    expect(referral).toMatchObject({
      pseudonym: 'Child T',
      referrer_name: 'Sam Patel, designated safeguarding lead',
      referring_agency_id: 3,
      received_on: '2026-04-01',
      summary: 'Found at home.\nReferred by the school.',
      restricted: false,
      facts: { nation: 'england', subject: 'child', outcome: 'died', incident_date: '2026-03-27' },
    });
  });

  it('sends no referring agency when none was chosen', () => {
    expect(checkReferral({ ...draft, referring_agency_id: '' }).referral).not.toHaveProperty('referring_agency_id');
  });

  it('lists what is missing in the order of the form, the facts last', () => {
    const { referral, errors } = checkReferral(emptyReferralDraft);
    expect(referral).toBeNull();
    expect(errors.map((error) => error.field)).toEqual([
      'pseudonym',
      'referrer_name',
      'received_on',
      'summary',
      'restricted',
      'facts.nation',
      'facts.subject',
      'facts.outcome',
      'facts.abuse_or_neglect',
      'facts.incident_date',
    ]);
  });

  it('keeps to the server’s limits on text, as docs/api/openapi.yaml sets them', () => {
    const longest = limits.createReferral.pseudonym.maxLength;
    expect(checkReferral({ ...draft, pseudonym: 'P'.repeat(longest) }).errors).toEqual([]);
    expect(checkReferral({ ...draft, pseudonym: 'P'.repeat(longest + 1) }).errors).toEqual([
      { field: 'pseudonym', message: `The pseudonym must be ${longest} characters or fewer` },
    ]);
    const summary = checkReferral({ ...draft, summary: 'S'.repeat(limits.createReferral.summary.maxLength + 1) });
    expect(summary.errors).toEqual([{ field: 'summary', message: 'The summary must be 20,000 characters or fewer' }]);
  });

  it('refuses a received date that is not real', () => {
    const { errors } = checkReferral({ ...draft, received_on: { day: '31', month: '4', year: '2026' } });
    expect(errors).toEqual([
      { field: 'received_on', message: 'The date the referral was received must be a real date, like 27 3 2026' },
    ]);
  });
});

describe('the draft kept while the app is open', () => {
  afterEach(() => keepDraft(1, null));

  it('comes back as it was for the user who typed it, and for no one else', () => {
    keepDraft(1, draft);
    expect(keptDraft(1)).toBe(draft);
    expect(keptDraft(2)).toBeNull();
  });

  it('is gone once the referral is made', () => {
    keepDraft(1, draft);
    keepDraft(1, null);
    expect(keptDraft(1)).toBeNull();
  });
});
