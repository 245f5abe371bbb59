import { limits } from '../../../api/limits';
import type { FormEvent } from 'react';
import type { FieldError } from '../../../api/client';
import { editReview, type ReviewEdit } from '../../../api/reviews';
import { DateInput, partsFromCivil, TextInput, YesNo, type DateParts } from '../../../components/fields';
import { SummaryList } from '../../../components/SummaryList';
import { formatDate } from '../../../dates';
import { checkDate } from '../checkDate';
import { FormDisclosure } from '../FormDisclosure';
import { ChangeProblems, useChange } from '../../../useChange';
import { useEdits } from '../../../useEdits';
import { mayManageAccess } from '../mayManageAccess';
import type { ReviewSectionProps } from './types';

/** The review's own dates that the people running it record (the awareness date comes from the referral). */
const editableDates = [
  ['notified_on', 'Panel (or national body) told of the incident on'],
  ['rapid_review_completed_on', 'Rapid review completed on'],
  ['planned_publication_on', 'Planned publication date'],
  ['submitted_on', 'Report sent to the Panel and the Secretary of State on'],
  ['published_on', 'Published on'],
] as const;

type EditableDate = (typeof editableDates)[number][0];


/** The review's key dates and pseudonym, and the form that edits them (and its restriction, for coordinators and admins). */
export function DetailsSection(props: ReviewSectionProps) {
  const { review } = props;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Pseudonym', value: review.pseudonym },
          { key: 'Partnership became aware on', value: formatDate(review.dates.aware_on) },
          ...editableDates.map(([field, text]) => ({ key: text, value: formatDate(review.dates[field]) })),
          { key: 'Restricted', value: review.restricted ? 'Yes: only the people assigned and administrators can see it' : 'No' },
        ]}
      />
      {review.may_edit && review.stage !== 'closed' ? <DetailsForm {...props} /> : null}
    </>
  );
}

interface DetailsValues extends Record<EditableDate, DateParts> {
  pseudonym: string;
  restricted: boolean;
}

function detailsOf(review: ReviewSectionProps['review']): DetailsValues {
  const dates = Object.fromEntries(editableDates.map(([field]) => [field, partsFromCivil(review.dates[field])]));
  return { ...(dates as Record<EditableDate, DateParts>), pseudonym: review.pseudonym, restricted: review.restricted };
}

/** Sends only the fields the user changed, so a save after a stale edit never undoes someone else's change. */
function DetailsForm({ review, etag, user, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload });
  const form = useEdits(detailsOf(review));
  const { values } = form;
  const restricting = mayManageAccess(user);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid: FieldError[] = [];
    const edit: ReviewEdit = {};
    if (!values.pseudonym.trim()) invalid.push({ field: 'pseudonym', message: 'Enter the pseudonym, for example Child T' });
    if (form.touched('pseudonym')) edit.pseudonym = values.pseudonym.trim();
    for (const [field, text] of editableDates) {
      const civil = checkDate(values[field], field, `the date (${text.toLowerCase()})`, false, invalid);
      if (form.touched(field)) edit[field] = civil === '' ? null : civil;
    }
    if (restricting && form.touched('restricted')) edit.restricted = values.restricted;
    const saved = await change.run(invalid, () => editReview(review.id, edit, etag), 'The review’s details have been saved');
    if (saved) form.reset();
  };

  return (
    <FormDisclosure summary="Change the review’s details">
      <form onSubmit={submit} noValidate data-testid="details-form">
        <h3 className="govuk-heading-m">Change the review’s details</h3>
        <ChangeProblems change={change} />
        <TextInput name="pseudonym" maxLength={limits.editReview.pseudonym.maxLength} label="Pseudonym" hint="The name the review goes by, never a real name: for example, Child T" value={values.pseudonym} onChange={form.set('pseudonym')} error={change.errorFor('pseudonym')} width={20} />
        {editableDates.map(([field, text]) => (
          <DateInput
            key={field}
            name={field}
            label={text}
            hint="Leave blank if not yet. For example, 27 3 2026"
            value={values[field]}
            onChange={form.set(field)}
            error={change.errorFor(field)}
          />
        ))}
        {restricting ? (
          <YesNo
            name="restricted"
            label="Restrict this review?"
            hint="Only the people assigned to a restricted review, and administrators, can see it. If you restrict it, you are assigned to it."
            value={values.restricted}
            onChange={form.set('restricted')}
            error={change.errorFor('restricted')}
          />
        ) : null}
        <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
          Save the details
        </button>
      </form>
    </FormDisclosure>
  );
}
