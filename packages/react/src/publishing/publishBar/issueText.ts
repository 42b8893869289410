import type { FlowGraph, GraphIssue } from '@sona-designer/core';
import { formatMessage, type Messages, outputLabel } from '../../i18n';

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
    output: outputLabel(messages, String(params.output ?? edge?.output ?? '')),
    count,
    max,
    over: Math.max(count - max, 0),
    field: String(params.field ?? ''),
  });
}
