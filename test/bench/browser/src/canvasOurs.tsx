// Our canvas (FlowCanvas inside its providers) on the generated flow, with a render counter on the step nodes.
import '@sona-designer/react/styles.css';
import { DesignerProvider, FlowCanvas, FlowProvider } from '@sona-designer/react';
import { createRoot } from 'react-dom/client';
import type { CallFlow } from '../../../../packages/core/src/index';
import { createInMemoryAdapter } from '../../../../packages/core/src/memory/index';
import { StepNodeRenderProbe } from '../../../../packages/react/src/canvas/stepNode/renderProbe';
import { generateJobs } from '../../../../packages/react/src/test/jobsFixtures';
import { type CanvasBench, canvasRendered, emptyPoint, logChanges, nearestToMiddle } from './benchApi';
import { benchGraph } from './canvasGraph';

const FLOW_ID = 'flow-bench';
const STAMP = '2026-02-01T09:00:00.000Z';

export function createBench(root: HTMLElement, params: URLSearchParams): CanvasBench {
  const jobs = generateJobs(400);
  const graph = benchGraph(
    params,
    jobs.map((job) => job.id),
  );
  const flow: CallFlow = {
    id: FLOW_ID,
    name: 'Benchmark flow',
    version: 1,
    draft: graph,
    published: null,
    revisions: [],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  const adapter = createInMemoryAdapter({ seed: { jobs, callFlows: [flow] } });
  const renders = new Map<string, number>();
  let total = 0;
  const count = (stepId: string) => {
    total++;
    renders.set(stepId, (renders.get(stepId) ?? 0) + 1);
  };

  return {
    async mount() {
      const changes = logChanges(root, () => canvasRendered().edges > 0);
      const start = performance.now();
      createRoot(root).render(
        <DesignerProvider adapter={adapter}>
          {/* Saving waits an hour: a save in the middle of a measured drag would blur the figures. */}
          <FlowProvider flowId={FLOW_ID} saveDelayMs={3_600_000}>
            <StepNodeRenderProbe.Provider value={count}>
              <FlowCanvas height="100vh" />
            </StepNodeRenderProbe.Provider>
          </FlowProvider>
        </DesignerProvider>,
      );
      const last = await changes.settled(200, 'Drawing the canvas');
      changes.stop();
      return last.frameDoneAt - start;
    },
    dragPoint() {
      const pane = root.querySelector('.react-flow');
      const node = pane && nearestToMiddle(pane.querySelectorAll('.react-flow__node'), pane);
      if (!node) throw new Error('No node in view to drag.');
      // The header: away from the handles, which start connections instead.
      const box = node.getBoundingClientRect();
      return { x: Math.round(box.left + 40), y: Math.round(box.top + 20) };
    },
    panPoint() {
      const pane = root.querySelector('.react-flow');
      if (!pane) throw new Error('The canvas is not mounted.');
      return emptyPoint(pane, 'react-flow__pane');
    },
    rendered: canvasRendered,
    graph: { steps: graph.steps.length, edges: graph.edges.length },
    renders: {
      reset() {
        renders.clear();
        total = 0;
      },
      read: () => ({ total, distinct: renders.size }),
    },
  };
}
