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
