import type { FlowCallResult } from '../flow/types';
import type { SimulatorTurnResult } from '../types';

/** One caller turn of a simulated call: the caller's message answered by Sona, numbered across the whole call. */
export interface CallerTurn {
  /** 1-based, across every Sona conversation of the call (greetings are not turns). */
  turn: number;
  /** The Sona step that answered. */
  stepId: string;
  result: SimulatorTurnResult;
}

/**
 * The caller turns of a call, in order. Greetings are left out because the caller said nothing, and blank messages
 * are not turns because Sona never answered them, so turn numbers match what the drawer shows.
 */
export function callerTurns(result: FlowCallResult): CallerTurn[] {
  const turns: CallerTurn[] = [];
  for (const conversation of result.conversations) {
    for (const turnResult of conversation.results.slice(1)) {
      turns.push({ turn: turns.length + 1, stepId: conversation.stepId, result: turnResult });
    }
  }
  return turns;
}

/**
 * Text as compared by `contains`: no isolation marks, typographic quotes and apostrophes as typed on a keyboard,
 * spaces collapsed and lower case, so “I’ve” in a reply matches "i've" in a test.
 */
function comparable(text: string): string {
  return text
    .replace(/[\u2068\u2069]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether `text` contains `part`, ignoring case, spacing and typographic quotes; an empty `part` is in any text. */
export function containsText(text: string, part: string): boolean {
  return comparable(text).includes(comparable(part));
}
