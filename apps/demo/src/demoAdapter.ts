import type { DesignerAdapter, WorkspaceData } from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { exportWorkspace } from '@sona-designer/core/io';
import { createSharedAdapter } from './sharing/sharedAdapter';
import { type SimulatedNetwork, withSimulatedNetwork } from './sharing/simulatedNetwork';

/** Where the demo's data lives: in this browser (shared between its tabs) or on a `@sona-designer/server`. */
export type DemoBackend =
  | { kind: 'memory' }
  | { kind: 'server'; host: string; role: 'editor' | 'viewer'; userId: string };

/** The demo's workspace in this tab: shared with the demo's other tabs, behind the network the URL asks for. */
export interface DemoWorkspace {
  adapter: DesignerAdapter;
  backend: DemoBackend;
  large: boolean;
  /** Puts the seed back, in this tab and every other tab of the demo. */
  reset(): Promise<void>;
  /**
   * Whether an import started from this tab's pages (the import dialog) is running: its pages refresh by themselves,
   * so the demo does not start them again as it does after a reset or another tab's import.
   */
  importingHere(): boolean;
  /** Leaves the other tabs (the page is hidden or the workspace switched). */
  close(): void;
}

function numberParam(params: URLSearchParams, name: string, fallback: number): number {
  const value = Number(params.get(name) ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Fails the first `count` calls, then none: an outage that ends, so Retry can be seen working. */
function failFirst(count: number): Pick<SimulatedNetwork, 'failureRate' | 'random'> {
  let calls = 0;
  return { failureRate: 0.5, random: () => (calls++ < count ? 0 : 1) };
}

/**
 * The network the URL asks for: `?latency=1500` slows every call down, `?failureRate=0.3` fails calls at random,
 * `?failFirst=2` fails the first two calls (the first load) and then recovers.
 */
export function networkFromUrl(search: string): SimulatedNetwork {
  const params = new URLSearchParams(search);
  const failures = params.has('failFirst')
    ? failFirst(numberParam(params, 'failFirst', 0))
    : { failureRate: Math.min(1, numberParam(params, 'failureRate', 0)) };
  return { latencyMs: numberParam(params, 'latency', 250), ...failures };
}

/** `?large=1`: 10,000 jobs and a 500-step flow. */
export function isLargeInUrl(search: string): boolean {
  return new URLSearchParams(search).get('large') === '1';
}

/** The URL with the large workspace on or off, keeping the other parameters and the page (hash). */
export function urlWithLarge(href: string, large: boolean): string {
  const url = new URL(href);
  if (large) url.searchParams.set('large', '1');
  else url.searchParams.delete('large');
  return url.toString();
}

async function seedFor(large: boolean): Promise<WorkspaceData> {
  if (large) return (await import('./largeSeed')).largeWorkspace();
  return { jobs: [], knowledge: [], callFlows: [], callSummaries: [], testCases: [], ...demoWorkspace };
}

/**
 * Opens the demo workspace: the seed (or the large one, generated on demand), shared with the demo's other tabs
 * of the same size, so a second tab sees the first one's edits and a stale save meets CONFLICT.
 */
export async function openDemoWorkspace({
  large,
  search,
}: {
  large: boolean;
  search: string;
}): Promise<DemoWorkspace> {
  const seed = await seedFor(large);
  const shared = createSharedAdapter({ channelName: large ? 'sona-demo-large' : 'sona-demo', seed });
  const adapter = withSimulatedNetwork(shared.adapter, networkFromUrl(search));
  let imports = 0;
  return {
    adapter: {
      ...adapter,
      async importWorkspace(document, options) {
        imports += 1;
        try {
          return await adapter.importWorkspace(document, options);
        } finally {
          imports -= 1;
        }
      },
    },
    backend: { kind: 'memory' },
    importingHere: () => imports > 0,
    large,
    async reset() {
      // Past the simulated network: resetting is the demo's own control, not part of the product.
      await shared.adapter.importWorkspace(exportWorkspace(seed), { mode: 'replace' });
    },
    close: shared.close,
  };
}
