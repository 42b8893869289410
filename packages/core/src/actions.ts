/**
 * Actions written inside a job's instructions, as explicit tokens the editor inserts from a menu:
 *
 *   [sms: Here is our intake form: https://example.com/form]
 *   [transfer member: Marc Dupont]
 *   [transfer inbox: Support]
 *   [transfer number: +15145550100]
 *
 * Keywords stay in English whatever the UI language, like code; the text after the colon is free.
 * After a transfer Sona leaves the call, so a transfer ends the agent's part of it.
 */

/** Where a transfer action sends the call: a team `member`, an `inbox` or a phone `number`. */
export type TransferTarget = 'member' | 'inbox' | 'number';

/**
 * An action written in a job's instructions: send the caller an SMS, or transfer the call to a team member,
 * an inbox or a phone number.
 */
export type JobAction =
  | { type: 'sms'; message: string }
  | { type: 'transfer'; target: TransferTarget; destination: string };

/**
 * An action token found in a job's instructions by `parseActions`, with where it is, so an editor can
 * highlight it.
 */
export interface ActionMatch {
  action: JobAction;
  /** Offsets of the token in the instructions. */
  start: number;
  end: number;
  /** 1-based line of the token. */
  line: number;
}

const ACTION_TOKEN = /\[(sms|transfer (member|inbox|number)):[ \t]*([^\]\n]*)\]/gi;

/**
 * The token that writes an action into a job's instructions, e.g. `[sms: Here is our form]` or `[transfer
 * number: +15145550100]`. `parseActions` reads it back.
 */
export function formatAction(action: JobAction): string {
  return action.type === 'sms'
    ? `[sms: ${action.message.trim()}]`
    : `[transfer ${action.target}: ${action.destination.trim()}]`;
}

/** Every action token of the instructions, in order. Text that only looks like a token is left alone. */
export function parseActions(instructions: string): ActionMatch[] {
  const matches: ActionMatch[] = [];
  for (const match of instructions.matchAll(ACTION_TOKEN)) {
    const [token, keyword = '', target, rest = ''] = match;
    const start = match.index ?? 0;
    const line = instructions.slice(0, start).split('\n').length;
    const action: JobAction =
      keyword.toLowerCase() === 'sms'
        ? { type: 'sms', message: rest.trim() }
        : {
            type: 'transfer',
            target: (target ?? 'member').toLowerCase() as TransferTarget,
            destination: rest.trim(),
          };
    matches.push({ action, start, end: start + token.length, line });
  }
  return matches;
}

/** Problems a person should fix: an empty token, or steps written after a transfer (Sona has left the call by then). */
export function actionWarnings(
  instructions: string,
): Array<{ line: number; code: 'EMPTY_ACTION' | 'AFTER_TRANSFER'; message: string }> {
  const warnings: Array<{ line: number; code: 'EMPTY_ACTION' | 'AFTER_TRANSFER'; message: string }> = [];
  const matches = parseActions(instructions);
  for (const { action, line } of matches) {
    const empty = action.type === 'sms' ? action.message === '' : action.destination === '';
    if (empty) {
      warnings.push({
        line,
        code: 'EMPTY_ACTION',
        message:
          action.type === 'sms'
            ? `Line ${line}: the SMS has no text. Write the message after “sms:”.`
            : `Line ${line}: the transfer has no destination. Write who or where after the colon.`,
      });
    }
  }
  const firstTransfer = matches.find((match) => match.action.type === 'transfer');
  if (firstTransfer) {
    const after = instructions.slice(firstTransfer.end);
    const laterStep = after
      .split('\n')
      .findIndex((text, index) => index > 0 && /^\s*\d+[.)]\s+\S/.test(text));
    if (laterStep > 0) {
      warnings.push({
        line: firstTransfer.line + laterStep,
        code: 'AFTER_TRANSFER',
        message: `Line ${firstTransfer.line + laterStep}: Sona leaves the call at the transfer on line ${firstTransfer.line}, so the steps after it never run. Move the transfer last.`,
      });
    }
  }
  return warnings;
}
