import { createStep, type DesignerAdapter } from '@sona-designer/core';
import { demoWorkspace, JOB_IDS, KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';

const STAMP = '2026-02-01T09:00:00.000Z';

/** For stories and tests: a flow whose Sona step uses a job and a page deleted from the workspace. */
export function missingJobAdapter(): DesignerAdapter {
  const sona = {
    ...createStep('sona', 'sona', { x: 0, y: 0 }, 'Front desk'),
    jobIds: ['job-deleted', JOB_IDS.takeMessage],
    knowledgeIds: [KNOWLEDGE_IDS.prices, 'kb-deleted'],
  };
  return createInMemoryAdapter({
    seed: {
      ...demoWorkspace,
      callFlows: [
        {
          id: 'flow-missing',
          name: 'Missing references',
          version: 1,
          draft: { steps: [sona], edges: [] },
          published: null,
          revisions: [],
          createdAt: STAMP,
          updatedAt: STAMP,
        },
      ],
    },
  });
}
