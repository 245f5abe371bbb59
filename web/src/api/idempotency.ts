// Idempotency-Key values for POSTs on case records (docs/security.md,
// "Retries"): one key per intended change, reused when the same request is
// retried, so a retry after a lost answer creates nothing twice.
import type { Schema } from './contract';

/** A fresh key: 128 random bits as hex (crypto.getRandomValues works outside secure contexts too). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function idempotencyHeader(key: string): Record<string, string> {
  return { 'Idempotency-Key': key };
}

/** The body of an answer that repeats an earlier request with the same key: where the record is. */
export type Replayed = Schema<'Replayed'>;

/** Whether `body` repeats an earlier answer (it then says only where the record is). */
export function isReplay<T extends object>(body: T | Replayed): body is Replayed {
  return 'replayed' in body && body.replayed === true;
}

/** The id of the record a Location names ("/api/documents/12", "/api/documents/12/versions/2": 12), or null. */
export function recordId(location: string | null): number | null {
  const match = location ? /^\/api\/[a-z-]+\/(\d+)(?:\/versions\/\d+)?$/.exec(location) : null;
  return match ? Number(match[1]) : null;
}
