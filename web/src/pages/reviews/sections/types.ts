import type { ComponentType } from 'react';
import type { FullReview } from '../../../api/reviews';
import type { SessionUser } from '../../../api/session';
import type { ChangeContext } from '../../../useChange';

/** What the review page gives each of its sections. */
export interface ReviewSectionProps extends ChangeContext {
  review: FullReview;
  /** The review's ETag as read: changes to the review itself send it as If-Match. */
  etag: string | null;
  user: SessionUser;
}

/**
 * One section of the review page: an h2 titled `title`, at `#id`, listed in
 * the contents. `shown` decides whether this user gets it at all.
 */
export interface ReviewSection {
  id: string;
  title: string;
  shown?: (review: FullReview, user: SessionUser) => boolean;
  /** The component renders its own <section> and <h2 id={id}> (it loads its own data). */
  standalone?: boolean;
  Component: ComponentType<ReviewSectionProps>;
}
