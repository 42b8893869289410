// Baseline: bare React Flow with its default nodes on the same graph, controlled the way its docs show.
import '@xyflow/react/dist/style.css';
import {
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  ReactFlow,
} from '@xyflow/react';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type CanvasBench, canvasRendered, emptyPoint, logChanges, nearestToMiddle } from './benchApi';
import { benchGraph, initialFitView } from './canvasGraph';

interface BareCanvasProps {
  initialNodes: Node[];
  initialEdges: Edge[];
  cull: boolean;
  fitViewOptions: ReturnType<typeof initialFitView>;
}

function BareCanvas({ initialNodes, initialEdges, cull, fitViewOptions }: BareCanvasProps) {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );
  // The workspace's PostCSS scopes React Flow's stylesheet under .sona-root, as our package ships it (see
  // postcss.config.mjs): without the class, React Flow's own rules would not apply here.
  return (
    <div className="sona-root" style={{ height: '100vh' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onlyRenderVisibleElements={cull}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.1}
        maxZoom={1.75}
      />
    </div>
  );
}

export function createBench(root: HTMLElement, params: URLSearchParams): CanvasBench {
  const graph = benchGraph(params, []);
  const cull = params.get('cull') === '1';
  const initialNodes: Node[] = graph.steps.map((step) => ({
    id: step.id,
    position: step.position,
    data: { label: step.title },
  }));
  const initialEdges: Edge[] = graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
  }));
  const fitViewOptions = initialFitView(graph);

  return {
    async mount() {
      const changes = logChanges(root, () => canvasRendered().edges > 0);
      const start = performance.now();
      createRoot(root).render(
        <BareCanvas
          initialNodes={initialNodes}
          initialEdges={initialEdges}
          cull={cull}
          fitViewOptions={fitViewOptions}
        />,
      );
      const last = await changes.settled(200, 'Drawing the canvas');
      changes.stop();
      return last.frameDoneAt - start;
    },
    dragPoint() {
      const pane = root.querySelector('.react-flow');
      const node = pane && nearestToMiddle(pane.querySelectorAll('.react-flow__node'), pane);
      if (!node) throw new Error('No node in view to drag.');
      const box = node.getBoundingClientRect();
      return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
    },
    panPoint() {
      const pane = root.querySelector('.react-flow');
      if (!pane) throw new Error('The canvas is not mounted.');
      return emptyPoint(pane, 'react-flow__pane');
    },
    rendered: canvasRendered,
    graph: { steps: graph.steps.length, edges: graph.edges.length },
  };
}
