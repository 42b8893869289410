import type { FlowGraph, GraphIssue } from '@sona-designer/core';
import { formatMessage, isolate, type Messages, outputLabel } from '../../i18n';

/** A validation problem in the catalogue's words (the core's `message` is English only). */
export function issueText(issue: GraphIssue, graph: FlowGraph, messages: Messages): string {
  const step = issue.stepId ? graph.steps.find((candidate) => candidate.id === issue.stepId) : undefined;
  const edge = issue.edgeId ? graph.edges.find((candidate) => candidate.id === issue.edgeId) : undefined;
  const target = edge ? graph.steps.find((candidate) => candidate.id === edge.target) : undefined;
  const params = issue.params ?? {};
  const count = Number(params.count ?? 0);
  const max = Number(params.max ?? 0);
  return formatMessage(messages.designer.issueMessages[issue.code] ?? issue.message, {
    // Titles, names and labels are user text: isolated, so a right-to-left override stays inside its name.
    title: isolate(step?.title ?? ''),
    target: isolate(String(params.target ?? target?.title ?? '')),
    output: isolate(outputLabel(messages, String(params.output ?? edge?.output ?? ''))),
    first: isolate(String(params.first ?? '')),
    second: isolate(String(params.second ?? '')),
    count,
    max,
    over: Math.max(count - max, 0),
    field: String(params.field ?? ''),
  });
}
