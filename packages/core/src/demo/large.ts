import type { CallFlow, WorkspaceData } from '..';
import { generateJobs } from './generatedJobs';
import { largeFlowGraph } from './largeFlow';
import { demoWorkspace } from './workspace';

/** The id of the "Large flow" that `largeWorkspace` adds to the demo workspace. */
export const LARGE_FLOW_ID = 'flow-large';

/** How large `largeWorkspace` makes the workspace. */
export interface LargeWorkspaceOptions {
  /** Jobs in the library, the demo's own included (10,000 by default). */
  jobs?: number;
  /** Steps of the "Large flow" (500 by default, 7 to 515). */
  steps?: number;
}

/**
 * The demo workspace grown to show the components at scale: its library filled up to `jobs` generated jobs (some
 * with instructions at the 10,000-character limit) and a "Large flow" of `steps` steps. Always the same data.
 */
export function largeWorkspace({ jobs = 10_000, steps = 500 }: LargeWorkspaceOptions = {}): WorkspaceData {
  const demoJobs = demoWorkspace.jobs ?? [];
  const generated = generateJobs(Math.max(0, jobs - demoJobs.length));
  const stamp = '2026-02-05T09:00:00.000Z';
  const flow: CallFlow = {
    id: LARGE_FLOW_ID,
    name: 'Large flow',
    phoneNumber: '+15145550100',
    version: 1,
    draft: largeFlowGraph(steps, generated.length),
    published: null,
    revisions: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
  return {
    jobs: [...demoJobs, ...generated],
    knowledge: demoWorkspace.knowledge ?? [],
    callFlows: [...(demoWorkspace.callFlows ?? []), flow],
    callSummaries: demoWorkspace.callSummaries ?? [],
    testCases: demoWorkspace.testCases ?? [],
  };
}
