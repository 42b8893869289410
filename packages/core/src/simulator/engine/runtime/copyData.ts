import type { SimulationState } from '../types';

// A turn works on its own copy of the state, so turns stay pure and replayable. structuredClone made that copy, but
// it serialises through a generic algorithm that cost more than the rest of a short turn; the state is plain JSON
// data (the `SimulationState` contract), which a plain walk copies several times faster.

/** Deeper than any state the engine writes: past it, the data is probably cyclic, which structuredClone handles. */
const MAX_DEPTH = 64;

class TooDeep extends Error {}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) {
    const array: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) array[i] = copy(value[i], depth + 1);
    return array;
  }
  // A Date, a Map or a class instance a host left in `memory`: exactly as structuredClone copies (or refuses) it.
  if (!isPlainObject(value)) return structuredClone(value);
  const object: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    object[key] = copy((value as Record<string, unknown>)[key], depth + 1);
  return object;
}

/**
 * A deep copy of JSON-shaped data, equal to what `structuredClone` gives. Unlike it, an object reached twice is
 * copied twice: nothing in a state relies on two paths leading to one object.
 */
export function copyData<T>(value: T): T {
  try {
    return copy(value, 0) as T;
  } catch (error) {
    if (error instanceof TooDeep) return structuredClone(value);
    throw error;
  }
}

/** A deep copy of a state without its `memory` (left empty, in its place), which the turn copies on its own. */
export function copyStateWithoutMemory(state: SimulationState): SimulationState {
  const object: Record<string, unknown> = {};
  for (const key of Object.keys(state)) {
    object[key] = key === 'memory' ? {} : copyData((state as unknown as Record<string, unknown>)[key]);
  }
  return object as unknown as SimulationState;
}
