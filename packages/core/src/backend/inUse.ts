import { DesignerError } from '../errors';
import type { UsagePlace } from '../rules/jobUsage';

/**
 * Throws `IN_USE` (with every place) when a job or knowledge page about to be deleted is still used by a draft or
 * published Sona step. `noun` is "job" or "knowledge page".
 */
export function refuseInUse(noun: string, places: UsagePlace[]): void {
  if (places.length === 0) return;
  const flowCount = new Set(places.map((place) => place.callFlowId)).size;
  throw new DesignerError(
    'IN_USE',
    `This ${noun} is used by ${places.length} Sona step${places.length === 1 ? '' : 's'} in ${flowCount} call flow${flowCount === 1 ? '' : 's'}. Detach it there and publish, then delete it.`,
    { places },
  );
}
