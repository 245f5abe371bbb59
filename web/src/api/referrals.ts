// Referrals (`/api/referrals`).
// Creating a referral assesses its facts and opens its review; changing its
// facts assesses them again, and every assessment is kept.
import type { Assessment, IncidentFacts } from './assessment';
import { getJson, request } from './client';
import { idempotencyHeader } from './idempotency';

export interface NewReferral {
  /** The name the review is known by ("Child T"), never a real name. */
  pseudonym: string;
  referrer_name: string;
  referring_agency_id?: number;
  received_on: string;
  summary: string;
  restricted: boolean;
  facts: IncidentFacts;
}

/** One assessment as it was made, with the facts it was made from. */
export interface ReferralAssessment {
  id: number;
  assessed_at: string;
  /** The user who entered the facts. */
  assessed_by: number | null;
  facts: IncidentFacts;
  assessment: Assessment;
}

export interface Referral {
  id: number;
  review_id: number;
  referring_agency_id: number | null;
  referrer_name: string;
  received_on: string;
  summary: string;
  created_at: string;
  updated_at: string;
  version: number;
  facts: IncidentFacts | null;
  assessment: Assessment | null;
  /** Every assessment, newest first. */
  assessment_history: ReferralAssessment[];
}

export function referralPath(id: number | string): string {
  return `/api/referrals/${encodeURIComponent(String(id))}`;
}

/**
 * Records a referral and opens its review. `idempotencyKey` makes a retry of
 * the same request (a double click, a lost answer) return the first referral
 * instead of creating another; a replay answers only its Location, so the
 * referral is then read from there.
 */
export async function createReferral(referral: NewReferral, idempotencyKey: string): Promise<Referral> {
  const answer = await request<Referral | { replayed: true; location: string }>('POST', '/api/referrals', {
    body: referral,
    headers: idempotencyHeader(idempotencyKey),
  });
  if ('review_id' in answer.body) return answer.body;
  const location = answer.location ?? answer.body.location;
  return getJson<Referral>(location);
}

/** Replaces the facts and assesses them again; `etag` is the referral's as read (412 when stale). */
export async function replaceReferralFacts(
  id: number,
  facts: IncidentFacts,
  etag: string | null,
): Promise<{ referral: Referral; etag: string | null }> {
  const answer = await request<Referral>('PUT', `${referralPath(id)}/facts`, { body: { facts }, ifMatch: etag });
  return { referral: answer.body, etag: answer.etag };
}
