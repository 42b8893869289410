import { DesignerError } from '../errors';

/** The `NOT_FOUND` error for a job or knowledge page (`noun`: "job", "knowledge page"). */
export function entityNotFound(noun: string): DesignerError {
  return new DesignerError('NOT_FOUND', `This ${noun} no longer exists: someone may have deleted it.`);
}

/** The `CONFLICT` error for a write to a job or knowledge page based on a stale version; carries a copy of it. */
export function entityConflict(
  noun: string,
  current: { version: number },
  expectedVersion: number,
): DesignerError {
  return new DesignerError(
    'CONFLICT',
    `Someone else changed this ${noun} (now version ${current.version}, you edited version ${expectedVersion}). Compare the two before saving.`,
    { current: structuredClone(current) },
  );
}

/**
 * The fields of a parsed patch that change the entity (undefined fields left out), or `null` when nothing changes:
 * such an update keeps the version and emits no event.
 */
export function changedFields(current: object, parsedPatch: object): Record<string, unknown> | null {
  const changes = Object.fromEntries(Object.entries(parsedPatch).filter(([, value]) => value !== undefined));
  const changed = Object.entries(changes).some(
    ([key, value]) => (current as Record<string, unknown>)[key] !== value,
  );
  return changed ? changes : null;
}
