import { UNKNOWN_CALLER } from '@sona-designer/core';

/** The engine records "Unknown caller" in English; people read it in their language. */
export function callerName(caller: string, unknownCaller: string): string {
  return caller === '' || caller === UNKNOWN_CALLER ? unknownCaller : caller;
}
