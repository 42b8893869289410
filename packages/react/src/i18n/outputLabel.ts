import type { Messages } from './catalogue';
import { formatMessage } from './messages';

// A phone menu's outputs are named by their key ("option-1"); every other output by a fixed id.
const OPTION_PREFIX = 'option-';

/**
 * How the UI names a step's output: "During hours", "Press 1". `fallback` (the output id by default) is used for an
 * output the catalogue does not know, such as a newer step kind's.
 */
export function outputLabel(messages: Messages, outputId: string, fallback: string = outputId): string {
  if (outputId.startsWith(OPTION_PREFIX)) {
    return formatMessage(messages.stepKinds.pressKey, { digit: outputId.slice(OPTION_PREFIX.length) });
  }
  const known = messages.stepKinds.outputs as Record<string, string | undefined>;
  return known[outputId] ?? fallback;
}
