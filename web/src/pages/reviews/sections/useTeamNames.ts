import { useCallback } from 'react';
import { useUser } from '../../../session';
import { useResource } from '../../../useResource';

interface ReviewTeam {
  members?: { user_id: number; display_name: string }[];
}

/**
 * Names the people who uploaded or reported something in a review: the
 * signed-in user and the review's members by name. The API gives others
 * (and everyone, to a user who sees the review as a summary) only as an id.
 */
export function useTeamNames(reviewId: number | null, summaryOnly: boolean): (userId: number | null) => string {
  const user = useUser();
  const [review] = useResource<ReviewTeam>(reviewId !== null && !summaryOnly ? `/api/reviews/${reviewId}` : null);
  return useCallback(
    (userId: number | null) => {
      if (userId === null) return 'the service';
      if (userId === user.id) return `${user.display_name} (you)`;
      const members = review.status === 'loaded' ? (review.data.members ?? []) : [];
      return members.find((member) => member.user_id === userId)?.display_name ?? `user ${userId}`;
    },
    [user, review],
  );
}
