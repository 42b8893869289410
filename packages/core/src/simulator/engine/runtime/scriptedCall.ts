import type { RoutingLocale } from '../../../routing/locale';
import type { SimulatedSonaStep, SimulationState, SimulatorTurnResult } from '../types';
import { startCall, takeTurn } from './callTurns';

/** A whole call played by `simulateCall`: every turn's result and the final state. */
export interface ScriptedCall {
  /** The greeting, then one result per caller message Sona answered. */
  results: SimulatorTurnResult[];
  state: SimulationState;
}

/**
 * Plays a whole call with the local engine, synchronously: the greeting, then each caller message in turn. Stops
 * early when the call ends (a transfer, a goodbye); later messages are not sent. Handy for tests, demos and batch
 * runs; the drawer uses the async engine instead.
 */
export function simulateCall(
  step: SimulatedSonaStep,
  callerMessages: readonly string[],
  options: { locale?: RoutingLocale } = {},
): ScriptedCall {
  const results = [startCall({ step, locale: options.locale })];
  let state = results[0]?.state as SimulationState;
  for (const message of callerMessages) {
    if (state.ended) break;
    const result = takeTurn({ step, state, message, locale: options.locale });
    results.push(result);
    state = result.state;
  }
  return { results, state };
}
