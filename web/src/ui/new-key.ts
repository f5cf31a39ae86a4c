/**
 * A random key for list items and idempotency keys. `crypto.randomUUID` exists only in secure
 * contexts (https, localhost); an intranet page served over plain http falls back to
 * `crypto.getRandomValues`, which exists everywhere.
 */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
