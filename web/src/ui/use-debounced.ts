import { useEffect, useState } from 'react';

/**
 * `value`, settled for `ms` (searching on every key press would flood the gateway), and a way to
 * settle it at once (a search box emptied after a pick).
 */
export function useDebounced<T>(value: T, ms = 250): [T, (now: T) => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return [settled, setSettled];
}
