import type { GraphIssue, Step } from '@sona-designer/core';
import { formatMessage, type Messages, outputLabel } from '../../i18n';

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
