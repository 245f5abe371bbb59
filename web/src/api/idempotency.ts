// Idempotency-Key values for POSTs on case records (docs/security.md,
// "Retries"): one key per intended change, reused when the same request is
// retried, so a retry after a lost answer creates nothing twice.

/** A fresh key: 128 random bits as hex (crypto.getRandomValues works outside secure contexts too). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function idempotencyHeader(key: string): Record<string, string> {
  return { 'Idempotency-Key': key };
}
