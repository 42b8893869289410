import type { JobInput } from '../model/job';
import type { JobTemplate } from './types';

/** The job a person starts from when they pick a template; `templateId` records where it came from. */
export function templateToJobInput(template: JobTemplate): JobInput {
  return {
    name: template.name,
    description: template.description,
    trigger: template.trigger,
    instructions: template.instructions,
    templateId: template.id,
  };
}
