import { limits } from '../../../api/limits';
import { type FormEvent, useState } from 'react';
import type { FieldError } from '../../../api/client';
import {
  addFamilyInvolvement, addPractitionerEvent, type FamilyEvent, type NewFamilyInvolvement, type NewPractitionerEvent,
  type PractitionerEventKind,
} from '../../../api/reviews';
import { DateInput, emptyDate, Radios, Textarea, TextInput } from '../../../components/fields';
import { SummaryList } from '../../../components/SummaryList';
import { formatDate } from '../../../dates';
import { checkDate } from '../checkDate';
import { familyEventLabels, familyEvents, practitionerEventKinds, practitionerEventLabels } from '../labels';
import { FormDisclosure } from '../FormDisclosure';
import { ChangeProblems, useChange } from '../../../useChange';
import type { ReviewSectionProps } from './types';

/** How the family and the practitioners took part (quality markers 4 and 12), and the forms to record it. */
export function InvolvementSection(props: ReviewSectionProps) {
  const { review } = props;
  const editing = review.may_edit && review.stage !== 'closed';
  const byDate = <T,>(items: readonly T[], date: (item: T) => string) => [...items].sort((a, b) => date(a).localeCompare(date(b)));
  return (
    <>
      <h3 className="govuk-heading-m">Family involvement</h3>
      {review.family_involvement.length === 0 ? (
        <p className="govuk-body">No contact with the family has been recorded yet.</p>
      ) : (
        <SummaryList
          rows={byDate(review.family_involvement, (entry) => entry.on_date).map((entry) => ({
            key: formatDate(entry.on_date),
            value: (
              <>
                {entry.family_member}: {familyEventLabels[entry.event].toLowerCase()}
                {entry.note ? <span className="govuk-body-s app-block app-secondary-text">{entry.note}</span> : null}
              </>
            ),
          }))}
        />
      )}
      {editing ? <FamilyForm {...props} /> : null}

      <h3 className="govuk-heading-m">Practitioner involvement</h3>
      {review.practitioner_events.length === 0 ? (
        <p className="govuk-body">No practitioner events have been recorded yet.</p>
      ) : (
        <SummaryList
          rows={byDate(review.practitioner_events, (entry) => entry.held_on).map((entry) => ({
            key: formatDate(entry.held_on),
            value: (
              <>
                {practitionerEventLabels[entry.kind]}, {entry.attendees} {entry.attendees === 1 ? 'person' : 'people'} attending
                {entry.note ? <span className="govuk-body-s app-block app-secondary-text">{entry.note}</span> : null}
              </>
            ),
          }))}
        />
      )}
      {editing ? <PractitionerForm {...props} /> : null}
    </>
  );
}

function FamilyForm({ review, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload }, { prefix: 'family' });
  const [member, setMember] = useState('');
  const [event, setEvent] = useState('');
  const [onDate, setOnDate] = useState(emptyDate);
  const [note, setNote] = useState('');

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const invalid: FieldError[] = [];
    if (!member.trim()) invalid.push({ field: 'family.family_member', message: 'Enter the family member, by their role' });
    if (!event) invalid.push({ field: 'family.event', message: 'Select what happened' });
    const on_date = checkDate(onDate, 'family.on_date', 'the date', true, invalid);
    const entry: NewFamilyInvolvement = {
      family_member: member.trim(),
      event: event as FamilyEvent,
      on_date,
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const added = await change.run(invalid, () => addFamilyInvolvement(review.id, entry), 'The contact with the family has been recorded');
    if (added) {
      setMember('');
      setEvent('');
      setOnDate(emptyDate);
      setNote('');
    }
  };

  return (
    <FormDisclosure summary="Record contact with the family">
      <form onSubmit={submit} noValidate data-testid="family-form">
        <h4 className="govuk-heading-s">Record contact with the family</h4>
        <ChangeProblems change={change} />
        <TextInput name="family.family_member" maxLength={limits.addFamilyInvolvement.family_member.maxLength} label="Family member" hint="Their role, never their name: for example, Mother" value={member} onChange={setMember} error={change.errorFor('family.family_member')} />
        <Radios
          name="family.event"
          label="What happened?"
          value={event}
          onChange={setEvent}
          error={change.errorFor('family.event')}
          options={familyEvents.map((value) => ({ value, label: familyEventLabels[value] }))}
        />
        <DateInput name="family.on_date" label="Date" value={onDate} onChange={setOnDate} error={change.errorFor('family.on_date')} />
        <Textarea name="family.note" maxLength={limits.addFamilyInvolvement.note.maxLength} label="Note (optional)" value={note} onChange={setNote} error={change.errorFor('family.note')} rows={2} />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={change.busy} aria-disabled={change.busy}>
          Record the contact
        </button>
      </form>
    </FormDisclosure>
  );
}

function PractitionerForm({ review, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload }, { prefix: 'practitioner' });
  const [kind, setKind] = useState('');
  const [heldOn, setHeldOn] = useState(emptyDate);
  const [attendees, setAttendees] = useState('');
  const [note, setNote] = useState('');

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const invalid: FieldError[] = [];
    if (!kind) invalid.push({ field: 'practitioner.kind', message: 'Select the kind of event' });
    const held_on = checkDate(heldOn, 'practitioner.held_on', 'the date it was held', true, invalid);
    const count = attendees.trim() === '' ? 0 : Number(attendees);
    if (!Number.isInteger(count) || count < 0 || count > 1000) {
      invalid.push({ field: 'practitioner.attendees', message: 'Enter the number attending as a whole number from 0 to 1000' });
    }
    const entry: NewPractitionerEvent = {
      kind: kind as PractitionerEventKind,
      held_on,
      attendees: count,
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const added = await change.run(invalid, () => addPractitionerEvent(review.id, entry), 'The practitioner event has been recorded');
    if (added) {
      setKind('');
      setHeldOn(emptyDate);
      setAttendees('');
      setNote('');
    }
  };

  return (
    <FormDisclosure summary="Record a practitioner event">
      <form onSubmit={submit} noValidate data-testid="practitioner-form">
        <h4 className="govuk-heading-s">Record a practitioner event</h4>
        <ChangeProblems change={change} />
        <Radios
          name="practitioner.kind"
          label="Kind of event"
          value={kind}
          onChange={setKind}
          error={change.errorFor('practitioner.kind')}
          options={practitionerEventKinds.map((value) => ({ value, label: practitionerEventLabels[value] }))}
        />
        <DateInput name="practitioner.held_on" label="Date it was held" value={heldOn} onChange={setHeldOn} error={change.errorFor('practitioner.held_on')} />
        <TextInput name="practitioner.attendees" label="Number of practitioners attending" value={attendees} onChange={setAttendees} error={change.errorFor('practitioner.attendees')} inputMode="numeric" width={3} />
        <Textarea name="practitioner.note" maxLength={limits.addPractitionerEvent.note.maxLength} label="Note (optional)" value={note} onChange={setNote} error={change.errorFor('practitioner.note')} rows={2} />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={change.busy} aria-disabled={change.busy}>
          Record the event
        </button>
      </form>
    </FormDisclosure>
  );
}
