import { useEffect, useState, type FormEvent } from 'react';
import { changeAction, type ActionChanges, type ActionDetail } from '../../api/actions';
import type { Agency } from '../../api/agencies';
import type { ApiError, FieldError } from '../../api/client';
import { ErrorSummary, errorFor, ProblemSummary } from '../../components/ErrorSummary';
import { civilFromParts, DateInput, partsFromCivil, Select, Textarea, TextInput, type DateParts } from '../../components/fields';
import { formProblem, inlineErrors } from '../reviews/sections/formErrors';

/**
 * Changes an action's agency, owner, wording or due date, for editors of
 * the review. Only what differs from the action as read is sent, with its
 * ETag: when someone else changed it meanwhile (412), the form keeps what
 * was typed, says so, and the action is reloaded for the next attempt.
 */
export function ActionChangeForm({
  action,
  etag,
  agencies,
  onChanged,
  onStale,
  onFailing,
}: {
  action: ActionDetail;
  etag: string | null;
  agencies: readonly Agency[];
  onChanged: () => void;
  onStale: () => void;
  /** Told whether the form shows errors (for the page title). */
  onFailing: (failing: boolean) => void;
}) {
  const [agencyId, setAgencyId] = useState(String(action.agency_id));
  const [owner, setOwner] = useState(action.owner);
  const [description, setDescription] = useState(action.description);
  const [successMeasure, setSuccessMeasure] = useState(action.success_measure);
  const [due, setDue] = useState<DateParts>(partsFromCivil(action.due_on));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!owner.trim()) found.push({ field: 'change.owner', message: 'Enter who owns the action' });
    if (!description.trim()) found.push({ field: 'change.description', message: 'Enter what the agency will do' });
    if (!successMeasure.trim()) found.push({ field: 'change.success_measure', message: 'Enter how you will know the action has worked' });
    const dueOn = civilFromParts(due);
    if (!dueOn) found.push({ field: 'change.due_on', message: 'Due date must be a real date, like 27 3 2027' });
    const changes: ActionChanges = {};
    if (Number(agencyId) !== action.agency_id) changes.agency_id = Number(agencyId);
    if (owner.trim() !== action.owner) changes.owner = owner.trim();
    if (description.trim() !== action.description) changes.description = description.trim();
    if (successMeasure.trim() !== action.success_measure) changes.success_measure = successMeasure.trim();
    if (dueOn && dueOn !== action.due_on) changes.due_on = dueOn;
    if (found.length === 0 && Object.keys(changes).length === 0) {
      found.push({ field: 'change.owner', message: 'Change at least one thing before saving' });
    }
    setErrors(found);
    setProblem(null);
    if (found.length > 0 || busy) return;
    setBusy(true);
    try {
      await changeAction(action.id, changes, etag);
      onChanged();
    } catch (caught) {
      const error = formProblem(caught, 'change');
      setProblem(error);
      if (error.isStale) onStale();
    } finally {
      setBusy(false);
    }
  };

  const failing = errors.length > 0 || problem !== null;
  useEffect(() => onFailing(failing), [failing, onFailing]);

  const shown = inlineErrors(errors, problem);
  return (
    <form onSubmit={submit} noValidate data-testid="action-change-form">
      {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
      {problem ? <ProblemSummary error={problem} /> : null}
      <Select
        name="change.agency_id"
        label="Agency"
        value={agencyId}
        onChange={setAgencyId}
        options={agencies.map((agency) => ({ value: String(agency.id), label: agency.name }))}
        error={errorFor(shown, 'change.agency_id')}
      />
      <TextInput name="change.owner" label="Owner" value={owner} onChange={setOwner} error={errorFor(shown, 'change.owner')} />
      <Textarea name="change.description" label="What will the agency do?" rows={3} value={description} onChange={setDescription} error={errorFor(shown, 'change.description')} />
      <Textarea
        name="change.success_measure"
        label="How will you know it has worked?"
        rows={3}
        value={successMeasure}
        onChange={setSuccessMeasure}
        error={errorFor(shown, 'change.success_measure')}
      />
      <DateInput name="change.due_on" label="Due date" value={due} onChange={setDue} error={errorFor(shown, 'change.due_on')} />
      <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
        Save changes
      </button>
    </form>
  );
}
