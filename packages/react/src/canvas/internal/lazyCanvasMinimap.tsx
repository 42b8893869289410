import { Panel } from '@xyflow/react';
import { lazySurface } from '../../ui';
import type { CanvasMinimapProps } from './CanvasMinimap';
import { MINIMAP_SIZE } from './minimapSize';

/** The minimap's frame, empty, while its code loads: the same size, so nothing moves when it arrives. */
function MinimapPlaceholder(_props: CanvasMinimapProps) {
  return (
    <Panel position="bottom-right" className="react-flow__minimap" style={MINIMAP_SIZE} aria-hidden="true" />
  );
}

/**
 * The minimap, loaded a moment after the canvas: it helps to find one's way in a large flow but is not needed for
 * the first paint, so its code stays out of the designer's first download.
 */
export const LazyCanvasMinimap = /* @__PURE__ */ lazySurface(
  { name: 'CanvasMinimap', load: () => import('./CanvasMinimap').then((module) => module.CanvasMinimap) },
  MinimapPlaceholder,
);
