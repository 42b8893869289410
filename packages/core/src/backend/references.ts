import { DesignerError } from '../errors';
import { toJsonPath } from '../io/problems';
import type { FlowGraph } from '../model/graph';
import { missingReferences, type ReferenceLookup } from '../rules/references';

/**
 * Throws `VALIDATION` when a Sona step of the graph attaches a job or knowledge page that does not exist, so a draft
 * can always be published, exported and imported back. `refusal` starts the message, e.g. "The draft could not be
 * saved"; `exists` answers from the backend's store.
 */
export function refuseMissingReferences(graph: FlowGraph, exists: ReferenceLookup, refusal: string): void {
  const missing = missingReferences(graph, exists);
  if (missing.length === 0) return;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
  throw new DesignerError('VALIDATION', `${refusal}: ${missing[0]?.message}${more}`, {
    problems: missing.map((reference) => ({
      path: toJsonPath(reference.path),
      message: reference.message,
    })),
  });
}

/** Every job id and knowledge page id the graph's Sona steps attach (what `refuseMissingReferences` will ask). */
export function attachedIds(graph: FlowGraph): { jobIds: string[]; knowledgeIds: string[] } {
  const jobIds = new Set<string>();
  const knowledgeIds = new Set<string>();
  for (const step of graph.steps) {
    if (step.kind !== 'sona') continue;
    for (const id of step.jobIds) jobIds.add(id);
    for (const id of step.knowledgeIds) knowledgeIds.add(id);
  }
  return { jobIds: [...jobIds], knowledgeIds: [...knowledgeIds] };
}
