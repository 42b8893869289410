import { setPositions } from '@sona-designer/core/edits';
import { useReactFlow } from '@xyflow/react';
import { useFlowStoreApi, useMessages } from '../../state';
import { layoutGraph, type Size } from '../autoLayout';

/** Lays the flow out from top to bottom as one undoable change, then fits it to the screen. */
export function TidyUpButton() {
  const messages = useMessages();
  const store = useFlowStoreApi();
  const { getNodes, fitView } = useReactFlow();

  const tidyUp = () => {
    const sizes: Record<string, Size> = {};
    for (const node of getNodes()) {
      if (node.measured?.width && node.measured.height) {
        sizes[node.id] = { width: node.measured.width, height: node.measured.height };
      }
    }
    store
      .getState()
      .change(messages.designer.historyLabels.autoLayout, (graph) =>
        setPositions(graph, layoutGraph(graph, { sizes })),
      );
    // Wait for React Flow to take the new positions before fitting them.
    requestAnimationFrame(() => void fitView({ padding: 0.15, duration: 300, maxZoom: 1 }));
  };

  return (
    <button type="button" className="sona-button sona-canvas-tidy" onClick={tidyUp}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <g fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round">
          <rect x="5.5" y="1.5" width="5" height="3.5" rx="1" />
          <rect x="1.5" y="11" width="5" height="3.5" rx="1" />
          <rect x="9.5" y="11" width="5" height="3.5" rx="1" />
          <path d="M8 5v3M4 11V8h8v3" />
        </g>
      </svg>
      {messages.canvas.tidyUp}
    </button>
  );
}
