import { describe, expect, it } from 'vitest';
import { factFlags, type IncidentFacts } from '../../api/assessment';
import { asFactErrors, checkFacts, draftFromFacts, emptyFactsDraft, missingErrors, type FactsDraft } from './factsDraft';

/** Facts as the server keeps them: every yes/no fact stated. */
function stored(facts: Partial<IncidentFacts>): IncidentFacts {
  const flags = Object.fromEntries(factFlags.map((flag) => [flag, false]));
  return { nation: 'england', subject: 'child', outcome: 'died', incident_date: '2026-03-27', ...flags, ...facts };
}

const complete: FactsDraft = {
  ...emptyFactsDraft,
  nation: 'wales',
  subject: 'adult',
  outcome: 'seriously_harmed',
  abuse_or_neglect: 'suspected',
  incident_date: { day: '27', month: '3', year: '2026' },
};

describe('a referral’s facts, edited and sent again', () => {
  it('come back from the form unchanged when nothing is touched', () => {
    const facts = stored({
      nation: 'england',
      subject: 'child',
      outcome: 'seriously_harmed',
      abuse_or_neglect: 'known',
      perpetrator_relationship: 'household_member',
      age_years: 7,
      incident_date: '2026-03-02',
      aware_date: '2026-03-05',
      notification_date: '2026-03-09',
      looked_after: true,
      serious_sexual_abuse: true,
    });
    expect(checkFacts(draftFromFacts(facts))).toEqual({ facts, missing: [], errors: [] });
  });

  it('leave out the awareness date when it is the incident date the server filled in', () => {
    const facts = stored({ abuse_or_neglect: 'not_suspected', incident_date: '2026-03-02', aware_date: '2026-03-02' });
    const draft = draftFromFacts(facts);
    expect(draft.aware_date).toEqual({ day: '', month: '', year: '' });
    expect(checkFacts(draft).facts).not.toHaveProperty('aware_date');
  });

  it('read facts recorded without abuse or neglect as "not suspected", the server’s default', () => {
    const { abuse_or_neglect: _omitted, ...recorded } = stored({});
    expect(draftFromFacts(recorded).abuse_or_neglect).toBe('not_suspected');
  });
});

describe('checking the facts as typed', () => {
  it('sends every yes/no fact, true only for those ticked', () => {
    const { facts } = checkFacts({ ...complete, flags: ['in_custody'] });
    expect(facts?.in_custody).toBe(true);
    for (const flag of factFlags.filter((flag) => flag !== 'in_custody')) expect(facts?.[flag]).toBe(false);
  });

  it('lists the required answers not given, in the order the form asks them, and sends nothing', () => {
    expect(checkFacts(emptyFactsDraft)).toEqual({
      facts: null,
      missing: ['nation', 'subject', 'outcome', 'abuse_or_neglect', 'incident_date'],
      errors: [],
    });
  });

  it('takes an age from 0 to 130 in whole years, and refuses anything else', () => {
    expect(checkFacts({ ...complete, age_years: ' 130 ' }).facts?.age_years).toBe(130);
    expect(checkFacts({ ...complete, age_years: '0' }).facts?.age_years).toBe(0);
    for (const age of ['131', '7.5', '-1', 'seven']) {
      const checked = checkFacts({ ...complete, age_years: age });
      expect(checked.facts).toBeNull();
      expect(checked.errors.map((error) => error.field)).toEqual(['facts.age_years']);
    }
  });

  it('refuses a date that is not real, naming the date', () => {
    const checked = checkFacts({ ...complete, notification_date: { day: '29', month: '2', year: '2026' } });
    expect(checked.facts).toBeNull();
    expect(checked.errors).toEqual([
      { field: 'facts.notification_date', message: 'Enter the date the Panel was told as a real date, like 27 3 2026' },
    ]);
  });
});

describe('errors on the facts', () => {
  it('name the form’s questions (“facts.x”) with what to do', () => {
    expect(missingErrors(['nation', 'incident_date'])).toEqual([
      { field: 'facts.nation', message: 'Select which UK nation this is in' },
      { field: 'facts.incident_date', message: 'Enter the date of the incident' },
    ]);
  });

  it('from the assessment are moved onto the form’s questions, once', () => {
    expect(
      asFactErrors([
        { field: 'aware_date', message: 'must not be before the incident' },
        { field: 'facts.age_years', message: 'too old' },
      ]),
    ).toEqual([
      { field: 'facts.aware_date', message: 'must not be before the incident' },
      { field: 'facts.age_years', message: 'too old' },
    ]);
  });
});
