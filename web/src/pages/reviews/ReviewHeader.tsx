import type { Review } from '../../api/reviews';
import { SummaryList } from '../../components/SummaryList';
import { StageTag, Tag } from '../../components/Tag';
import { label, nationLabels, stageLabels, subjectLabels } from '../../labels';
import { frameworkLabels, reviewTypeLabels } from './labels';
import { NextDeadline } from './ReviewTable';
import { WarningText } from '../../components/WarningText';

/** The top of a review page: its pseudonym as the page heading and the facts anyone who may read it sees. */
export function ReviewHeader({ review }: { review: Review }) {
  const paused = review.stage === 'paused';
  return (
    <>
      <span className="govuk-caption-l">Review</span>
      <h1 className="govuk-heading-xl" data-testid="review-heading">
        {review.pseudonym}
        {review.restricted ? (
          <>
            {' '}
            <Tag text="Restricted" colour="govuk-tag--red" />
          </>
        ) : null}
      </h1>
      {review.restricted ? (
        <WarningText>
          This review is restricted: only the people assigned to it and administrators can see it. To everyone else it
          does not exist.
        </WarningText>
      ) : null}
      <SummaryList
        rows={[
          {
            key: 'Type',
            value: review.review_type ? label(reviewTypeLabels, review.review_type) : 'Not decided yet',
          },
          {
            key: 'Stage',
            value: (
              <>
                <StageTag stage={review.stage} />
                {paused && review.paused_from ? ` (paused during ${label(stageLabels, review.paused_from).toLowerCase()})` : ''}
              </>
            ),
          },
          {
            key: 'Framework',
            value: review.framework ? label(frameworkLabels, review.framework) : 'Not covered by a statutory framework',
          },
          { key: 'Subject', value: label(subjectLabels, review.subject) },
          { key: 'Nation', value: label(nationLabels, review.nation) },
          { key: 'Next deadline', value: <NextDeadline milestone={review.next_deadline} /> },
          ...(review.paused_days > 0 || paused
            ? [
                {
                  key: 'Days paused',
                  value: `${review.paused_days} ${review.paused_days === 1 ? 'day' : 'days'}. Due dates do not move for a pause.`,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
