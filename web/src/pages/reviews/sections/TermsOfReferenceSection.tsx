import { limits } from '../../../api/limits';
import type { FormEvent } from 'react';
import type { FieldError } from '../../../api/client';
import { setTermsOfReference, type TermsOfReference, type TermsOfReferenceInput } from '../../../api/reviews';
import { DateInput, partsFromCivil, Textarea, TextInput } from '../../../components/fields';
import { SummaryList } from '../../../components/SummaryList';
import { Tag } from '../../../components/Tag';
import { formatDate } from '../../../dates';
import { checkDate, lines } from '../checkDate';
import { FormDisclosure } from '../FormDisclosure';
import { ChangeProblems, useChange } from '../../../useChange';
import { useEdits } from '../../../useEdits';
import type { ReviewSectionProps } from './types';

/** The server's limits on the lines of enquiry: how many, and how long each. */
const enquiryLimits = limits.setTermsOfReference.lines_of_enquiry;

/** The terms of reference as facts, and the form that replaces them for those who edit the review. */
export function TermsOfReferenceSection(props: ReviewSectionProps) {
  const terms = props.review.terms_of_reference;
  return (
    <>
      <TermsSummary terms={terms} />
      {props.review.may_edit && props.review.stage !== 'closed' ? <TermsForm {...props} /> : null}
    </>
  );
}

function TermsSummary({ terms }: { terms: TermsOfReference }) {
  const scope =
    terms.scope_start || terms.scope_end
      ? `${formatDate(terms.scope_start) || 'not set'} to ${formatDate(terms.scope_end) || 'not set'}`
      : '';
  return (
    <div data-testid="terms-of-reference">
      <p className="govuk-body">
        {terms.complete ? (
          <Tag text="Complete" colour="govuk-tag--green" />
        ) : (
          <Tag text="Incomplete" colour="govuk-tag--grey" />
        )}{' '}
        Information gathering needs a scope period and at least one line of enquiry.
      </p>
      <SummaryList
        rows={[
          { key: 'Period the review looks at', value: scope },
          {
            key: 'Lines of enquiry',
            value:
              terms.lines_of_enquiry.length > 0 ? (
                <ol className="govuk-list govuk-list--number">
                  {terms.lines_of_enquiry.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ol>
              ) : (
                ''
              ),
          },
          { key: 'Methodology', value: terms.methodology },
          { key: 'Parallel proceedings', value: terms.parallel_proceedings },
          { key: 'Agreed on', value: formatDate(terms.agreed_on) },
        ]}
      />
    </div>
  );
}

function termsOf(terms: TermsOfReference) {
  return {
    scope_start: partsFromCivil(terms.scope_start),
    scope_end: partsFromCivil(terms.scope_end),
    lines_of_enquiry: terms.lines_of_enquiry.join('\n'),
    methodology: terms.methodology,
    parallel_proceedings: terms.parallel_proceedings,
    agreed_on: partsFromCivil(terms.agreed_on),
  };
}

/** Replaces the whole terms of reference; untouched fields follow the record as last read. */
function TermsForm({ review, etag, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload });
  const form = useEdits(termsOf(review.terms_of_reference));
  const { values, set } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid: FieldError[] = [];
    const scope_start = checkDate(values.scope_start, 'scope_start', 'the start of the period', false, invalid);
    const scope_end = checkDate(values.scope_end, 'scope_end', 'the end of the period', false, invalid);
    const agreed_on = checkDate(values.agreed_on, 'agreed_on', 'the date the terms were agreed', false, invalid);
    if (scope_start && scope_end && scope_end < scope_start) {
      invalid.push({ field: 'scope_end', message: 'The end of the period must be the same as or after its start' });
    }
    const enquiryLines = lines(values.lines_of_enquiry);
    if (enquiryLines.length > enquiryLimits.maxItems) {
      invalid.push({ field: 'lines_of_enquiry', message: `Enter at most ${enquiryLimits.maxItems} lines of enquiry` });
    } else if (enquiryLines.some((line) => line.length > enquiryLimits.itemMaxLength)) {
      invalid.push({ field: 'lines_of_enquiry', message: `Each line of enquiry must be ${enquiryLimits.itemMaxLength} characters or fewer` });
    }
    const input: TermsOfReferenceInput = {
      lines_of_enquiry: enquiryLines,
      methodology: values.methodology.trim(),
      parallel_proceedings: values.parallel_proceedings.trim(),
      ...(scope_start ? { scope_start } : {}),
      ...(scope_end ? { scope_end } : {}),
      ...(agreed_on ? { agreed_on } : {}),
    };
    const saved = await change.run(invalid, () => setTermsOfReference(review.id, input, etag), 'The terms of reference have been saved');
    if (saved) form.reset();
  };

  return (
    <FormDisclosure summary="Change the terms of reference">
      <form onSubmit={submit} noValidate data-testid="terms-form">
        <h3 className="govuk-heading-m">Change the terms of reference</h3>
        <ChangeProblems change={change} />
        <DateInput name="scope_start" label="Start of the period the review looks at" value={values.scope_start} onChange={set('scope_start')} error={change.errorFor('scope_start')} />
        <DateInput name="scope_end" label="End of the period the review looks at" value={values.scope_end} onChange={set('scope_end')} error={change.errorFor('scope_end')} />
        <Textarea
          name="lines_of_enquiry"
          label="Lines of enquiry"
          hint="One per line. For example, How well did agencies share information?"
          value={values.lines_of_enquiry}
          onChange={set('lines_of_enquiry')}
          error={change.errorFor('lines_of_enquiry')}
        />
        <TextInput
          name="methodology"
          maxLength={limits.setTermsOfReference.methodology.maxLength}
          label="Methodology"
          hint="For example, SCIE systems model"
          value={values.methodology}
          onChange={set('methodology')}
          error={change.errorFor('methodology')}
        />
        <Textarea
          name="parallel_proceedings"
          maxLength={limits.setTermsOfReference.parallel_proceedings.maxLength}
          label="Parallel proceedings"
          hint="Criminal trials, inquests or other reviews running at the same time"
          value={values.parallel_proceedings}
          onChange={set('parallel_proceedings')}
          error={change.errorFor('parallel_proceedings')}
          rows={3}
        />
        <DateInput name="agreed_on" label="Date the terms were agreed" value={values.agreed_on} onChange={set('agreed_on')} error={change.errorFor('agreed_on')} />
        <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
          Save the terms of reference
        </button>
      </form>
    </FormDisclosure>
  );
}
