import { limits } from '../../../api/limits';
import { type FormEvent, useState } from 'react';
import type { FieldError } from '../../../api/client';
import { recordDecision, type Decision, type DecisionOutcome, type NewDecision } from '../../../api/reviews';
import { can } from '../../../api/session';
import { DateInput, emptyDate, Radios, Textarea, TextInput } from '../../../components/fields';
import { SummaryList } from '../../../components/SummaryList';
import { Tag } from '../../../components/Tag';
import { formatDate, formatInstant } from '../../../dates';
import { checkDate } from '../checkDate';
import { decisionOutcomeHints, decisionOutcomeLabels, decisionOutcomes } from '../labels';
import { ChangeProblems, useChange } from '../../../useChange';
import type { ReviewSectionProps } from './types';

/** The partnership's decisions on whether and how to review (the latest counts), and the form to record one. */
export function DecisionSection(props: ReviewSectionProps) {
  const { review, user } = props;
  return (
    <>
      {review.decisions.length === 0 ? (
        <p className="govuk-body" data-testid="no-decision">
          No decision has been recorded yet. The review cannot be commissioned until the partnership decides to review.
        </p>
      ) : (
        review.decisions.map((decision, index) => <DecisionRecord key={decision.id} decision={decision} latest={index === 0} />)
      )}
      {can(user, 'record_decision') && review.stage !== 'closed' ? <DecisionForm {...props} /> : null}
    </>
  );
}

function DecisionRecord({ decision, latest }: { decision: Decision; latest: boolean }) {
  return (
    <div className="govuk-summary-card" data-testid="decision">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          Decided {formatDate(decision.decided_on)}
          {latest ? (
            <>
              {' '}
              <Tag text="Counts" colour="govuk-tag--green" />
            </>
          ) : null}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'Outcome', value: decisionOutcomeLabels[decision.outcome] },
            { key: 'Rationale', value: <span className="app-preserve-lines">{decision.rationale}</span> },
            { key: 'Decided by', value: decision.decided_by },
            { key: 'Panel told on', value: formatDate(decision.panel_told_on) },
            { key: 'Recorded', value: formatInstant(decision.recorded_at) },
          ]}
        />
      </div>
    </div>
  );
}

function DecisionForm({ review, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload });
  const [outcome, setOutcome] = useState('');
  const [rationale, setRationale] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [decidedOn, setDecidedOn] = useState(emptyDate);
  const [panelToldOn, setPanelToldOn] = useState(emptyDate);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid: FieldError[] = [];
    if (!outcome) invalid.push({ field: 'outcome', message: 'Select what the partnership decided' });
    if (!rationale.trim()) invalid.push({ field: 'rationale', message: 'Enter the rationale for the decision' });
    if (!decidedBy.trim()) invalid.push({ field: 'decided_by', message: 'Enter who made the decision' });
    const decided_on = checkDate(decidedOn, 'decided_on', 'the date of the decision', true, invalid);
    const panel_told_on = checkDate(panelToldOn, 'panel_told_on', 'the date the Panel was told', false, invalid);
    const decision: NewDecision = {
      outcome: outcome as DecisionOutcome,
      rationale: rationale.trim(),
      decided_by: decidedBy.trim(),
      decided_on,
      ...(panel_told_on ? { panel_told_on } : {}),
    };
    const recorded = await change.run(invalid, () => recordDecision(review.id, decision), 'The decision has been recorded');
    if (recorded) {
      setOutcome('');
      setRationale('');
      setDecidedBy('');
      setDecidedOn(emptyDate);
      setPanelToldOn(emptyDate);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="decision-form">
      <h3 className="govuk-heading-m">Record a decision</h3>
      <ChangeProblems change={change} />
      <Radios
        name="outcome"
        label="What did the partnership decide?"
        hint="Any outcome but ‘No review’ also sets the type of the review."
        value={outcome}
        onChange={setOutcome}
        error={change.errorFor('outcome')}
        options={decisionOutcomes.map((value) => ({
          value,
          label: decisionOutcomeLabels[value],
          hint: decisionOutcomeHints[value],
        }))}
      />
      <Textarea
        name="rationale"
        maxLength={limits.recordDecision.rationale.maxLength}
        label="Rationale"
        hint="Why the partnership decided this. A decision not to review needs its reasons as much as any other."
        value={rationale}
        onChange={setRationale}
        error={change.errorFor('rationale')}
      />
      <TextInput
        name="decided_by"
        maxLength={limits.recordDecision.decided_by.maxLength}
        label="Who decided"
        hint="For example, Safeguarding partners"
        value={decidedBy}
        onChange={setDecidedBy}
        error={change.errorFor('decided_by')}
      />
      <DateInput name="decided_on" label="Date of the decision" value={decidedOn} onChange={setDecidedOn} error={change.errorFor('decided_on')} />
      <DateInput
        name="panel_told_on"
        label="Date the Panel (or national body) was told (optional)"
        value={panelToldOn}
        onChange={setPanelToldOn}
        error={change.errorFor('panel_told_on')}
      />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Record the decision
      </button>
    </form>
  );
}
