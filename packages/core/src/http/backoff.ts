/** The delays of the live-updates reconnection. */
export interface BackoffSettings {
  /** The first delay (the server's `retry:` when it sent one). */
  initialMs: number;
  maxMs: number;
  /** In [0, 1). */
  random: () => number;
}

/**
 * The wait before reconnection attempt `attempt` (0 for the first): `initialMs` doubled per attempt up to `maxMs`,
 * then spread over its upper half by `random`, so that many clients dropped by one server restart do not all come
 * back at the same instant, while none waits less than half the nominal delay.
 */
export function backoffDelay(attempt: number, settings: BackoffSettings): number {
  const nominal = Math.min(settings.maxMs, settings.initialMs * 2 ** Math.min(attempt, 30));
  const spread = Math.min(1, Math.max(0, settings.random()));
  return Math.round(nominal / 2 + (nominal / 2) * spread);
}
