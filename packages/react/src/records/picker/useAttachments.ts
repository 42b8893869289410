import { useFlow } from '../../state';

const NO_IDS: readonly string[] = [];

/** The jobs attached to a Sona step of the draft, in order (a stable array while the step is unchanged). */
export function useAttachedJobIds(stepId: string): readonly string[] {
  return useFlow((state) => {
    const step = state.stepsById[stepId];
    return step?.kind === 'sona' ? step.jobIds : NO_IDS;
  });
}

/** The knowledge pages attached to a Sona step of the draft. */
export function useAttachedKnowledgeIds(stepId: string): readonly string[] {
  return useFlow((state) => {
    const step = state.stepsById[stepId];
    return step?.kind === 'sona' ? step.knowledgeIds : NO_IDS;
  });
}

/** Whether attachments can change: the flow is loaded, editable, and the step is a Sona step. */
export function useCanEditAttachments(stepId: string): boolean {
  return useFlow(
    (state) => !state.readOnly && state.loadState === 'ready' && state.stepsById[stepId]?.kind === 'sona',
  );
}
