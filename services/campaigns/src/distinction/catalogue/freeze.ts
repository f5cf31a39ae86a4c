/**
 * Freezes a catalogue value and everything in it: the national data is read by migrations, and a
 * caller that edited it would change what a fresh database gets.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
