import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';
import { useFlow, useFlowStoreApi } from '../state';
import { estimateStepHeight, stepNodeWidth } from './nodeSize';

const MAX_FRAMES = 30;

/** When something asks to show a step (`focusStep`), centre the view on it and move keyboard focus to its node. */
export function useFocusRequest(wrapper: RefObject<HTMLElement | null>) {
  const store = useFlowStoreApi();
  const request = useFlow((state) => state.focusRequest);
  const { setCenter, getInternalNode, getZoom } = useReactFlow();

  useEffect(() => {
    if (!request) return;
    const { stepId } = request;
    let frame = 0;
    let attempts = 0;
    const focusNode = () => {
      const element = wrapper.current?.querySelector<HTMLElement>(
        `.react-flow__node[data-id="${CSS.escape(stepId)}"]`,
      );
      // A node React Flow has not measured yet is hidden and cannot take focus: try again next frame.
      element?.focus({ preventScroll: true });
      if ((!element || document.activeElement !== element) && attempts++ < MAX_FRAMES) {
        frame = requestAnimationFrame(focusNode);
      }
    };
    // One frame first, so a step added in the same tick is known to React Flow.
    frame = requestAnimationFrame(() => {
      const step = store.getState().stepsById[stepId];
      if (!step) return;
      const measured = getInternalNode(stepId)?.measured;
      const width = measured?.width ?? stepNodeWidth(step);
      const height = measured?.height ?? estimateStepHeight(step);
      void setCenter(step.position.x + width / 2, step.position.y + height / 2, {
        zoom: Math.max(getZoom(), 0.75),
        duration: 200,
      });
      focusNode();
    });
    return () => cancelAnimationFrame(frame);
  }, [request, store, wrapper, setCenter, getInternalNode, getZoom]);
}
