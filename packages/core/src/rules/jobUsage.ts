import type { CallFlow } from '../model/callFlow';
import type { FlowGraph, SonaStep } from '../model/graph';

/** One Sona step that uses a job or knowledge page, and whether it does so in the draft, the published flow, or both. */
export interface UsagePlace {
  callFlowId: string;
  callFlowName: string;
  stepId: string;
  stepTitle: string;
  inDraft: boolean;
  inPublished: boolean;
}

type UsageFlow = Pick<CallFlow, 'id' | 'name' | 'draft' | 'published'>;

function usagePlaces(flows: readonly UsageFlow[], uses: (step: SonaStep) => boolean): UsagePlace[] {
  const places: UsagePlace[] = [];
  for (const flow of flows) {
    const byStep = new Map<string, UsagePlace>();
    const visit = (graph: FlowGraph, where: 'inDraft' | 'inPublished') => {
      for (const step of graph.steps) {
        if (step.kind !== 'sona' || !uses(step)) continue;
        let place = byStep.get(step.id);
        if (!place) {
          place = {
            callFlowId: flow.id,
            callFlowName: flow.name,
            stepId: step.id,
            stepTitle: step.title,
            inDraft: false,
            inPublished: false,
          };
          byStep.set(step.id, place);
        }
        place[where] = true;
        // The draft's title is the one the person sees in the designer.
        if (where === 'inDraft') place.stepTitle = step.title;
      }
    };
    if (flow.published) visit(flow.published.graph, 'inPublished');
    visit(flow.draft, 'inDraft');
    places.push(...byStep.values());
  }
  return places;
}

/** Every Sona step of every flow that uses the job, in the draft and in the published version. */
export function jobUsage(jobId: string, flows: readonly UsageFlow[]): UsagePlace[] {
  return usagePlaces(flows, (step) => step.jobIds.includes(jobId));
}

/** Every Sona step of every flow that uses the knowledge page. */
export function knowledgeUsage(knowledgeId: string, flows: readonly UsageFlow[]): UsagePlace[] {
  return usagePlaces(flows, (step) => step.knowledgeIds.includes(knowledgeId));
}

/** "used by 3 steps in 2 call flows": the counts an impact warning shows. */
export function summarizeUsage(places: readonly UsagePlace[]): { steps: number; callFlows: number } {
  return { steps: places.length, callFlows: new Set(places.map((place) => place.callFlowId)).size };
}

/** How many Sona steps (draft or published) use each job, for sorting a library by "most used". */
export function usageCounts(flows: readonly UsageFlow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const flow of flows) {
    const steps = new Map<string, Set<string>>();
    for (const graph of flow.published ? [flow.draft, flow.published.graph] : [flow.draft]) {
      for (const step of graph.steps) {
        if (step.kind !== 'sona') continue;
        for (const jobId of step.jobIds) {
          const seen = steps.get(jobId) ?? new Set<string>();
          seen.add(step.id);
          steps.set(jobId, seen);
        }
      }
    }
    for (const [jobId, seen] of steps) counts.set(jobId, (counts.get(jobId) ?? 0) + seen.size);
  }
  return counts;
}
