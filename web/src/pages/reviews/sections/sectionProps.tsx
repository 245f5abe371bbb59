import type { ComponentType } from 'react';
import type { ReviewSectionProps } from './types';

/** What the review page tells each of its sections. */
export interface SectionProps {
  reviewId: number;
  /** The user sees the review as a summary (an agency lead): findings, quality and other agencies' work are not theirs to see. */
  summaryOnly: boolean;
  /** The user may edit the review (its `may_edit`). */
  mayEdit: boolean;
  /** The review is closed: nothing in it changes any more (the server answers 409). */
  closed: boolean;
}

/**
 * A section that loads its own data, as the review page's sections are
 * given (ReviewSectionProps): the full review, which is never summary-only.
 */
export function withSectionProps(Section: ComponentType<SectionProps>): ComponentType<ReviewSectionProps> {
  return function ReviewPageSection({ review }: ReviewSectionProps) {
    return <Section reviewId={review.id} summaryOnly={false} mayEdit={review.may_edit} closed={review.stage === 'closed'} />;
  };
}
