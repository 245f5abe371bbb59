// The review page's sections load their own data; when one of them changes
// a part of the review that another shows (a recommendation the action plan
// offers, an action the recommendations count), it announces the change
// and the others reload.
import { useEffect } from 'react';

export type ReviewPart = 'documents' | 'recommendations' | 'actions';

const eventName = 'casereview:review-changed';

interface ReviewChange {
  reviewId: number;
  part: ReviewPart;
}

export function announceChange(reviewId: number, part: ReviewPart): void {
  window.dispatchEvent(new CustomEvent<ReviewChange>(eventName, { detail: { reviewId, part } }));
}

/** Calls `reload` whenever `part` of review `reviewId` changes elsewhere on the page. */
export function useReloadOnChange(reviewId: number, part: ReviewPart, reload: () => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      const { detail } = event as CustomEvent<ReviewChange>;
      if (detail.reviewId === reviewId && detail.part === part) reload();
    };
    window.addEventListener(eventName, listener);
    return () => window.removeEventListener(eventName, listener);
  }, [reviewId, part, reload]);
}
