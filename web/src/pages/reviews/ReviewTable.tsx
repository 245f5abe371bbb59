import type { ReviewMilestone, ReviewSummary } from '../../api/reviews';
import { Table } from '../../components/Table';
import { MilestoneStateTag, StageTag, Tag } from '../../components/Tag';
import { formatDate } from '../../dates';
import { label } from '../../labels';
import { Link } from '../../router';
import { reviewTypeLabels } from './labels';

/** Reviews as a table (type under the pseudonym) that stacks on narrow screens, so nothing scrolls sideways. */
export function ReviewTable({ reviews }: { reviews: readonly ReviewSummary[] }) {
  return (
    <Table<ReviewSummary>
      caption="Reviews"
      stacked
      testId="review-table"
      rows={reviews}
      rowKey={(review) => review.id}
      rowAttributes={() => ({ 'data-testid': 'review-row' })}
      columns={[
        {
          header: 'Review',
          rowHeader: true,
          cell: (review) => (
            <>
              <Link className="govuk-link" href={`/reviews/${review.id}`}>
                {review.pseudonym}
              </Link>
              {review.restricted ? (
                <>
                  {' '}
                  <Tag text="Restricted" colour="govuk-tag--red" />
                </>
              ) : null}
              <span className="govuk-body-s app-block app-secondary-text app-table-normal">
                <span className="govuk-visually-hidden">Type: </span>
                {review.review_type ? label(reviewTypeLabels, review.review_type) : 'Not decided yet'}
              </span>
            </>
          ),
        },
        { header: 'Stage', cell: (review) => <StageTag stage={review.stage} /> },
        { header: 'Next deadline', cell: (review) => <NextDeadline milestone={review.next_deadline} /> },
      ]}
    />
  );
}

/** The open milestone due first, in words, with its state. */
export function NextDeadline({ milestone }: { milestone: ReviewMilestone | null }) {
  if (!milestone) return <span className="govuk-hint">Nothing due</span>;
  return (
    <>
      <span className="app-nowrap">{milestone.due ? formatDate(milestone.due) : 'No date set yet'}</span>{' '}
      <MilestoneStateTag state={milestone.state} />
      <span className="govuk-body-s app-block">{milestone.title}</span>
    </>
  );
}
