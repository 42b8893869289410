import type { SonaStep } from '../../../model/graph';
import type { Job } from '../../../model/job';
import type { KnowledgePage } from '../../../model/knowledge';
import { simulatedStepFrom } from '../sonaStep';
import type { SimulatedSonaStep } from '../types';

// `toSimulatedSonaStep` indexes the workspace's jobs and pages for each step it resolves: for a batch, once per
// call, against the same lists. Here each list's index is kept, with a copy of the list and its ids to notice a host
// that changed it in place (added, removed, replaced or renamed an item). Not in `sonaStep.ts`: that one is part of
// the package's main entry, whose size is budgeted.
interface Lookup {
  readonly items: readonly { id: string }[];
  readonly ids: readonly string[];
  readonly byId: ReadonlyMap<string, unknown>;
}
const lookups = new WeakMap<readonly { id: string }[], Lookup>();

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  const known = lookups.get(items);
  if (
    known &&
    known.items.length === items.length &&
    known.items.every((item, i) => item === items[i] && item.id === known.ids[i])
  )
    return known.byId as ReadonlyMap<string, T>;
  const map = new Map(items.map((item) => [item.id, item]));
  lookups.set(items, { items: [...items], ids: items.map((item) => item.id), byId: map });
  return map;
}

/** The same as `toSimulatedSonaStep` (new objects every time, as results hold them), for batches. */
export function resolveSonaStep(
  step: SonaStep,
  jobs: readonly Job[],
  knowledge: readonly KnowledgePage[],
): SimulatedSonaStep {
  return simulatedStepFrom(step, byId(jobs), byId(knowledge));
}
