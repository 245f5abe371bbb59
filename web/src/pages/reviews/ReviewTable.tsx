import type { ReviewMilestone, ReviewSummary } from '../../api/reviews';
import { MilestoneStateTag, StageTag, Tag } from '../../components/Tag';
import { formatDate } from '../../dates';
import { label } from '../../labels';
import { Link } from '../../router';
import { reviewTypeLabels } from './labels';

/** Reviews as a table (type under the pseudonym) that stacks on narrow screens (app-table--stacked), so nothing scrolls sideways. */
export function ReviewTable({ reviews }: { reviews: readonly ReviewSummary[] }) {
  return (
    <table className="govuk-table app-table--stacked" data-testid="review-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Reviews</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Review
          </th>
          <th scope="col" className="govuk-table__header">
            Stage
          </th>
          <th scope="col" className="govuk-table__header">
            Next deadline
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {reviews.map((review) => (
          <tr className="govuk-table__row" key={review.id} data-testid="review-row">
            <th scope="row" className="govuk-table__header" data-label="Review">
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
            </th>
            <td className="govuk-table__cell" data-label="Stage">
              <StageTag stage={review.stage} />
            </td>
            <td className="govuk-table__cell" data-label="Next deadline">
              <NextDeadline milestone={review.next_deadline} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
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
