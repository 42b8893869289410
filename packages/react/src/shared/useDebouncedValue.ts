import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`, so search boxes query the adapter per pause, not per key.
 * With `flushEmpty`, an empty string passes at once (clearing a picker's search is instant).
 */
export function useDebouncedValue<T>(value: T, delayMs: number, { flushEmpty = false } = {}): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    if (flushEmpty && value === '') {
      setDebounced(value);
      return;
    }
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, flushEmpty]);
  return debounced;
}
