// What a review learned and what the partnership does about it
// (docs/api/openapi.yaml, tag Actions): findings, recommendations, the
// agencies' actions with their progress log. An action's RAG is computed by
// the server from its status, due date and the partnership's thresholds.
import { call } from './client';
import { readable, type QueryParameters, type Reply, type RequestBody, type Schema } from './contract';
import { idempotencyHeader } from './idempotency';

export type ActionStatus = Schema<'ActionStatus'>;
export const actionStatuses: readonly ActionStatus[] = ['not_started', 'in_progress', 'completed', 'cancelled'];
export const actionStatusLabels: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export type RecommendationTarget = Schema<'RecommendationTarget'>;
export const recommendationTargets: readonly RecommendationTarget[] = ['agency', 'partnership', 'national'];
export const recommendationTargetLabels: Record<RecommendationTarget, string> = {
  agency: 'One agency',
  partnership: 'The partnership',
  national: 'National (government or the Panel)',
};

export type Finding = Schema<'Finding'>;
export type Recommendation = Schema<'Recommendation'>;
export type Action = Schema<'Action'>;
/** A recommendation with the actions the caller may see. */
export type RecommendationWithActions = Schema<'RecommendationWithActions'>;
/** One entry of an action's append-only progress log. */
export type ActionUpdate = Schema<'ActionUpdate'>;
/** An action with its progress log, oldest first. */
export type ActionDetail = Schema<'ActionDetail'>;
export type ActionPage = Reply<'/api/actions', 'get'>;
export type ActionFilter = QueryParameters<'/api/actions', 'get'>;

export const maxActionPage = 200;

export function actionsPath(filter: ActionFilter) {
  return readable('/api/actions', { query: filter });
}

export function actionPath(id: number) {
  return readable('/api/actions/{id}', { path: { id } });
}

export function findingsPath(reviewId: number) {
  return readable('/api/reviews/{id}/findings', { path: { id: reviewId } });
}

export function recommendationsPath(reviewId: number) {
  return readable('/api/reviews/{id}/recommendations', { path: { id: reviewId } });
}

export type NewFinding = RequestBody<'/api/reviews/{id}/findings', 'post'>;
export type NewRecommendation = RequestBody<'/api/reviews/{id}/recommendations', 'post'>;
export type NewAction = RequestBody<'/api/recommendations/{id}/actions', 'post'>;
export type NewProgress = RequestBody<'/api/actions/{id}/updates', 'post'>;
/** The fields of an action to change; absent ones stay as they are. */
export type ActionChanges = RequestBody<'/api/actions/{id}', 'patch'>;

export async function addFinding(reviewId: number, finding: NewFinding, key: string): Promise<void> {
  await call('post', '/api/reviews/{id}/findings', { path: { id: reviewId }, body: finding, headers: idempotencyHeader(key) });
}

export async function addRecommendation(reviewId: number, recommendation: NewRecommendation, key: string): Promise<void> {
  await call('post', '/api/reviews/{id}/recommendations', {
    path: { id: reviewId },
    body: recommendation,
    headers: idempotencyHeader(key),
  });
}

export async function addAction(recommendationId: number, action: NewAction, key: string): Promise<void> {
  await call('post', '/api/recommendations/{id}/actions', { path: { id: recommendationId }, body: action, headers: idempotencyHeader(key) });
}

export async function addProgress(actionId: number, progress: NewProgress, key: string): Promise<void> {
  await call('post', '/api/actions/{id}/updates', { path: { id: actionId }, body: progress, headers: idempotencyHeader(key) });
}

/** Themes typed one per line or separated by commas, trimmed, without blanks or repeats. */
export function parseThemes(text: string): string[] {
  const themes = text.split(/[\n,]/).map((theme) => theme.trim()).filter(Boolean);
  return [...new Set(themes)];
}

/** Changes an action read at `etag`; a stale tag is refused (ApiError.isStale). */
export async function changeAction(id: number, changes: ActionChanges, etag: string | null): Promise<void> {
  await call('patch', '/api/actions/{id}', { path: { id }, body: changes, ifMatch: etag });
}
