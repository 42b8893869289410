import type { SimulatorEngine } from '../types';
import { startCall, takeTurn } from './callTurns';

/** Options of `createLocalSimulatorEngine`. */
export interface LocalSimulatorEngineOptions {
  /** Simulated thinking time before each reply, in milliseconds (0 by default). */
  delayMs?: number;
}

function abortError(): DOMException {
  return new DOMException('The simulated turn was cancelled.', 'AbortError');
}

function think(delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError());
  if (delayMs <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, delayMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The default simulator: no network, no model, the same reply for the same input. It routes the caller's words to
 * a job, follows the job's instructions step by step (questions, read-backs, conditions, actions), answers other
 * questions from the attached knowledge pages, and offers to take a message when nothing fits.
 */
export function createLocalSimulatorEngine(options: LocalSimulatorEngineOptions = {}): SimulatorEngine {
  const delayMs = options.delayMs ?? 0;
  return {
    async start(request) {
      await think(delayMs, request.signal);
      return startCall(request);
    },
    async turn(request) {
      await think(delayMs, request.signal);
      return takeTurn(request);
    },
  };
}
