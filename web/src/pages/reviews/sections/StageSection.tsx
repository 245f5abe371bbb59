import { limits } from '../../../api/limits';
import { type FormEvent, useState } from 'react';
import type { FieldError } from '../../../api/client';
import { moveStage, type FullReview } from '../../../api/reviews';
import { Select, Textarea } from '../../../components/fields';
import { formatDate } from '../../../dates';
import { label, stageLabels, stages, type Stage } from '../../../labels';
import { ChangeProblems, useChange } from '../../../useChange';
import type { ReviewSectionProps } from './types';

/** The steps a review moves through, in order (paused is not a step). */
const steps: readonly Stage[] = stages.filter((stage) => stage !== 'paused');

/** What a stage needs before a review may reach it or any later one (src/core/review_stage.cpp). */
const guardRails: Partial<Record<Stage, string>> = {
  commissioning: 'Needs a decision to review',
  information_gathering: 'Needs terms of reference (a scope period and a line of enquiry) and an appointed reviewer',
  sign_off: 'Needs a final report with at least one version',
  publication: 'Needs a safeguarding partner’s sign-off of the latest final report',
  closed: 'Reached from monitoring once no action is still not started or in progress, or from the decision when it was not to review',
};

/**
 * Where the review may be moved from its stage: back to any earlier stage, on
 * to the next, and the skips the guidance allows (docs/domain/case-records.md):
 * straight to the decision where no rapid review is required (anything but a
 * child in England), and from the decision to closed when it was not to review.
 */
function moveTargets(review: FullReview): Stage[] {
  const current = steps.indexOf(review.stage);
  const targets = steps.slice(0, current);
  // The next stage is offered even when its guard rail will refuse it: the
  // refusal says what is missing (a decision, terms of reference, ...).
  const next = steps[current + 1];
  if (next && next !== 'closed') targets.push(next);
  const rapidReviewRequired = review.nation === 'england' && review.subject === 'child';
  if (review.stage === 'referral' && !rapidReviewRequired) targets.push('decision');
  const noReview = review.decisions[0]?.outcome === 'no_review';
  if ((review.stage === 'monitoring' && !noReview) || (review.stage === 'decision' && noReview)) targets.push('closed');
  return targets;
}

/** The stage the review is at, or left when it was paused. */
export function currentStep(review: FullReview): Stage {
  return review.stage === 'paused' && review.paused_from ? review.paused_from : review.stage;
}

/** The stages as a GOV.UK task list, the current one marked, and the form to move the review on. */
export function StageSection(props: ReviewSectionProps) {
  const { review } = props;
  return (
    <>
      <StageTaskList review={review} />
      {review.may_edit && review.stage !== 'closed' ? (
        review.stage === 'paused' ? (
          <ResumeForm {...props} />
        ) : (
          <MoveForm {...props} />
        )
      ) : null}
      {review.stage === 'closed' ? <p className="govuk-body">This review is closed. A closed review is final.</p> : null}
    </>
  );
}

function StageTaskList({ review }: { review: FullReview }) {
  const current = steps.indexOf(currentStep(review));
  return (
    <ul className="govuk-task-list" data-testid="stage-list">
      {steps.map((stage, index) => {
        const hintId = `stage-${stage}-hint`;
        const guard = guardRails[stage];
        return (
          <li className="govuk-task-list__item" key={stage}>
            <div className="govuk-task-list__name-and-hint">
              <div>{label(stageLabels, stage)}</div>
              {guard && index > current ? (
                <div className="govuk-task-list__hint" id={hintId}>
                  {guard}
                </div>
              ) : null}
            </div>
            <StepStatus review={review} done={index < current || review.stage === 'closed'} current={index === current} />
          </li>
        );
      })}
    </ul>
  );
}

function StepStatus({ review, done, current }: { review: FullReview; done: boolean; current: boolean }) {
  if (current && review.stage === 'paused') {
    return (
      <div className="govuk-task-list__status">
        <strong className="govuk-tag govuk-tag--yellow">Paused here</strong>
      </div>
    );
  }
  if (current && review.stage !== 'closed') {
    return (
      <div className="govuk-task-list__status">
        <strong className="govuk-tag govuk-tag--blue">Current stage</strong>
      </div>
    );
  }
  if (done) return <div className="govuk-task-list__status">Done</div>;
  return <div className="govuk-task-list__status govuk-task-list__status--cannot-start-yet">Not yet</div>;
}

function MoveForm({ review, etag, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload });
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const current = steps.indexOf(review.stage);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid: FieldError[] = [];
    const target = to as Stage;
    if (!to) invalid.push({ field: 'to', message: 'Select the stage to move the review to' });
    else if (to === 'paused' && !reason.trim()) {
      invalid.push({ field: 'reason', message: 'Give the reason for pausing, for example the criminal trial or inquest' });
    } else if (steps.indexOf(target) < current && !reason.trim()) {
      invalid.push({ field: 'reason', message: 'Give the reason for going back to an earlier stage' });
    }
    const message = to === 'paused' ? 'The review is paused' : `The review moved to ${label(stageLabels, to).toLowerCase()}`;
    const trimmed = reason.trim();
    const moved = await change.run(
      invalid,
      () => moveStage(review.id, trimmed ? { to: target, reason: trimmed } : { to: target }, etag),
      message,
    );
    if (moved) {
      setTo('');
      setReason('');
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="stage-form">
      <h3 className="govuk-heading-m">Move the review to another stage</h3>
      <ChangeProblems change={change} />
      <Select
        name="to"
        label="Move to"
        value={to}
        onChange={setTo}
        error={change.errorFor('to')}
        options={[
          { value: '', label: 'Choose a stage' },
          ...moveTargets(review).map((stage) => ({ value: stage, label: label(stageLabels, stage) })),
          { value: 'paused', label: 'Pause the review' },
        ]}
      />
      <Textarea
        name="reason"
        maxLength={limits.changeReviewStage.reason.maxLength}
        label="Reason (optional when moving forward)"
        hint="A review moves on one stage at a time. A reason is needed to pause it (for example, a criminal trial or inquest) or to go back to an earlier stage (for example, quality assurance sent the draft back)."
        value={reason}
        onChange={setReason}
        error={change.errorFor('reason')}
        rows={3}
      />
      <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
        Move the review
      </button>
    </form>
  );
}

function ResumeForm({ review, etag, onChanged, reload }: ReviewSectionProps) {
  const change = useChange({ onChanged, reload });
  const back = review.paused_from;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!back) return;
    await change.run([], () => moveStage(review.id, { to: back }, etag), `The review resumed at ${label(stageLabels, back).toLowerCase()}`);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="resume-form">
      <h3 className="govuk-heading-m">The review is paused</h3>
      <ChangeProblems change={change} />
      {review.pause ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">{review.pause.reason}</p>
          {review.pause.since ? <p className="govuk-body govuk-!-margin-bottom-0">Paused since {formatDate(review.pause.since)}.</p> : null}
        </div>
      ) : null}
      <p className="govuk-body">
        A paused review resumes at the stage it left. Its due dates have not moved: tell the Panel and the Secretary of State
        why the review is delayed.
      </p>
      {back ? (
        <button type="submit" className="govuk-button" disabled={change.busy} aria-disabled={change.busy}>
          Resume at {label(stageLabels, back).toLowerCase()}
        </button>
      ) : null}
    </form>
  );
}
