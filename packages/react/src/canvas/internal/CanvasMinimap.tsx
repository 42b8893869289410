import type { StepKind } from '@sona-designer/core';
import { Panel, type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import { useFlowStoreApi } from '../../state';
import { estimateStepHeight, stepNodeWidth } from '../nodeSize';
import type { StepFlowNode } from '../stepNode/types';
import { MINIMAP_SIZE } from './minimapSize';

const WIDTH = MINIMAP_SIZE.width;
const HEIGHT = MINIMAP_SIZE.height;
/** Room around the flow, in minimap pixels. */
const OFFSET = 5;
const WHEEL_ZOOM = 1.2;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the flow in view, in flow coordinates. */
const selectView = (state: ReactFlowState): Box => {
  const [x, y, zoom] = state.transform;
  return { x: -x / zoom, y: -y / zoom, width: state.width / zoom, height: state.height / zoom };
};

function union(a: Box | null, b: Box): Box {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** The props of `CanvasMinimap`. */
export interface CanvasMinimapProps {
  /** The canvas's nodes, as React Flow measured them. */
  nodes: readonly StepFlowNode[];
  /** The minimap's accessible name. */
  label: string;
}

/**
 * The overview in the corner: every step as a rectangle coloured by kind and the part in view. React Flow's own
 * minimap renders and subscribes one component per node, which costs every pointer move of a large flow; here
 * each kind is one SVG path, rebuilt only when the nodes change. Press or drag in it to move the view there; the
 * wheel zooms.
 */
export function CanvasMinimap({ nodes, label }: CanvasMinimapProps) {
  const store = useFlowStoreApi();
  const { setCenter, getZoom, zoomTo } = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);

  const { paths, bounds } = useMemo(() => {
    const { stepsById } = store.getState();
    const byKind = new Map<StepKind, string[]>();
    let all: Box | null = null;
    for (const node of nodes) {
      const step = stepsById[node.id];
      if (!step) continue;
      const width = node.measured?.width ?? stepNodeWidth(step);
      const height = node.measured?.height ?? estimateStepHeight(step);
      const { x, y } = node.position;
      const list = byKind.get(step.kind) ?? [];
      list.push(
        `M${Math.round(x)} ${Math.round(y)}h${Math.round(width)}v${Math.round(height)}h${-Math.round(width)}z`,
      );
      byKind.set(step.kind, list);
      all = union(all, { x, y, width, height });
    }
    return { paths: [...byKind].map(([kind, parts]) => ({ kind, d: parts.join('') })), bounds: all };
  }, [nodes, store]);

  const view = useStore(selectView, shallow);
  const shown = union(bounds, view);
  const scale = Math.max(shown.width / WIDTH, shown.height / HEIGHT) || 1;
  const offset = OFFSET * scale;
  const box = {
    x: shown.x - (WIDTH * scale - shown.width) / 2 - offset,
    y: shown.y - (HEIGHT * scale - shown.height) / 2 - offset,
    width: WIDTH * scale + offset * 2,
    height: HEIGHT * scale + offset * 2,
  };

  function moveViewTo(event: PointerEvent<SVGSVGElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = box.x + ((event.clientX - rect.left) / rect.width) * box.width;
    const y = box.y + ((event.clientY - rect.top) / rect.height) * box.height;
    void setCenter(x, y, { zoom: getZoom() });
  }

  // Not a React handler: React listens to wheel passively, and the page must not scroll under the overview.
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      void zoomTo(getZoom() * (event.deltaY < 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomTo, getZoom]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap" style={{ width: WIDTH, height: HEIGHT }}>
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={label}
        onPointerDown={(event) => {
          dragging.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          moveViewTo(event);
        }}
        onPointerMove={(event) => {
          if (dragging.current) moveViewTo(event);
        }}
        onPointerUp={() => {
          dragging.current = false;
        }}
        onPointerCancel={() => {
          dragging.current = false;
        }}
      >
        {paths.map(({ kind, d }) => (
          <path key={kind} className={`react-flow__minimap-node sona-flow-node--${kind}`} d={d} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${box.x - offset},${box.y - offset}h${box.width + offset * 2}v${box.height + offset * 2}h${-box.width - offset * 2}z
M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}
