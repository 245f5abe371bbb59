import { type FormEvent, useState } from 'react';
import { agenciesPath } from '../../../api/agencies';
import { setReviewAgencies } from '../../../api/reviews';
import { Checkboxes } from '../../../components/fields';
import { useResource } from '../../../data/useResource';
import { agencyKindLabels } from '../../../labels';
import { FormDisclosure } from '../FormDisclosure';
import { ChangeProblems, useChange } from '../../../useChange';
import { IndependenceRule, isIndependenceRefusal } from './IndependenceRule';
import type { ReviewSectionProps } from './types';

/** The agencies involved in the case, and the checkboxes that set them for those who edit the review. */
export function AgenciesPart(props: ReviewSectionProps) {
  const { review } = props;
  return (
    <>
      <h3 className="govuk-heading-m">Agencies involved</h3>
      {review.agencies.length === 0 ? (
        <p className="govuk-body">No agencies have been recorded as involved yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" data-testid="involved-agencies">
          {review.agencies.map((agency) => (
            <li key={agency.id}>
              {agency.name} <span className="app-secondary-text">({agencyKindLabels[agency.kind] ?? agency.kind})</span>
            </li>
          ))}
        </ul>
      )}
      {review.may_edit && review.stage !== 'closed' ? <AgenciesForm {...props} /> : null}
    </>
  );
}

function AgenciesForm({ review, etag, onChanged, reload }: ReviewSectionProps) {
  const [all] = useResource(agenciesPath);
  const change = useChange({ onChanged, reload });
  const [chosen, setChosen] = useState(review.agencies.map((agency) => String(agency.id)));
  if (all.status !== 'loaded') return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await change.run([], () => setReviewAgencies(review.id, chosen.map(Number), etag), 'The agencies involved have been saved');
  };

  return (
    <FormDisclosure summary="Change the agencies involved">
      <form onSubmit={submit} noValidate data-testid="agencies-form">
        <ChangeProblems change={change} />
        {isIndependenceRefusal(change.problem) ? <IndependenceRule remedy="To involve this agency all the same, first give the written reason for keeping the reviewer: appoint them again as reviewer below, with the reason. The reason is kept with the appointment and recorded in the audit log." /> : null}
        <Checkboxes
          name="agency_ids"
          label="Which agencies are involved in the case?"
          hint="The reviewer must not work for any of them."
          values={chosen}
          onChange={setChosen}
          error={change.errorFor('agency_ids')}
          options={all.data.items.map((agency) => ({ value: String(agency.id), label: agency.name }))}
        />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={change.busy} aria-disabled={change.busy}>
          Save the agencies involved
        </button>
      </form>
    </FormDisclosure>
  );
}
