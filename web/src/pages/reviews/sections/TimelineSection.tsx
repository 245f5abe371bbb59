import { formatInstant } from '../../../dates';
import { label, stageLabels } from '../../../labels';
import { MilestoneTimeline } from '../MilestoneTimeline';
import { useColleagueNames } from '../../../useColleagueNames';
import type { ReviewSectionProps } from './types';

/** The review's milestones, then every stage change it went through, oldest first. */
export function TimelineSection({ review }: ReviewSectionProps) {
  const nameOf = useColleagueNames();
  return (
    <>
      <h3 className="govuk-heading-m">Milestones</h3>
      {review.paused_days > 0 ? (
        <p className="govuk-body">
          The review has been paused for {review.paused_days} {review.paused_days === 1 ? 'day' : 'days'}. Due dates do not move
          for a pause.
        </p>
      ) : null}
      <MilestoneTimeline milestones={review.milestones} headingLevel={4} />
      <h3 className="govuk-heading-m">Stage history</h3>
      {review.stage_history.length === 0 ? (
        <p className="govuk-body">No stage changes have been recorded.</p>
      ) : (
        <ol className="app-timeline" data-testid="stage-history">
          {review.stage_history.map((change, index) => (
            <li className="app-timeline__item" key={`${change.at}-${index}`}>
              <h4 className="govuk-heading-s app-timeline__title">
                {change.from
                  ? `${label(stageLabels, change.from)} to ${label(stageLabels, change.to)}`
                  : `Opened at ${label(stageLabels, change.to).toLowerCase()}`}
              </h4>
              <p className="govuk-body govuk-!-margin-bottom-1">
                {formatInstant(change.at)} by {nameOf(change.by_user_id)}
              </p>
              {change.reason ? <p className="govuk-body app-secondary-text">Reason: {change.reason}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
