import {
  DesignerError,
  type DesignerErrorCode,
  type DesignerErrorDetails,
  isDesignerError,
  type WorkspaceData,
} from '@sona-designer/core';
import type { InMemoryCommit } from '@sona-designer/core/memory';
import type { WriteMethod } from './adapterMethods';

/** A tab, as the others know it: the oldest one holds the workspace. */
export interface TabInfo {
  id: string;
  startedAt: number;
}

export interface SerializedError {
  code: DesignerErrorCode;
  message: string;
  details: DesignerErrorDetails;
}

/** What tabs of the demo say to each other on their BroadcastChannel. `to` names the one tab a reply is for. */
export type TabMessage =
  | { type: 'hello'; from: TabInfo }
  | { type: 'here'; from: TabInfo; to: string }
  | { type: 'bye'; from: string }
  | { type: 'snapshot-request'; from: string; to: string }
  | { type: 'snapshot'; from: string; to: string; workspace: WorkspaceData }
  | { type: 'commit'; from: string; commit: InMemoryCommit }
  | { type: 'write'; from: string; to: string; requestId: number; method: WriteMethod; args: unknown[] }
  | { type: 'result'; from: string; to: string; requestId: number; value: unknown }
  | { type: 'failure'; from: string; to: string; requestId: number; error: SerializedError };

/** Oldest first; ties (two tabs opened in the same millisecond) go by id, so every tab agrees. */
export function compareAge(a: TabInfo, b: TabInfo): number {
  return a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A DesignerError keeps its code and details through a message (structured clone would drop them). */
export function serializeError(error: unknown): SerializedError {
  if (isDesignerError(error)) {
    return {
      code: error.code,
      message: error.message,
      details: {
        fieldErrors: error.fieldErrors,
        problems: error.problems,
        current: error.current,
        places: error.places,
        issues: error.issues,
        testFailures: error.testFailures,
      },
    };
  }
  return {
    code: 'UNAVAILABLE',
    message: error instanceof Error ? error.message : 'The other tab could not store this change: try again.',
    details: {},
  };
}

export function deserializeError({ code, message, details }: SerializedError): DesignerError {
  return new DesignerError(code, message, details);
}
