import { DesignerError } from '../errors';
import type { CallFlow, Revision } from '../model/callFlow';
import { hasErrors, type ValidateGraphContext, validateGraph } from '../rules/validateGraph';

/**
 * Throws `INVALID_GRAPH` (with the blocking issues) when the flow's draft cannot be published: `validateGraph`
 * reports errors with the workspace's jobs and knowledge pages as `context`.
 */
export function refuseUnpublishable(
  flow: Pick<CallFlow, 'name' | 'draft'>,
  context: Pick<ValidateGraphContext, 'jobs' | 'knowledge'>,
): void {
  const issues = validateGraph(flow.draft, context);
  if (!hasErrors(issues)) return;
  const errors = issues.filter((issue) => issue.severity === 'error');
  throw new DesignerError(
    'INVALID_GRAPH',
    `“${flow.name}” cannot be published yet: ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix first. ${errors[0]?.message ?? ''}`.trim(),
    { issues: errors },
  );
}

/** The revision a publish creates: the next number after the published one, a copy of the draft, the time. */
export function nextRevision(flow: Pick<CallFlow, 'draft' | 'published'>, publishedAt: string): Revision {
  return {
    revision: (flow.published?.revision ?? 0) + 1,
    graph: structuredClone(flow.draft),
    publishedAt,
  };
}
