// The incident's facts as plain-English questions, in the order a person
// reporting an incident thinks of them. Field names are the API's with a
// "facts." prefix, so the server's errors land on the right question.
import type { FactFlag } from '../../api/assessment';
import type { FieldError } from '../../api/client';
import { errorFor } from '../../components/ErrorSummary';
import { Checkboxes, DateInput, Radios, TextInput } from '../../components/fields';
import type { FactsDraft } from './factsDraft';
import { abuseOrNeglectLabels, factQuestions, flagGroups, outcomeLabels, perpetratorLabels } from './labels';
import { nationLabels, subjectLabels } from '../../labels';

function options<K extends string>(labels: Record<K, string>, hints: Partial<Record<K, string>> = {}) {
  return (Object.keys(labels) as K[]).map((value) => {
    const hint = hints[value];
    return hint ? { value, label: labels[value], hint } : { value, label: labels[value] };
  });
}

export function FactsFields({
  draft,
  onChange,
  errors,
}: {
  draft: FactsDraft;
  onChange: (draft: FactsDraft) => void;
  errors: readonly FieldError[];
}) {
  const set = <K extends keyof FactsDraft>(key: K) => (value: FactsDraft[K]) => onChange({ ...draft, [key]: value });
  const error = (field: string) => errorFor(errors, `facts.${field}`);

  return (
    <>
      <h2 className="govuk-heading-m">The child or adult</h2>
      <Radios
        name="facts.nation"
        label={factQuestions.nation}
        hint="The law and guidance of this nation apply."
        error={error('nation')}
        value={draft.nation}
        onChange={(value) => set('nation')(value as FactsDraft['nation'])}
        options={options(nationLabels)}
      />
      <Radios
        name="facts.subject"
        label={factQuestions.subject}
        error={error('subject')}
        value={draft.subject}
        onChange={(value) => set('subject')(value as FactsDraft['subject'])}
        options={options(subjectLabels, { child: 'Under 18', adult: '18 or over' })}
      />
      <TextInput
        name="facts.age_years"
        label={`${factQuestions.age_years} (optional)`}
        hint="In whole years. Some reviews depend on age: for example a domestic homicide review for someone aged 16 or over, or notifying Ofsted of the death of a care leaver aged 24 or under."
        error={error('age_years')}
        value={draft.age_years}
        onChange={set('age_years')}
        width={3}
        inputMode="numeric"
        spellCheck={false}
      />

      <h2 className="govuk-heading-m">What happened</h2>
      <Radios
        name="facts.outcome"
        label={factQuestions.outcome}
        hint="Whether harm is serious is the partnership’s judgement."
        error={error('outcome')}
        value={draft.outcome}
        onChange={(value) => set('outcome')(value as FactsDraft['outcome'])}
        options={options(outcomeLabels, {
          seriously_harmed:
            'For example a potentially life-threatening injury, or serious or likely long-term impairment of health or development, even if they recover',
        })}
      />
      <Radios
        name="facts.abuse_or_neglect"
        label={factQuestions.abuse_or_neglect}
        error={error('abuse_or_neglect')}
        value={draft.abuse_or_neglect}
        onChange={(value) => set('abuse_or_neglect')(value as FactsDraft['abuse_or_neglect'])}
        options={options(abuseOrNeglectLabels)}
      />
      <Radios
        name="facts.perpetrator_relationship"
        label={`${factQuestions.perpetrator_relationship} (optional)`}
        hint="Their relationship to the child or adult decides whether a domestic homicide review applies."
        error={error('perpetrator_relationship')}
        value={draft.perpetrator_relationship}
        onChange={(value) => set('perpetrator_relationship')(value as FactsDraft['perpetrator_relationship'])}
        options={options(perpetratorLabels)}
      />

      <h2 className="govuk-heading-m">Dates</h2>
      <DateInput
        name="facts.incident_date"
        label={factQuestions.incident_date}
        error={error('incident_date')}
        value={draft.incident_date}
        onChange={set('incident_date')}
      />
      <DateInput
        name="facts.aware_date"
        label={`${factQuestions.aware_date} (optional)`}
        hint="Leave blank if it was the day of the incident. The deadline to notify counts from this day. For example, 27 3 2026"
        error={error('aware_date')}
        value={draft.aware_date}
        onChange={set('aware_date')}
      />
      <DateInput
        name="facts.notification_date"
        label={`${factQuestions.notification_date} (optional)`}
        hint="The Child Safeguarding Practice Review Panel, or the national body outside England. Leave blank if they have not been told yet. For example, 27 3 2026"
        error={error('notification_date')}
        value={draft.notification_date}
        onChange={set('notification_date')}
      />

      <h2 className="govuk-heading-m">Other facts</h2>
      {flagGroups.map((group) => (
        <Checkboxes
          key={group.name}
          name={group.name}
          label={group.legend}
          hint="Select all that apply."
          values={draft.flags.filter((flag) => group.flags.some((item) => item.flag === flag))}
          onChange={(values) =>
            set('flags')([
              ...draft.flags.filter((flag) => !group.flags.some((item) => item.flag === flag)),
              ...(values as FactFlag[]),
            ])
          }
          options={group.flags.map((item) => (item.hint ? { value: item.flag, label: item.label, hint: item.hint } : { value: item.flag, label: item.label }))}
        />
      ))}
    </>
  );
}
