import { useEffect, useState } from 'react';

/**
 * True once `flag` has stayed true for `delayMs`, false as soon as it is false: a loading indicator that shows
 * only for a slow answer, so a fast one never flickers (nor costs a frame of its own).
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return flag && shown;
}
