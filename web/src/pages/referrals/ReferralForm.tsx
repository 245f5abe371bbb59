import type { FormEvent } from 'react';
import type { FieldError } from '../../api/client';
import type { Agency } from '../../api/agencies';
import { limits } from '../../api/limits';
import { ErrorSummary, errorFor } from '../../components/ErrorSummary';
import { DateInput, Select, TextInput, Textarea, YesNo } from '../../components/fields';
import { FactsFields } from './FactsFields';
import { readableError } from './labels';
import { LiveAssessmentPanel } from './LiveAssessmentPanel';
import { checkReferral, type ReferralDraft } from './referralDraft';
import type { LiveAssessment } from './useLiveAssessment';

/**
 * The new-referral form with the live assessment beside it. "Continue"
 * checks the answers (and the facts' consistency, as the last assessment
 * found it) and hands the errors, if any, to `onContinue`.
 */
export function ReferralForm({
  draft,
  onChange,
  agencies,
  errors,
  live,
  onContinue,
}: {
  draft: ReferralDraft;
  onChange: (draft: ReferralDraft) => void;
  agencies: readonly Agency[];
  errors: readonly FieldError[];
  live: LiveAssessment;
  onContinue: (errors: FieldError[]) => void;
}) {
  const set = <K extends keyof ReferralDraft>(key: K) => (value: ReferralDraft[K]) => onChange({ ...draft, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkReferral(draft).errors;
    if (found.length === 0 && live.status === 'inconsistent') found.push(...live.errors.map(readableError));
    onContinue(found);
  };

  return (
    <div className="govuk-grid-row app-referral-layout">
      <div className="govuk-grid-column-two-thirds">
        {errors.length > 0 ? <ErrorSummary errors={errors} /> : null}
        <h1 className="govuk-heading-l">New referral</h1>
        <p className="govuk-body">
          Record a serious incident referred to the partnership. Creating it opens its review. As you answer the questions about the
          incident, what the law and guidance ask of the partnership is worked out.
        </p>
        <form onSubmit={submit} noValidate data-testid="referral-form">
          <h2 className="govuk-heading-m">The referral</h2>
          <TextInput
            name="pseudonym"
            label="Pseudonym"
            hint="The name the review will be known by, like Child T or Adult M. Never use a real name."
            error={errorFor(errors, 'pseudonym')}
            value={draft.pseudonym}
            onChange={set('pseudonym')}
            maxLength={limits.createReferral.pseudonym.maxLength}
            width={20}
            spellCheck={false}
            autoComplete="off"
          />
          <TextInput
            name="referrer_name"
            label="Who made the referral?"
            hint="Their name and role, like Sam Patel, designated safeguarding lead"
            error={errorFor(errors, 'referrer_name')}
            value={draft.referrer_name}
            onChange={set('referrer_name')}
            maxLength={limits.createReferral.referrer_name.maxLength}
            autoComplete="off"
          />
          <Select
            name="referring_agency_id"
            label="Which agency referred it? (optional)"
            error={errorFor(errors, 'referring_agency_id')}
            value={draft.referring_agency_id}
            onChange={set('referring_agency_id')}
            options={[
              { value: '', label: 'Not one of the partnership’s agencies' },
              ...agencies.map((agency) => ({ value: String(agency.id), label: agency.name })),
            ]}
          />
          <DateInput
            name="received_on"
            label="When was the referral received?"
            error={errorFor(errors, 'received_on')}
            value={draft.received_on}
            onChange={set('received_on')}
          />
          <Textarea
            name="summary"
            label="Summary of the referral"
            hint="What happened and why it was referred. Use the pseudonym and roles (Mother, Class teacher), not real names."
            error={errorFor(errors, 'summary')}
            value={draft.summary}
            onChange={set('summary')}
            maxLength={limits.createReferral.summary.maxLength}
          />
          <YesNo
            name="restricted"
            label="Should the review be restricted?"
            hint="Only the people assigned to a restricted review, and administrators, can see it. For example, when someone in the partnership is involved."
            error={errorFor(errors, 'restricted')}
            value={draft.restricted}
            onChange={set('restricted')}
          />

          <FactsFields draft={draft.facts} onChange={set('facts')} errors={errors} />

          <button type="submit" className="govuk-button" data-module="govuk-button">
            Continue
          </button>
        </form>
      </div>
      <LiveAssessmentPanel live={live} />
    </div>
  );
}
