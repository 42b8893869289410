import type { GraphIssue, Step } from '@sona-designer/core';
import { formatMessage, isolate, type Messages, outputLabel } from '../../i18n';

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
  // Names and titles in the params are user text: isolated, a right-to-left override in one stays inside it.
  const isolated = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? isolate(value) : value]),
  );
  return formatMessage(messages.canvas.issues[issue.code], {
    ...isolated,
    ...(typeof params.output === 'string' ? { output: isolate(outputLabel(messages, params.output)) } : {}),
  });
}
