import { createInMemoryAdapter, type DesignerAdapter } from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';

function numberParam(params: URLSearchParams, name: string, fallback: number): number {
  const value = Number(params.get(name) ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Fails the first `count` calls, then none: an outage that ends, so Retry can be seen working. */
function failFirst(
  count: number,
): Pick<Parameters<typeof createInMemoryAdapter>[0] & {}, 'failureRate' | 'random'> {
  let calls = 0;
  return { failureRate: 0.5, random: () => (calls++ < count ? 0 : 1) };
}

/**
 * The in-memory adapter with the seeded workspace. URL parameters show the other states:
 * `?latency=1500` slows every call down, `?failureRate=0.3` fails calls at random,
 * `?failFirst=2` fails the first two calls (the first load) and then recovers.
 */
export function createDemoAdapter(search: string = window.location.search): DesignerAdapter {
  const params = new URLSearchParams(search);
  const failures = params.has('failFirst')
    ? failFirst(numberParam(params, 'failFirst', 0))
    : { failureRate: Math.min(1, numberParam(params, 'failureRate', 0)) };
  return createInMemoryAdapter({
    seed: demoWorkspace,
    latencyMs: numberParam(params, 'latency', 250),
    ...failures,
  });
}
