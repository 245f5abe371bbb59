import { useEffect, type FormEvent } from 'react';
import { changeAction, type ActionChanges, type ActionDetail } from '../../api/actions';
import type { Agency } from '../../api/agencies';
import type { FieldError } from '../../api/client';
import { limits } from '../../api/limits';
import { civilFromParts, DateInput, partsFromCivil, Select, Textarea, TextInput } from '../../components/fields';
import { ChangeProblems, useChange, type ChangeContext } from '../../useChange';
import { useEdits } from '../../useEdits';

/**
 * Changes an action's agency, owner, wording or due date, for editors of
 * the review. Only the fields the user touched are sent (when they differ
 * from the action as read), with its ETag: when someone else changed it
 * meanwhile (412), the form keeps what was typed, says so, and the action is
 * reloaded for the next attempt; the untouched fields follow the reloaded
 * action, so the next save does not undo the other person's change.
 */
export function ActionChangeForm({
  action,
  etag,
  agencies,
  onChanged,
  reload,
  onFailing,
}: ChangeContext & {
  action: ActionDetail;
  etag: string | null;
  agencies: readonly Agency[];
  /** Told whether the form shows errors (for the page title). */
  onFailing: (failing: boolean) => void;
}) {
  const change = useChange({ onChanged, reload }, { prefix: 'change' });
  const form = useEdits({
    agency_id: String(action.agency_id),
    owner: action.owner,
    description: action.description,
    success_measure: action.success_measure,
    due_on: partsFromCivil(action.due_on),
  });
  const { values, touched } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!values.owner.trim()) found.push({ field: 'change.owner', message: 'Enter who owns the action' });
    if (!values.description.trim()) found.push({ field: 'change.description', message: 'Enter what the agency will do' });
    if (!values.success_measure.trim()) found.push({ field: 'change.success_measure', message: 'Enter how you will know the action has worked' });
    const dueOn = civilFromParts(values.due_on);
    if (!dueOn) found.push({ field: 'change.due_on', message: 'Due date must be a real date, like 27 3 2027' });
    const changes: ActionChanges = {};
    const text = (field: 'owner' | 'description' | 'success_measure') => {
      const value = values[field].trim();
      if (touched(field) && value !== action[field]) changes[field] = value;
    };
    if (touched('agency_id') && Number(values.agency_id) !== action.agency_id) changes.agency_id = Number(values.agency_id);
    text('owner');
    text('description');
    text('success_measure');
    if (touched('due_on') && dueOn && dueOn !== action.due_on) changes.due_on = dueOn;
    if (found.length === 0 && Object.keys(changes).length === 0) {
      found.push({ field: 'change.owner', message: 'Change at least one thing before saving' });
    }
    if (change.busy) return;
    const changed = await change.run(found, () => changeAction(action.id, changes, etag), 'Action changed');
    if (changed) form.reset();
  };

  const { failing } = change;
  useEffect(() => onFailing(failing), [failing, onFailing]);

  /** The input of one of the action's texts: its value, its error and the server's limit. */
  const textField = (field: 'owner' | 'description' | 'success_measure') => ({
    name: `change.${field}`,
    value: values[field],
    onChange: form.set(field),
    error: change.errorFor(`change.${field}`),
    maxLength: limits.editAction[field].maxLength,
  });

  return (
    <form onSubmit={submit} noValidate data-testid="action-change-form">
      <ChangeProblems change={change} />
      <Select
        name="change.agency_id"
        label="Agency"
        value={values.agency_id}
        onChange={form.set('agency_id')}
        options={agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))}
        error={change.errorFor('change.agency_id')}
      />
      <TextInput label="Owner" {...textField('owner')} />
      <Textarea label="What will the agency do?" rows={3} {...textField('description')} />
      <Textarea label="How will you know it has worked?" rows={3} {...textField('success_measure')} />
      <DateInput name="change.due_on" label="Due date" value={values.due_on} onChange={form.set('due_on')} error={change.errorFor('change.due_on')} />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Save changes
      </button>
    </form>
  );
}
