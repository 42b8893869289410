import type { DesignerAdapter } from '@sona-designer/core';

/**
 * Every method of `DesignerAdapter`, sorted by what sharing a workspace between tabs does with it: reads are answered
 * by this tab's copy, writes by the one tab that holds the workspace. A method added to the interface fails to
 * compile here until it is sorted, so a new write can never skip the tab that orders writes.
 */
export const METHOD_KINDS = {
  listJobs: 'read',
  getJob: 'read',
  createJob: 'write',
  updateJob: 'write',
  deleteJob: 'write',
  getJobUsage: 'read',
  listTemplates: 'read',
  listKnowledge: 'read',
  getKnowledge: 'read',
  createKnowledge: 'write',
  updateKnowledge: 'write',
  deleteKnowledge: 'write',
  getKnowledgeUsage: 'read',
  listCallFlows: 'read',
  getCallFlow: 'read',
  createCallFlow: 'write',
  saveDraft: 'write',
  publishCallFlow: 'write',
  listRevisions: 'read',
  restoreRevision: 'write',
  listCallSummaries: 'read',
  recordCallSummary: 'write',
  listTestCases: 'read',
  createTestCase: 'write',
  updateTestCase: 'write',
  deleteTestCase: 'write',
  exportWorkspace: 'read',
  importWorkspace: 'write',
  subscribe: 'listener',
} as const satisfies Record<keyof DesignerAdapter, 'read' | 'write' | 'listener'>;

export type AdapterMethod = Exclude<keyof DesignerAdapter, 'subscribe'>;
export type WriteMethod = {
  [Name in AdapterMethod]: (typeof METHOD_KINDS)[Name] extends 'write' ? Name : never;
}[AdapterMethod];

type AnyCall = (...args: unknown[]) => Promise<unknown>;

/** Calls `adapter`'s method by name (the arguments came through a message, so they are not typed). */
export function callMethod(adapter: DesignerAdapter, name: AdapterMethod, args: unknown[]): Promise<unknown> {
  return (adapter[name] as AnyCall).apply(adapter, args);
}

/** An adapter whose every method (not `subscribe`) runs through `wrap`. */
export function wrapMethods(
  adapter: DesignerAdapter,
  wrap: (name: AdapterMethod, args: unknown[]) => Promise<unknown>,
): DesignerAdapter {
  const wrapped: Record<string, unknown> = { subscribe: adapter.subscribe };
  for (const name of Object.keys(METHOD_KINDS) as Array<keyof typeof METHOD_KINDS>) {
    if (name !== 'subscribe') wrapped[name] = (...args: unknown[]) => wrap(name, args);
  }
  return wrapped as unknown as DesignerAdapter;
}
