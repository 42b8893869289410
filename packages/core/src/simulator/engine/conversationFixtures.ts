// Steps for the engine's tests: templates and demo steps as the simulator sees them (not exported by the package).
import { callFlows } from '../../demo/callFlows';
import { jobs } from '../../demo/jobs';
import { knowledge } from '../../demo/knowledge';
import { findStep } from '../../model/steps';
import { getJobTemplate } from '../../templates';
import type { TemplateLocale } from '../../templates/types';
import { toSimulatedSonaStep } from './sonaStep';
import type { SimulatedJob, SimulatedKnowledgePage, SimulatedSonaStep } from './types';

/** A built-in template as an attached job; `edit` changes its instructions as a person would in the editor. */
export function templateJob(
  id: string,
  locale: TemplateLocale,
  edit: (instructions: string) => string = (text) => text,
): SimulatedJob {
  const template = getJobTemplate(id, locale);
  if (!template) throw new Error(`No template “${id}”.`);
  return {
    id: `job-${id}-${locale}`,
    name: template.name,
    description: template.description,
    trigger: template.trigger,
    instructions: edit(template.instructions),
  };
}

export function sonaStep(
  jobs: SimulatedJob[],
  knowledgePages: SimulatedKnowledgePage[] = [],
  greeting = '',
): SimulatedSonaStep {
  return {
    stepId: 'sona-test',
    title: 'Test',
    greeting,
    jobs,
    knowledge: knowledgePages,
    conversationHistory: true,
  };
}

/** A Sona step of the demo workspace, from a flow's draft or published version. */
export function demoStep(
  flowId: string,
  stepId: string,
  source: 'draft' | 'published' = 'draft',
): SimulatedSonaStep {
  const flow = callFlows.find((candidate) => candidate.id === flowId);
  const graph = source === 'draft' ? flow?.draft : flow?.published?.graph;
  const step = graph ? findStep(graph, stepId) : undefined;
  if (step?.kind !== 'sona') throw new Error(`No Sona step “${stepId}” in the ${source} of “${flowId}”.`);
  return toSimulatedSonaStep(step, jobs, knowledge);
}

export const demoKnowledge: SimulatedKnowledgePage[] = knowledge.map(({ id, title, content }) => ({
  id,
  title,
  content,
}));
