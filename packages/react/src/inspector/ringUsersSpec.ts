import { type RingUsersStep, RingUsersStepSchema } from '@sona-designer/core';
import type { StepFormSpec } from './useStepForm';

export interface RingUsersValues {
  title: string;
  strategy: RingUsersStep['strategy'];
  targets: RingUsersStep['targets'];
  batchSize: number;
  groups: RingUsersStep['groups'];
  ringSeconds: number;
}

export const ringUsersSpec: StepFormSpec<RingUsersStep, RingUsersValues> = {
  schema: RingUsersStepSchema.pick({
    title: true,
    strategy: true,
    targets: true,
    batchSize: true,
    groups: true,
    ringSeconds: true,
  }),
  toValues: (step) => ({
    title: step.title,
    strategy: step.strategy,
    targets: step.targets,
    batchSize: step.batchSize,
    groups: step.groups,
    ringSeconds: step.ringSeconds,
  }),
};

/** A readable id for a new person, unique in the step: `person-marc-dupont`, `person-marc-dupont-2`. */
export function targetId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'someone';
  let id = `person-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `person-${slug}-${n}`;
  return id;
}
