import { limits } from '../../../api/limits';
import { useRef, useState, type FormEvent } from 'react';
import { addAction, type RecommendationWithActions } from '../../../api/actions';
import type { Agency } from '../../../api/agencies';
import type { FieldError } from '../../../api/client';
import { newIdempotencyKey } from '../../../api/idempotency';
import { civilFromParts, DateInput, emptyDate, Select, Textarea, TextInput, type DateParts } from '../../../components/fields';
import { ChangeProblems, useChange } from '../../../useChange';

/** Adds an agency's action to one of the review's recommendations. */
export function NewActionForm({
  recommendations,
  agencies,
  onAdded,
}: {
  recommendations: readonly RecommendationWithActions[];
  agencies: readonly Agency[];
  /** Told what to say. */
  onAdded: (message: string) => void;
}) {
  const [recommendationId, setRecommendationId] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [owner, setOwner] = useState('');
  const [description, setDescription] = useState('');
  const [successMeasure, setSuccessMeasure] = useState('');
  const [due, setDue] = useState<DateParts>(emptyDate);
  const change = useChange({ onChanged: onAdded, reload: () => undefined }, { prefix: 'action' });
  const key = useRef(newIdempotencyKey());

  const check = (): FieldError[] => {
    const found: FieldError[] = [];
    if (!recommendationId) found.push({ field: 'action.recommendation', message: 'Select the recommendation the action serves' });
    if (!agencyId) found.push({ field: 'action.agency_id', message: 'Select the agency that will act' });
    if (!owner.trim()) found.push({ field: 'action.owner', message: 'Enter who owns the action' });
    if (!description.trim()) found.push({ field: 'action.description', message: 'Enter what the agency will do' });
    if (!successMeasure.trim()) found.push({ field: 'action.success_measure', message: 'Enter how you will know the action has worked' });
    const dueOn = civilFromParts(due);
    if (dueOn === '') found.push({ field: 'action.due_on', message: 'Enter the date the action is due' });
    else if (dueOn === null) found.push({ field: 'action.due_on', message: 'Due date must be a real date, like 27 3 2027' });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (change.busy) return;
    const found = check();
    const add = async () => {
      await addAction(
        Number(recommendationId),
        {
          agency_id: Number(agencyId),
          owner: owner.trim(),
          description: description.trim(),
          success_measure: successMeasure.trim(),
          // Sent only when check() found nothing wrong, so the date is real.
          due_on: civilFromParts(due) ?? '',
        },
        key.current,
      );
      key.current = newIdempotencyKey();
    };
    if (await change.run(found, add, `Action added: ${description.trim()}`)) {
      setRecommendationId('');
      setAgencyId('');
      setOwner('');
      setDescription('');
      setSuccessMeasure('');
      setDue(emptyDate);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="new-action-form">
      <h3 className="govuk-heading-m">Add an action</h3>
      <ChangeProblems change={change} />
      <Select
        name="action.recommendation"
        label="Recommendation"
        value={recommendationId}
        onChange={setRecommendationId}
        options={[
          { value: '', label: 'Select a recommendation' },
          ...recommendations.map((recommendation) => ({
            value: String(recommendation.id),
            label: `${recommendation.number}. ${truncate(recommendation.text, 80)}`,
          })),
        ]}
        error={change.errorFor('action.recommendation')}
      />
      <Select
        name="action.agency_id"
        label="Agency"
        value={agencyId}
        onChange={setAgencyId}
        options={[{ value: '', label: 'Select an agency' }, ...agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))]}
        error={change.errorFor('action.agency_id')}
      />
      <TextInput
        name="action.owner"
        maxLength={limits.addAction.owner.maxLength}
        label="Owner"
        hint="The role that answers for the action, for example “Head of safeguarding”"
        value={owner}
        onChange={setOwner}
        error={change.errorFor('action.owner')}
      />
      <Textarea name="action.description" maxLength={limits.addAction.description.maxLength} label="What will the agency do?" rows={3} value={description} onChange={setDescription} error={change.errorFor('action.description')} />
      <Textarea
        name="action.success_measure"
        maxLength={limits.addAction.success_measure.maxLength}
        label="How will you know it has worked?"
        rows={3}
        value={successMeasure}
        onChange={setSuccessMeasure}
        error={change.errorFor('action.success_measure')}
      />
      <DateInput name="action.due_on" label="Due date" value={due} onChange={setDue} error={change.errorFor('action.due_on')} />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Add action
      </button>
    </form>
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
