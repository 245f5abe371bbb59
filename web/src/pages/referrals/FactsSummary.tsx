import type { ReactNode } from 'react';
import type { IncidentFacts } from '../../api/assessment';
import { fieldId } from '../../components/ErrorSummary';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { formatDate } from '../../dates';
import { Link } from '../../router';
import { abuseOrNeglectLabels, factQuestions, flagGroups, outcomeLabels, perpetratorLabels } from './labels';
import { label, nationLabels, subjectLabels } from '../../labels';

/** A GOV.UK "Change" link to a question of the form at `formPath`. */
export function ChangeLink({ formPath, field, what }: { formPath: string; field: string; what: string }) {
  return (
    <Link className="govuk-link" href={`${formPath}#${fieldId(field)}`}>
      Change<span className="govuk-visually-hidden"> the answer to “{what}”</span>
    </Link>
  );
}

/**
 * Every fact as a summary-list row, each question as the form asks it. With
 * `formPath`, each row has a "Change" link back to its question there.
 */
export function FactsSummary({ facts, formPath }: { facts: IncidentFacts; formPath?: string }) {
  const row = (field: string, key: string, value: ReactNode): SummaryRow =>
    formPath ? { key, value, action: <ChangeLink formPath={formPath} field={`facts.${field}`} what={key} /> } : { key, value };

  const rows: SummaryRow[] = [
    row('nation', factQuestions.nation, label(nationLabels, facts.nation)),
    row('subject', factQuestions.subject, label(subjectLabels, facts.subject)),
    row('age_years', factQuestions.age_years, facts.age_years === undefined ? '' : `${facts.age_years} ${facts.age_years === 1 ? 'year' : 'years'}`),
    row('outcome', factQuestions.outcome, label(outcomeLabels, facts.outcome)),
    row('abuse_or_neglect', factQuestions.abuse_or_neglect, label(abuseOrNeglectLabels, facts.abuse_or_neglect ?? 'not_suspected')),
    row('perpetrator_relationship', factQuestions.perpetrator_relationship, label(perpetratorLabels, facts.perpetrator_relationship)),
    row('incident_date', factQuestions.incident_date, formatDate(facts.incident_date)),
    row('aware_date', factQuestions.aware_date, formatDate(facts.aware_date ?? facts.incident_date)),
    row('notification_date', factQuestions.notification_date, facts.notification_date ? formatDate(facts.notification_date) : 'Not yet'),
    ...flagGroups.map((group) => {
      const ticked = group.flags.filter((item) => facts[item.flag] === true);
      const value =
        ticked.length === 0 ? (
          'None of these'
        ) : (
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
            {ticked.map((item) => (
              <li key={item.flag}>{item.label}</li>
            ))}
          </ul>
        );
      return formPath
        ? { key: group.legend, value, action: <ChangeLink formPath={formPath} field={group.name} what={group.legend} /> }
        : { key: group.legend, value };
    }),
  ];
  return <SummaryList rows={rows} />;
}
