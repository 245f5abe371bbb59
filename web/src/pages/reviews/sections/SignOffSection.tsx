import { limits } from '../../../api/limits';
import { type FormEvent, useState } from 'react';
import { versionHref } from '../../../api/documents';
import { signOff, type FullReview, type SignOff } from '../../../api/reviews';
import { can, type SessionUser } from '../../../api/session';
import { Textarea } from '../../../components/fields';
import { Tag } from '../../../components/Tag';
import { formatInstant } from '../../../dates';
import { stages } from '../../../labels';
import { ChangeProblems, useChange } from '../../../useChange';
import { currentStep } from './StageSection';
import type { ReviewSectionProps } from './types';

/** Whether the review has reached sign-off, or was ever signed off: before that the section says nothing useful. */
export function signOffShown(review: FullReview): boolean {
  return review.sign_offs.length > 0 || stages.indexOf(currentStep(review)) >= stages.indexOf('sign_off');
}

/**
 * The final report the safeguarding partners sign off, who signed which
 * version and when, and the partner's form. Publication needs a sign-off of
 * the latest version (src/core/review_stage.cpp).
 */
export function SignOffSection(props: ReviewSectionProps) {
  const { review, user } = props;
  const report = review.final_report;
  return (
    <>
      {report ? (
        <p className="govuk-body" data-testid="final-report">
          The final report is version {report.version_number} of{' '}
          <a className="govuk-link" href={versionHref(report.document_id, report.version_number)} download>
            {report.title} ({report.file_name})
          </a>
          .
        </p>
      ) : (
        <p className="govuk-body">No final report has been uploaded. Upload one in Documents before sign-off.</p>
      )}
      {report && !review.sign_offs.some((entry) => entry.of_final_report) ? (
        <p className="govuk-body" data-testid="no-sign-off">
          {review.sign_offs.length === 0
            ? 'No safeguarding partner has signed off the report yet.'
            : `No safeguarding partner has signed off version ${report.version_number} yet: the sign-offs below are of an earlier version.`}{' '}
          The review cannot move to publication until one does.
        </p>
      ) : null}
      {review.sign_offs.length > 0 ? (
        <ul className="govuk-list" data-testid="sign-offs">
          {review.sign_offs.map((entry) => (
            <SignOffRecord key={entry.id} entry={entry} />
          ))}
        </ul>
      ) : null}
      {mayStillSign(review, user) ? <SignOffForm {...props} /> : null}
      {report && review.stage !== 'sign_off' && review.stage !== 'closed' && can(user, 'sign_off') ? (
        <p className="govuk-body app-secondary-text">Partners sign off while the review is at the sign-off stage.</p>
      ) : null}
    </>
  );
}

function SignOffRecord({ entry }: { entry: SignOff }) {
  return (
    <li data-testid="sign-off">
      Signed off by {entry.display_name} on {formatInstant(entry.signed_at)}{' '}
      {entry.of_final_report ? (
        <Tag text="Latest version" colour="govuk-tag--green" />
      ) : (
        <Tag text="An earlier version" colour="govuk-tag--grey" />
      )}
      {entry.note ? <p className="govuk-body app-secondary-text app-preserve-lines">{entry.note}</p> : null}
    </li>
  );
}

/** A partner who has not yet signed the latest version, while the review is at sign-off. */
function mayStillSign(review: FullReview, user: SessionUser): boolean {
  const report = review.final_report;
  if (!report || review.stage !== 'sign_off' || !can(user, 'sign_off')) return false;
  return !review.sign_offs.some((entry) => entry.signed_by === user.id && entry.document_version_id === report.version_id);
}

function SignOffForm({ review, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload });
  const [note, setNote] = useState('');
  const report = review.final_report;
  if (!report) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = note.trim();
    const signed = await change.run(
      [],
      () => signOff(review.id, { document_version_id: report.version_id, ...(trimmed ? { note: trimmed } : {}) }),
      'You have signed off the final report',
    );
    if (signed) setNote('');
  };

  return (
    <form onSubmit={submit} noValidate data-testid="sign-off-form">
      <h3 className="govuk-heading-m">Sign off the final report</h3>
      <ChangeProblems change={change} />
      <p className="govuk-body">
        You are signing off version {report.version_number} of {report.title} for the safeguarding partners. If a newer
        version is uploaded, it will need signing off again.
      </p>
      <Textarea
        name="note"
        maxLength={limits.signOffReview.note.maxLength}
        label="Note (optional)"
        hint="For example, the conditions of the sign-off or who you consulted."
        value={note}
        onChange={setNote}
        error={change.errorFor('note')}
        rows={3}
      />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Sign off version {report.version_number}
      </button>
    </form>
  );
}
