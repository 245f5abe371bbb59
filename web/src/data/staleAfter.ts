// What each kind of change makes stale: the addresses whose every query is
// read again (where a page shows it) or forgotten (where none does) once the
// change is made. A change names what it touched here, never another part
// of the page, so that parts reading the same record cannot disagree.
import { actionPath, actionsPath, findingsPath, recommendationsPath } from '../api/actions';
import { usersPath } from '../api/admin';
import { agenciesPath } from '../api/agencies';
import { colleaguesPath } from '../api/colleagues';
import { reviewDocumentsPath } from '../api/documents';
import { qualityMarkersPath } from '../api/quality';
import { referralPath } from '../api/referrals';
import { memberCandidatesPath, peoplePath, reviewPath, reviewsPath } from '../api/reviews';
import { deadlinesPath, workSummaryPath } from '../api/work';

/** The review's lists and counts: what any change to a review may move. */
const reviewLists = (): string[] => [reviewsPath({}), deadlinesPath({}), workSummaryPath];

/** The review itself: its stage, dates, terms, agencies, members, decisions, sign-offs, involvement. */
function reviewChanged(reviewId: number): string[] {
  // Whose agency is involved changes with the review's agencies.
  return [reviewPath(reviewId), memberCandidatesPath(reviewId), ...reviewLists()];
}

/** An action added to the review, changed or reported on: the lists and counts that show it. */
function actionsChanged(reviewId: number, actionId?: number): string[] {
  const action = actionId === undefined ? [] : [actionPath(actionId)];
  // Recommendations carry their actions.
  return [...action, actionsPath({}), recommendationsPath(reviewId), workSummaryPath];
}

export const staleAfter = {
  reviewChanged,
  /** The people in the case, read again (an audited read) only where the user asked to see them. */
  personAdded: (reviewId: number) => [peoplePath(reviewId)],
  findingAdded: (reviewId: number) => [findingsPath(reviewId)],
  recommendationAdded: (reviewId: number) => [recommendationsPath(reviewId)],
  actionsChanged,
  /** A new version of the final report changes the review's sign-off and its ETag. */
  documentsChanged: (reviewId: number) => [reviewDocumentsPath(reviewId), reviewPath(reviewId)],
  qualityRated: (reviewId: number) => [qualityMarkersPath(reviewId)],
  factsChanged: (referralId: number, reviewId: number) => [referralPath(referralId), ...reviewChanged(reviewId)],
  referralCreated: reviewLists,
  agenciesChanged: () => [agenciesPath],
  usersChanged: () => [usersPath, colleaguesPath],
} satisfies Record<string, (...ids: number[]) => string[]>;
