import { LIMITS } from '@sona-designer/core';
import { type ReactFlowState, useReactFlow, useStore } from '@xyflow/react';
import { type FocusEvent, type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import { formatMessage, formatNumber, selectPlural } from '../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../state';
import {
  entryStep,
  type NavDirection,
  type NavGraph,
  outgoingEdges,
  stepInDirection,
} from './canvasNavigation';
import { estimateStepHeight, stepNodeWidth } from './nodeSize';
import { stepNodeName } from './stepNode/labels';

const MAX_FRAMES = 60;
/** Keep a focused step this far (px) from the canvas's edges, clear of the zoom controls, overview and Tidy up. */
const MARGIN = { top: 64, right: 64, bottom: 72, left: 64 };
/** The least zoom a step is brought into view at, so its text is readable. */
const READABLE_ZOOM = 0.6;

function nodeSelector(wrapper: RefObject<HTMLElement | null>, id: string) {
  return (
    wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null
  );
}

/**
 * Roving focus on the canvas: exactly one element of the canvas is in the tab order (the focused, else the selected,
 * else the first step), arrow keys move focus along the flow, and focus never rests on something off screen.
 */
export function useRovingFocus(wrapper: RefObject<HTMLElement | null>, large: boolean) {
  const store = useFlowStoreApi();
  const { locale, messages } = useDesigner();
  const { setCenter, getInternalNode, getViewport, fitView } = useReactFlow();
  const [current, setCurrent] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const frame = useRef(0);

  const stepIds = useFlow((state) => state.stepIds);
  const stepsById = useFlow((state) => state.stepsById);
  const selected = useFlow((state) =>
    state.selectedStepIds.length === 1 ? state.selectedStepIds[0] : undefined,
  );
  const tabStop = useMemo(() => {
    if (selected && stepsById[selected]) return selected;
    if (current && stepsById[current]) return current;
    return entryStep({ stepIds, stepsById, edges: [] });
  }, [selected, current, stepIds, stepsById]);

  // In a large flow only the nodes in view are drawn: when the tab stop is not, the canvas itself takes its place.
  const tabStopShown = useStore(
    useCallback(
      (state: ReactFlowState) => {
        if (!large || !tabStop) return true;
        const node = state.nodeLookup.get(tabStop);
        if (!node) return false;
        const [x, y, zoom] = state.transform;
        const left = node.internals.positionAbsolute.x * zoom + x;
        const top = node.internals.positionAbsolute.y * zoom + y;
        const right = left + (node.measured.width ?? 0) * zoom;
        const bottom = top + (node.measured.height ?? 0) * zoom;
        return right >= 0 && bottom >= 0 && left <= state.width && top <= state.height;
      },
      [large, tabStop],
    ),
  );

  const graph = useCallback((): NavGraph => {
    const state = store.getState();
    return {
      stepIds: state.stepIds,
      stepsById: state.stepsById,
      edges: state.draft.edges,
      width: (id) => getInternalNode(id)?.measured.width,
    };
  }, [store, getInternalNode]);

  /** Pans (at a readable zoom) so the step is on screen and clear of the panels; does nothing when it already is. */
  const reveal = useCallback(
    (stepId: string) => {
      const root = wrapper.current;
      const step = store.getState().stepsById[stepId];
      if (!root || !step) return;
      const measured = getInternalNode(stepId)?.measured;
      const width = measured?.width ?? stepNodeWidth(step);
      const height = measured?.height ?? estimateStepHeight(step);
      const { x, y, zoom } = getViewport();
      const left = step.position.x * zoom + x;
      const top = step.position.y * zoom + y;
      const fits =
        zoom >= READABLE_ZOOM &&
        left >= MARGIN.left &&
        top >= MARGIN.top &&
        left + width * zoom <= root.clientWidth - MARGIN.right &&
        top + Math.min(height * zoom, root.clientHeight / 2) <= root.clientHeight - MARGIN.bottom;
      if (fits) return;
      const nextZoom = Math.max(zoom, READABLE_ZOOM);
      // A step taller than the view shows its top (its title), not its middle.
      const centreY =
        height * nextZoom > root.clientHeight - MARGIN.top - MARGIN.bottom
          ? step.position.y + (root.clientHeight / 2 - MARGIN.top) / nextZoom
          : step.position.y + height / 2;
      void setCenter(step.position.x + width / 2, centreY, { zoom: nextZoom, duration: 150 });
    },
    [wrapper, store, getInternalNode, getViewport, setCenter],
  );

  const focusElement = useCallback(
    (find: () => HTMLElement | SVGElement | null) => {
      cancelAnimationFrame(frame.current);
      let frames = 0;
      const attempt = () => {
        const root = wrapper.current;
        const element = find();
        const current = document.activeElement;
        // Focus still ours: on the page (a node unmounted while the view moved), on the canvas, or (on the first try)
        // on the step or connection it leaves. Never taken back from anything the person moved on to (Tab, a click).
        const ours =
          !current ||
          current === document.body ||
          current === root ||
          current === element ||
          (frames === 0 && current.matches('.react-flow__node, .react-flow__edge'));
        if (ours && current !== element) {
          element?.focus({ preventScroll: true });
          // Until the node is drawn and measured, the canvas keeps focus so the next keys still reach its shortcuts.
          if (document.activeElement !== element) root?.focus({ preventScroll: true });
        }
        // Keep watching while the view pans: React Flow may draw the node late, or redraw it.
        if (ours && frames++ < MAX_FRAMES) frame.current = requestAnimationFrame(attempt);
      };
      attempt();
    },
    [wrapper],
  );

  const describeStep = useCallback(
    (stepId: string) => {
      const state = store.getState();
      const step = state.stepsById[stepId];
      if (!step) return '';
      const text = messages.canvas;
      const parts = [stepNodeName(messages, step)];
      if (step.kind === 'sona') {
        const count = step.jobIds.length;
        parts.push(
          formatMessage(selectPlural(locale, text.jobsCountSpoken, count), {
            count: formatNumber(locale, count),
            max: formatNumber(locale, LIMITS.jobsPerSonaStep),
          }),
        );
      }
      const out = outgoingEdges(graph(), stepId).length;
      parts.push(
        out === 0
          ? text.noConnectionsOut
          : formatMessage(selectPlural(locale, text.connectionsOut, out), {
              count: formatNumber(locale, out),
            }),
      );
      return parts.join(', ');
    },
    [store, messages, locale, graph],
  );

  /** Moves keyboard focus to a step: selects it, brings it on screen and says where focus is. */
  const pending = useRef<string | null>(null);
  const focusStep = useCallback(
    (stepId: string) => {
      const state = store.getState();
      if (!state.stepsById[stepId]) return;
      pending.current = stepId;
      setCurrent(stepId);
      state.select([stepId], []);
      reveal(stepId);
      setAnnouncement(describeStep(stepId));
      focusElement(() => nodeSelector(wrapper, stepId));
    },
    [store, reveal, describeStep, focusElement, wrapper],
  );

  /** Moves keyboard focus to one of a step's connections out, showing both its ends. */
  const focusEdge = useCallback(
    (edgeId: string) => {
      const edge = store.getState().draft.edges.find((candidate) => candidate.id === edgeId);
      if (!edge) return;
      const root = wrapper.current;
      const element = root?.querySelector<SVGGElement>(`.react-flow__edge[data-id="${CSS.escape(edgeId)}"]`);
      const box = element?.getBoundingClientRect();
      const frameBox = root?.getBoundingClientRect();
      const inside =
        box &&
        frameBox &&
        box.width + box.height > 0 &&
        box.left >= frameBox.left + MARGIN.left &&
        box.top >= frameBox.top + MARGIN.top &&
        box.right <= frameBox.right - MARGIN.right &&
        box.bottom <= frameBox.bottom - MARGIN.bottom;
      if (!inside) {
        void fitView({
          nodes: [{ id: edge.source }, { id: edge.target }],
          padding: 0.25,
          maxZoom: Math.max(getViewport().zoom, READABLE_ZOOM),
          duration: 150,
        });
      }
      setAnnouncement(element?.getAttribute('aria-label') ?? '');
      focusElement(
        () =>
          wrapper.current?.querySelector<SVGGElement>(`.react-flow__edge[data-id="${CSS.escape(edgeId)}"]`) ??
          null,
      );
    },
    [store, wrapper, fitView, getViewport, focusElement],
  );

  /** An arrow key on a step: focus the step in that direction, if any. */
  const move = useCallback(
    (stepId: string, direction: NavDirection) => {
      const target = stepInDirection(graph(), stepId, direction);
      if (target) focusStep(target);
      return target !== null;
    },
    [graph, focusStep],
  );

  const firstEdge = useCallback((stepId: string) => outgoingEdges(graph(), stepId)[0]?.id ?? null, [graph]);

  /** The connection beside this one among its step's connections out (wrapping round). */
  const siblingEdge = useCallback(
    (edgeId: string, offset: 1 | -1) => {
      const edge = store.getState().draft.edges.find((candidate) => candidate.id === edgeId);
      if (!edge) return null;
      const edges = outgoingEdges(graph(), edge.source);
      const index = edges.findIndex((candidate) => candidate.id === edgeId);
      return edges[(index + offset + edges.length) % edges.length]?.id ?? null;
    },
    [store, graph],
  );

  // A step focused by Tab or a click becomes the tab stop; one reached by Tab off screen is brought into view.
  const onFocus = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const target = event.target;
      const root = wrapper.current;
      if (target !== root) pending.current = null;
      if (target === root && root && tabStop && root.tabIndex === 0 && !pending.current) {
        // The tab stop of a large flow is not drawn: bring it into view and focus it.
        focusStep(tabStop);
        return;
      }
      if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node')) return;
      const id = target.dataset.id;
      if (!id) return;
      setCurrent(id);
      if (target.matches(':focus-visible')) reveal(id);
    },
    [wrapper, tabStop, focusStep, reveal],
  );

  /** The step keys act on while the canvas itself has focus: the one focus is on its way to, else the tab stop. */
  const currentStep = useCallback(() => pending.current ?? tabStop, [tabStop]);

  return {
    tabStop,
    currentStep,
    tabStopShown,
    announcement,
    onFocus,
    focusStep,
    focusEdge,
    move,
    firstEdge,
    siblingEdge,
  };
}

export type RovingFocus = ReturnType<typeof useRovingFocus>;
