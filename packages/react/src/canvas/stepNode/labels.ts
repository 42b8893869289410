import type { GraphIssue, Step } from '@sona-designer/core';
import { formatMessage, type Messages } from '../../i18n';

const OPTION_PREFIX = 'option-';

/** The label of a named output in the UI's language ("During hours", "Press 1"). */
export function outputLabel(messages: Messages, outputId: string): string {
  if (outputId.startsWith(OPTION_PREFIX)) {
    return formatMessage(messages.stepKinds.pressKey, { digit: outputId.slice(OPTION_PREFIX.length) });
  }
  const known = messages.stepKinds.outputs as Record<string, string | undefined>;
  return known[outputId] ?? outputId;
}

/** A step node's accessible name: "Sona step: Front desk". */
export function stepNodeName(messages: Messages, step: Pick<Step, 'kind' | 'title'>): string {
  return formatMessage(messages.canvas.nodeName, {
    kind: messages.stepKinds.kindLabel[step.kind],
    title: step.title,
  });
}

/** An issue worded for the node of the step it concerns. */
export function issueText(messages: Messages, issue: GraphIssue): string {
  const params = issue.params ?? {};
  return formatMessage(messages.canvas.issues[issue.code], {
    ...params,
    ...(typeof params.output === 'string' ? { output: outputLabel(messages, params.output) } : {}),
  });
}
