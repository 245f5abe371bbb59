// Referrals (`/api/referrals`).
// Creating a referral assesses its facts and opens its review; changing its
// facts assesses them again, and every assessment is kept.
import type { IncidentFacts } from './assessment';
import { call } from './client';
import { readable, type RequestBody, type Schema } from './contract';
import { idempotencyHeader, isReplay, recordId } from './idempotency';

export type NewReferral = RequestBody<'/api/referrals', 'post'>;
/** One assessment as it was made, with the facts it was made from. */
export type ReferralAssessment = Schema<'ReferralAssessment'>;
export type Referral = Schema<'Referral'>;

export function referralPath(id: number | string) {
  return readable('/api/referrals/{id}', { path: { id } });
}

/**
 * Records a referral and opens its review. `idempotencyKey` makes a retry of
 * the same request (a double click, a lost answer) return the first referral
 * instead of creating another; a replay answers only its Location, so the
 * referral is then read from there.
 */
export async function createReferral(referral: NewReferral, idempotencyKey: string): Promise<Referral> {
  const answer = await call('post', '/api/referrals', { body: referral, headers: idempotencyHeader(idempotencyKey) });
  if (!isReplay(answer.body)) return answer.body;
  const id = recordId(answer.location ?? answer.body.location);
  if (id === null) throw new Error('The server did not say where the referral is.');
  return (await call('get', '/api/referrals/{id}', { path: { id } })).body;
}

/** Replaces the facts and assesses them again; `etag` is the referral's as read (412 when stale). */
export async function replaceReferralFacts(id: number, facts: IncidentFacts, etag: string | null): Promise<void> {
  await call('put', '/api/referrals/{id}/facts', { path: { id }, body: { facts }, ifMatch: etag });
}
