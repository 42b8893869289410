import type {
  SimulatedSonaStep,
  SimulationState,
  SimulatorEngine,
  SimulatorTurnResult,
  TurnTrace,
} from '@sona-designer/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDesigner } from '../../../state';

export interface CallTurn {
  id: number;
  speaker: 'caller' | 'sona';
  text: string;
  /** Why Sona said it (agent turns). */
  trace: TurnTrace | null;
  /** A caller message the engine failed to answer (kept, to retry). */
  failed?: boolean;
}

/**
 * `starting`: waiting for the greeting; `ready`: the caller may speak; `waiting`: a turn is in flight; `failed`: the
 * greeting or the last turn failed (retry); `ended`: by End call or by the engine (a transfer, a goodbye).
 */
export type CallPhase = 'preparing' | 'starting' | 'ready' | 'waiting' | 'failed' | 'ended';

export interface CallSnapshot {
  /** Changes with every new call, so results of an older call are recognised and dropped. */
  callId: number;
  /** The step the call runs on, as it was when the call started. */
  step: SimulatedSonaStep | null;
  turns: CallTurn[];
  state: SimulationState | null;
  phase: CallPhase;
  failure: { kind: 'start' | 'turn'; message: string } | null;
  /** The caller's message in flight or failed. */
  pendingText: string | null;
  endedBy: 'engine' | 'caller' | null;
}

export interface SimulatedCall extends CallSnapshot {
  send(message: string): boolean;
  /** Aborts the turn in flight; returns the caller's message so it can go back in the box. */
  cancel(): string | null;
  retry(): void;
  end(): void;
}

const PREPARING: Omit<CallSnapshot, 'callId'> = {
  step: null,
  turns: [],
  state: null,
  phase: 'preparing',
  failure: null,
  pendingText: null,
  endedBy: null,
};

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * One simulated call against an engine: Sona's greeting when the step is ready, then one turn per caller message.
 * A new `callKey` (another step or version, Restart) starts a new call. The step is captured when the call starts,
 * so a job edited elsewhere mid-call does not change the script under the caller's feet.
 */
export function useSimulatedCall(
  engine: SimulatorEngine | null,
  step: SimulatedSonaStep | null,
  callKey: string,
): SimulatedCall {
  // The trace explains in the designer's language, whatever language the call is in. A ref: switching the UI
  // language mid-call must not restart the call.
  const { locale } = useDesigner();
  const explainInRef = useRef(locale);
  explainInRef.current = locale;
  const [snapshot, setSnapshot] = useState<CallSnapshot>({ callId: 0, ...PREPARING });
  const current = useRef(snapshot);
  const controller = useRef<AbortController | null>(null);
  const nextTurnId = useRef(1);
  const stepRef = useRef(step);
  stepRef.current = step;

  const update = useCallback((next: CallSnapshot) => {
    current.current = next;
    setSnapshot(next);
  }, []);

  const agentTurn = useCallback(
    (result: SimulatorTurnResult): CallTurn => ({
      id: nextTurnId.current++,
      speaker: 'sona',
      text: result.reply,
      trace: result.trace,
    }),
    [],
  );

  /** Runs one engine call for the current call; drops its result if the call changed or the request was aborted. */
  const run = useCallback(
    (
      request: (signal: AbortSignal) => Promise<SimulatorTurnResult>,
      onResult: (result: SimulatorTurnResult, call: CallSnapshot) => CallSnapshot,
      kind: 'start' | 'turn',
    ) => {
      const callId = current.current.callId;
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const stale = () => abort.signal.aborted || current.current.callId !== callId;
      request(abort.signal).then(
        (result) => {
          if (stale()) return;
          controller.current = null;
          update(onResult(result, current.current));
        },
        (error: unknown) => {
          if (stale() || isAbort(error)) return;
          controller.current = null;
          const latest = current.current;
          update({
            ...latest,
            turns:
              kind === 'turn'
                ? latest.turns.map((turn, index) =>
                    index === latest.turns.length - 1 ? { ...turn, failed: true } : turn,
                  )
                : latest.turns,
            phase: 'failed',
            failure: { kind, message: errorMessage(error) },
          });
        },
      );
    },
    [update],
  );

  const start = useCallback(
    (call: CallSnapshot) => {
      if (!engine || !call.step) return;
      const simulatedStep = call.step;
      update({ ...call, phase: 'starting', failure: null });
      run(
        (signal) => engine.start({ step: simulatedStep, explainIn: explainInRef.current, signal }),
        (result, latest) => ({
          ...latest,
          turns: [agentTurn(result)],
          state: result.state,
          phase: result.state.ended ? 'ended' : 'ready',
          endedBy: result.state.ended ? 'engine' : null,
        }),
        'start',
      );
    },
    [engine, run, update, agentTurn],
  );

  const ready = step !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `callKey` starts a new call; later edits of the step keep the call going.
  useEffect(() => {
    const callId = current.current.callId + 1;
    const simulatedStep = stepRef.current;
    if (!engine || !ready || !simulatedStep) {
      update({ callId, ...PREPARING });
      return;
    }
    start({ callId, ...PREPARING, step: simulatedStep });
    return () => {
      controller.current?.abort();
      controller.current = null;
    };
  }, [engine, ready, callKey, start, update]);

  const takeTurn = useCallback(
    (message: string) => {
      const call = current.current;
      const { step: simulatedStep, state } = call;
      if (!engine || !simulatedStep || !state) return;
      run(
        (signal) =>
          engine.turn({ step: simulatedStep, state, message, explainIn: explainInRef.current, signal }),
        (result, latest) => ({
          ...latest,
          turns: [...latest.turns, agentTurn(result)],
          state: result.state,
          phase: result.state.ended ? 'ended' : 'ready',
          pendingText: null,
          endedBy: result.state.ended ? 'engine' : null,
        }),
        'turn',
      );
    },
    [engine, run, agentTurn],
  );

  const send = useCallback(
    (message: string) => {
      const call = current.current;
      const text = message.trim();
      if (!text || !call.state || (call.phase !== 'ready' && call.phase !== 'failed')) return false;
      if (call.phase === 'failed' && call.failure?.kind === 'start') return false;
      // A new message replaces one the engine failed to answer.
      const turns = call.turns.filter((turn) => !turn.failed);
      update({
        ...call,
        turns: [...turns, { id: nextTurnId.current++, speaker: 'caller', text, trace: null }],
        phase: 'waiting',
        failure: null,
        pendingText: text,
      });
      takeTurn(text);
      return true;
    },
    [update, takeTurn],
  );

  const cancel = useCallback(() => {
    const call = current.current;
    if (call.phase !== 'waiting') return null;
    controller.current?.abort();
    controller.current = null;
    update({ ...call, turns: call.turns.slice(0, -1), phase: 'ready', pendingText: null });
    return call.pendingText;
  }, [update]);

  const retry = useCallback(() => {
    const call = current.current;
    if (call.phase !== 'failed' || !call.failure) return;
    if (call.failure.kind === 'start' || !call.pendingText) {
      start({ ...call, turns: [], state: null, pendingText: null });
      return;
    }
    update({
      ...call,
      turns: call.turns.map((turn) => (turn.failed ? { ...turn, failed: false } : turn)),
      phase: 'waiting',
      failure: null,
    });
    takeTurn(call.pendingText);
  }, [start, update, takeTurn]);

  const end = useCallback(() => {
    const call = current.current;
    if (!call.state || call.phase === 'ended') return;
    controller.current?.abort();
    controller.current = null;
    update({
      ...call,
      // The message nobody answered is not part of the call.
      turns: call.pendingText ? call.turns.slice(0, -1) : call.turns,
      phase: 'ended',
      failure: null,
      pendingText: null,
      endedBy: 'caller',
    });
  }, [update]);

  return { ...snapshot, send, cancel, retry, end };
}
