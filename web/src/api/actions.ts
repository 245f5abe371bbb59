// What a review learned and what the partnership does about it
// (docs/api/openapi.yaml, tag Actions): findings, recommendations, the
// agencies' actions with their progress log. An action's RAG is computed by
// the server from its status, due date and the partnership's thresholds.
import type { Rag } from '../labels';
import { query, request } from './client';
import { idempotencyHeader } from './idempotency';

export type ActionStatus = 'not_started' | 'in_progress' | 'completed' | 'cancelled';
export const actionStatuses: readonly ActionStatus[] = ['not_started', 'in_progress', 'completed', 'cancelled'];
export const actionStatusLabels: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export type RecommendationTarget = 'agency' | 'partnership' | 'national';
export const recommendationTargets: readonly RecommendationTarget[] = ['agency', 'partnership', 'national'];
export const recommendationTargetLabels: Record<RecommendationTarget, string> = {
  agency: 'One agency',
  partnership: 'The partnership',
  national: 'National (government or the Panel)',
};

export interface Finding {
  id: number;
  review_id: number;
  text: string;
  themes: string[];
  created_at: string;
}

export interface Recommendation {
  id: number;
  review_id: number;
  number: number;
  text: string;
  target: RecommendationTarget;
  target_agency_id: number | null;
  themes: string[];
  created_at: string;
}

export interface Action {
  id: number;
  recommendation_id: number;
  review_id: number;
  /** The review's name, for lists across reviews. */
  review_pseudonym: string;
  agency_id: number;
  owner: string;
  description: string;
  success_measure: string;
  due_on: string;
  status: ActionStatus;
  rag: Rag;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface RecommendationWithActions extends Recommendation {
  /** The actions the caller may see. */
  actions: Action[];
}

/** One entry of an action's append-only progress log. */
export interface ActionUpdate {
  id: number;
  action_id: number;
  note: string;
  status_from: ActionStatus | null;
  status_to: ActionStatus | null;
  document_id: number | null;
  by_user_id: number | null;
  at: string;
}

export interface ActionDetail extends Action {
  /** Oldest first. */
  updates: ActionUpdate[];
}

export interface ActionPage {
  items: Action[];
  next_cursor: number | null;
}

export interface ActionFilter {
  agency_id?: number | undefined;
  review_id?: number | undefined;
  status?: ActionStatus | undefined;
  rag?: Rag | undefined;
  cursor?: number | undefined;
  limit?: number | undefined;
}

export const maxActionPage = 200;

export function actionsPath(filter: ActionFilter): string {
  return `/api/actions${query({ ...filter })}`;
}

export function actionPath(id: number): string {
  return `/api/actions/${id}`;
}

export function findingsPath(reviewId: number): string {
  return `/api/reviews/${reviewId}/findings`;
}

export function recommendationsPath(reviewId: number): string {
  return `/api/reviews/${reviewId}/recommendations`;
}

export interface NewFinding {
  text: string;
  themes: string[];
}

export interface NewRecommendation {
  number?: number;
  text: string;
  target: RecommendationTarget;
  target_agency_id?: number;
  themes: string[];
}

export interface NewAction {
  agency_id: number;
  owner: string;
  description: string;
  success_measure: string;
  due_on: string;
}

export interface NewProgress {
  note?: string;
  status?: ActionStatus;
  document_id?: number;
}

export async function addFinding(reviewId: number, finding: NewFinding, key: string): Promise<void> {
  await request('POST', findingsPath(reviewId), { body: finding, headers: idempotencyHeader(key) });
}

export async function addRecommendation(reviewId: number, recommendation: NewRecommendation, key: string): Promise<void> {
  await request('POST', recommendationsPath(reviewId), { body: recommendation, headers: idempotencyHeader(key) });
}

export async function addAction(recommendationId: number, action: NewAction, key: string): Promise<void> {
  await request('POST', `/api/recommendations/${recommendationId}/actions`, { body: action, headers: idempotencyHeader(key) });
}

export async function addProgress(actionId: number, progress: NewProgress, key: string): Promise<void> {
  await request('POST', `${actionPath(actionId)}/updates`, { body: progress, headers: idempotencyHeader(key) });
}

/** Every action matching `filter`, following the cursor to the last page. */
export async function allActions(filter: Omit<ActionFilter, 'cursor' | 'limit'>, signal?: AbortSignal): Promise<Action[]> {
  const actions: Action[] = [];
  let cursor: number | undefined;
  for (;;) {
    const { body } = await request<ActionPage>('GET', actionsPath({ ...filter, cursor, limit: maxActionPage }), signal ? { signal } : {});
    actions.push(...body.items);
    if (body.next_cursor === null) return actions;
    cursor = body.next_cursor;
  }
}

/** Themes typed one per line or separated by commas, trimmed, without blanks or repeats. */
export function parseThemes(text: string): string[] {
  const themes = text.split(/[\n,]/).map((theme) => theme.trim()).filter(Boolean);
  return [...new Set(themes)];
}

/** The fields of an action to change; absent ones stay as they are. */
export interface ActionChanges {
  agency_id?: number;
  owner?: string;
  description?: string;
  success_measure?: string;
  due_on?: string;
}

/** Changes an action read at `etag`; a stale tag is refused (ApiError.isStale). */
export async function changeAction(id: number, changes: ActionChanges, etag: string | null): Promise<void> {
  await request('PATCH', actionPath(id), { body: changes, ifMatch: etag });
}
