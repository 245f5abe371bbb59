import type { FullReview } from '../../api/reviews';
import type { SessionUser } from '../../api/session';

/**
 * The name of the user with `userId`, as far as the review tells: the
 * signed-in user, or one of its members. The API gives only the id of
 * anyone else, so they are named by it.
 */
export function whoDid(review: FullReview, user: SessionUser, userId: number | null): string {
  if (userId === null) return 'The system';
  if (userId === user.id) return `${user.display_name} (you)`;
  const member = review.members.find((candidate) => candidate.user_id === userId);
  return member ? member.display_name : `User number ${userId}`;
}
