// Engines and adapters for the stories and browser tests of the simulated-call drawer (not exported by the package).
import {
  createStarterGraph,
  type DesignerAdapter,
  DesignerError,
  type SimulatorEngine,
  type SimulatorTurnResult,
} from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';

function abortError(): DOMException {
  return new DOMException('The turn was cancelled.', 'AbortError');
}

/** Resolves after `ms`, or rejects with an AbortError as soon as the signal aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortError());
      },
      { once: true },
    );
  });
}

/** A model that takes `ms` to answer each caller message (the greeting comes at once), and honours Cancel. */
export function withSlowTurns(engine: SimulatorEngine, ms: number): SimulatorEngine {
  return {
    start: (request) => engine.start(request),
    async turn(request): Promise<SimulatorTurnResult> {
      await wait(ms, request.signal);
      return engine.turn(request);
    },
  };
}

export const ENGINE_OUTAGE = 'The model did not answer in time (HTTP 503).';

/** A model whose first `failures` answers fail (an outage), then answers normally. */
export function withFailingTurns(engine: SimulatorEngine, failures = 1): SimulatorEngine {
  let left = failures;
  return {
    start: (request) => engine.start(request),
    async turn(request): Promise<SimulatorTurnResult> {
      if (left > 0) {
        left -= 1;
        throw new Error(ENGINE_OUTAGE);
      }
      return engine.turn(request);
    },
  };
}

export const SUMMARY_OUTAGE = 'The workspace could not be reached. Try again.';

/** Recording call summaries fails `failures` times, then works. */
export function withFailingSummaries(adapter: DesignerAdapter, failures = 1): DesignerAdapter {
  let left = failures;
  return {
    ...adapter,
    recordCallSummary(summary) {
      if (left > 0) {
        left -= 1;
        return Promise.reject(new DesignerError('UNAVAILABLE', SUMMARY_OUTAGE));
      }
      return adapter.recordCallSummary(summary);
    },
  };
}

export const TRANSFER_FLOW = 'flow-flood-line';
const STAMP = '2026-02-01T09:00:00.000Z';

/**
 * The demo workspace plus a "Flood line" whose only Sona step has one job that ends in a transfer: Sona asks where
 * the water comes from, offers to transfer to Marc Dupont, and leaves the call once the caller agrees.
 */
export function createTransferAdapter(): DesignerAdapter {
  const starter = createStarterGraph();
  return createInMemoryAdapter({
    seed: {
      ...demoWorkspace,
      jobs: [
        ...(demoWorkspace.jobs ?? []),
        {
          id: 'job-flood-emergency',
          name: 'Flood emergency',
          description: 'Sends a flooding basement to the on-call technician.',
          trigger: 'The caller says their basement is flooding or water is pouring in.',
          instructions: [
            '1. Ask where the water is coming from.',
            '2. Tell the caller you are transferring them to the on-call technician. [transfer member: Marc Dupont]',
          ].join('\n'),
          version: 1,
          createdAt: STAMP,
          updatedAt: STAMP,
        },
      ],
      callFlows: [
        ...(demoWorkspace.callFlows ?? []),
        {
          id: TRANSFER_FLOW,
          name: 'Flood line',
          version: 1,
          draft: {
            ...starter,
            steps: starter.steps.map((step) =>
              step.kind === 'sona'
                ? {
                    ...step,
                    title: 'Flood desk',
                    greeting: 'Dupont emergency line, what is going on?',
                    jobIds: ['job-flood-emergency'],
                  }
                : step,
            ),
          },
          published: null,
          revisions: [],
          createdAt: STAMP,
          updatedAt: STAMP,
        },
      ],
    },
  });
}
