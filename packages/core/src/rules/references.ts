import type { FlowGraph } from '../model/graph';

/** A job or knowledge page a Sona step attaches that does not exist (never did, or was deleted since). */
export interface MissingReference {
  stepId: string;
  stepTitle: string;
  kind: 'job' | 'knowledge';
  /** The id the step names. */
  id: string;
  /** Where, from the graph: `['steps', 2, 'jobIds', 0]`. */
  path: (string | number)[];
  /** For people, in English: names the step and the id, and says what to do. */
  message: string;
}

/** What exists in the workspace, asked one id at a time (an adapter answers from its store). */
export interface ReferenceLookup {
  job(id: string): boolean;
  knowledge(id: string): boolean;
}

/**
 * The attachments of a graph's Sona steps that name nothing: a draft holding one could not be published, exported and
 * imported back. Adapters refuse such a draft (and the restore of a revision that attaches something deleted since)
 * with `VALIDATION`; `@sona-designer/core/io` reports the same for a file.
 */
export function missingReferences(graph: FlowGraph, exists: ReferenceLookup): MissingReference[] {
  const missing: MissingReference[] = [];
  graph.steps.forEach((step, stepIndex) => {
    if (step.kind !== 'sona') return;
    const check = (key: 'jobIds' | 'knowledgeIds', kind: MissingReference['kind'], noun: string) => {
      step[key].forEach((id, index) => {
        if (exists[kind](id)) return;
        missing.push({
          stepId: step.id,
          stepTitle: step.title,
          kind,
          id,
          path: ['steps', stepIndex, key, index],
          message: `The ${noun} “${id}” attached to “${step.title}” does not exist (it may have been deleted): detach it from the step.`,
        });
      });
    };
    check('jobIds', 'job', 'job');
    check('knowledgeIds', 'knowledge', 'knowledge page');
  });
  return missing;
}
