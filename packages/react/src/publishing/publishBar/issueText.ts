import type { FlowGraph, GraphIssue } from '@sona-designer/core';
import { formatMessage, type Messages } from '../../i18n';

function outputLabel(output: string, messages: Messages): string {
  if (output.startsWith('option-'))
    return formatMessage(messages.stepKinds.pressKey, { digit: output.slice('option-'.length) });
  return messages.stepKinds.outputs[output as keyof Messages['stepKinds']['outputs']] ?? output;
}

/** A validation problem in the catalogue's words (the core's `message` is English only). */
export function issueText(issue: GraphIssue, graph: FlowGraph, messages: Messages): string {
  const step = issue.stepId ? graph.steps.find((candidate) => candidate.id === issue.stepId) : undefined;
  const edge = issue.edgeId ? graph.edges.find((candidate) => candidate.id === issue.edgeId) : undefined;
  const target = edge ? graph.steps.find((candidate) => candidate.id === edge.target) : undefined;
  const params = issue.params ?? {};
  const count = Number(params.count ?? 0);
  const max = Number(params.max ?? 0);
  return formatMessage(messages.designer.issueMessages[issue.code] ?? issue.message, {
    title: step?.title ?? '',
    target: String(params.target ?? target?.title ?? ''),
    output: outputLabel(String(params.output ?? edge?.output ?? ''), messages),
    count,
    max,
    over: Math.max(count - max, 0),
    field: String(params.field ?? ''),
  });
}
