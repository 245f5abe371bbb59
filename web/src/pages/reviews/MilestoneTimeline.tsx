import type { ReviewMilestone } from '../../api/reviews';
import { MilestoneStateTag } from '../../components/Tag';
import { formatDate } from '../../dates';

/** A review's milestones in order, as a timeline: what is due, by when, on what basis, and whether it is done. */
export function MilestoneTimeline({
  milestones,
  headingLevel,
}: {
  milestones: readonly ReviewMilestone[];
  /** The level of each milestone's heading, below the heading the list sits under. */
  headingLevel: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (milestones.length === 0) return <p className="govuk-body">This review has no milestones.</p>;
  return (
    <ol className="app-timeline" data-testid="milestones">
      {milestones.map((milestone) => (
        <li className="app-timeline__item" key={milestone.id}>
          <Heading className="govuk-heading-s app-timeline__title">
            {milestone.title} <MilestoneStateTag state={milestone.state} />
          </Heading>
          <p className="govuk-body govuk-!-margin-bottom-1">
            {milestone.due ? `Due ${formatDate(milestone.due)}` : 'No due date yet'}
            {milestone.done_on ? `. Done ${formatDate(milestone.done_on)}` : ''}
          </p>
          <p className="govuk-body-s app-secondary-text">{milestone.basis}</p>
        </li>
      ))}
    </ol>
  );
}
