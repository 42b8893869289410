import { createStep, STEP_KINDS, type StepKind } from '@sona-designer/core';
import {
  type AriaLabelConfig,
  Background,
  BackgroundVariant,
  ConnectionLineType,
  Controls,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
  type NodeMouseHandler,
  type OnConnect,
  type OnConnectEnd,
  Panel,
  ReactFlow,
  type ReactFlowState,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { type DragEvent, useCallback, useId, useMemo, useRef, useState } from 'react';
import { formatMessage } from '../../i18n';
import { useFlow, useFlowStoreApi, useMessages } from '../../state';
import { STEP_KIND_MIME } from '../dragData';
import { edgeTypes, nodeTypes } from '../elementTypes';
import { addStepAt } from '../insertStep';
import { stepNodeWidth } from '../nodeSize';
import type { StepFlowNode } from '../stepNode/types';
import { type CanvasFocusKeys, useCanvasKeyboard } from '../useCanvasKeyboard';
import { type Measured, useFlowElements } from '../useFlowElements';
import { useFocusRequest } from '../useFocusRequest';
import { useRovingFocus } from '../useRovingFocus';
import { LazyCanvasMinimap } from './lazyCanvasMinimap';
import { LazyShortcutsDialog } from './lazyShortcutsDialog';
import { TidyUpButton } from './TidyUpButton';
import { useControlsToolbar } from './useControlsToolbar';

/** From this many steps on, only the nodes in view are rendered. */
export const LARGE_FLOW = 150;

const FIT_VIEW = { padding: 0.15, maxZoom: 1 };
/** Below this zoom a step's text is too small to read, so the canvas does not paint it (see FlowCanvas.css). */
const FAR_ZOOM = 0.45;
const selectFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;
/** A large flow opens on its first steps at a readable zoom, rather than on all of it as specks. */
const LARGE_FIT_STEPS = 12;

function isAddableKind(value: string): value is StepKind {
  return value !== 'incoming-call' && (STEP_KINDS as readonly string[]).includes(value);
}

/** The React Flow canvas of the flow in the store (the store is the single source of truth: React Flow is controlled). */
export function CanvasView() {
  const messages = useMessages();
  const store = useFlowStoreApi();
  const readOnly = useFlow((state) => state.readOnly);
  const large = useFlow((state) => state.stepIds.length > LARGE_FLOW);
  const [measured, setMeasured] = useState<Record<string, Measured>>({});
  const wrapper = useRef<HTMLDivElement>(null);
  useControlsToolbar(wrapper);
  const roving = useRovingFocus(wrapper, large);
  const { nodes, edges } = useFlowElements(messages, measured, roving.tabStop);
  const far = useStore(selectFar);
  const { screenToFlowPosition } = useReactFlow();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const { move, focusStep, focusEdge, firstEdge, siblingEdge, currentStep } = roving;
  const focusKeys = useMemo<CanvasFocusKeys>(
    () => ({
      move,
      focusStep,
      focusEdge,
      firstEdge,
      siblingEdge,
      currentStep,
      showShortcuts: () => setShortcutsOpen(true),
    }),
    [move, focusStep, focusEdge, firstEdge, siblingEdge, currentStep],
  );
  const onKeyDown = useCanvasKeyboard(messages, wrapper, focusKeys);
  useFocusRequest(wrapper);
  const [fitViewOptions] = useState(() => {
    const { stepIds, stepsById } = store.getState();
    if (stepIds.length <= LARGE_FLOW) return FIT_VIEW;
    const top = stepIds
      .map((id) => stepsById[id])
      .filter((step) => step !== undefined)
      .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
      .slice(0, LARGE_FIT_STEPS);
    return { ...FIT_VIEW, minZoom: 0.5, nodes: top.map((step) => ({ id: step.id })) };
  });
  const flowId = `sona-canvas-${useId().replace(/[^\w-]/g, '')}`;
  const text = messages.canvas;
  const labels = messages.designer.historyLabels;

  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': readOnly ? text.nodeKeyboardHelpReadOnly : text.nodeKeyboardHelp,
      'node.a11yDescription.keyboardDisabled': readOnly
        ? text.nodeKeyboardHelpReadOnly
        : text.nodeKeyboardHelp,
      'node.a11yDescription.ariaLiveMessage': ({ direction }) => formatMessage(text.nodeMoved, { direction }),
      'edge.a11yDescription.default': text.edgeKeyboardHelp,
      'controls.ariaLabel': text.controls,
      'controls.zoomIn.ariaLabel': text.zoomIn,
      'controls.zoomOut.ariaLabel': text.zoomOut,
      'controls.fitView.ariaLabel': text.fitView,
      'controls.interactive.ariaLabel': text.interactive,
      'handle.ariaLabel': text.handle,
    }),
    [text, readOnly],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<StepFlowNode>[]) => {
      const state = store.getState();
      const positions: Record<string, { x: number; y: number }> = {};
      let moved = false;
      let dragging = false;
      let selection: Set<string> | null = null;
      let sizes: Record<string, Measured> | null = null;
      for (const change of changes) {
        if (change.type === 'position') {
          moved = true;
          dragging ||= change.dragging === true;
          if (change.position) positions[change.id] = change.position;
        } else if (change.type === 'select') {
          selection ??= new Set(state.selectedStepIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes ??= {};
          sizes[change.id] = { width: change.dimensions.width, height: change.dimensions.height };
        }
      }
      if (moved) state.moveSteps(positions, dragging ? 'drag' : 'end', labels.move);
      if (selection) {
        const ids = state.stepIds.filter((id) => selection?.has(id));
        state.select(ids, store.getState().selectedEdgeIds);
      }
      if (sizes) {
        const next = sizes;
        setMeasured((current) => {
          const changed = Object.entries(next).filter(
            ([id, size]) => current[id]?.width !== size.width || current[id]?.height !== size.height,
          );
          return changed.length === 0 ? current : { ...current, ...Object.fromEntries(changed) };
        });
      }
    },
    [store, labels],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const state = store.getState();
      let selection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= new Set(state.selectedEdgeIds);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
      if (selection) state.select(store.getState().selectedStepIds, [...selection]);
    },
    [store],
  );

  const onConnect = useCallback<OnConnect>(
    ({ source, sourceHandle, target }) => {
      if (sourceHandle) store.getState().connect(source, sourceHandle, target, labels.connect);
    },
    [store, labels],
  );

  // Dropping a connection anywhere on a step (not only on its small target handle) connects to that step.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, connection) => {
      if (connection.isValid || !connection.fromNode || !connection.fromHandle?.id) return;
      if (connection.fromHandle.type !== 'source') return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const element = document
        .elementsFromPoint(point.clientX, point.clientY)
        .find((candidate) => candidate.classList.contains('react-flow__node'));
      const target = element instanceof HTMLElement ? element.dataset.id : undefined;
      if (!target || target === connection.fromNode.id || !wrapper.current?.contains(element ?? null)) return;
      if (store.getState().stepsById[target]?.kind === 'incoming-call') return;
      store.getState().connect(connection.fromNode.id, connection.fromHandle.id, target, labels.connect);
    },
    [store, labels],
  );

  const isValidConnection = useCallback<IsValidConnection>(
    (connection) =>
      connection.source !== connection.target &&
      store.getState().stepsById[connection.target]?.kind !== 'incoming-call',
    [store],
  );

  const onNodeClick = useCallback<NodeMouseHandler<StepFlowNode>>(
    (_, node) => store.getState().inspect(node.id),
    [store],
  );
  const onPaneClick = useCallback(() => wrapper.current?.focus({ preventScroll: true }), []);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (readOnly || !event.dataTransfer.types.includes(STEP_KIND_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const kind = event.dataTransfer.getData(STEP_KIND_MIME);
    if (readOnly || !isAddableKind(kind)) return;
    event.preventDefault();
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const width = stepNodeWidth(createStep(kind, 'dropped'));
    addStepAt(store, messages, kind, { x: point.x - width / 2, y: point.y - 24 });
  };

  return (
    <>
      {/* Outside the surface: keys typed in the dialog must not reach the canvas's shortcuts through React's tree. */}
      <LazyShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: shortcuts and drops are delegated from the focusable nodes, edges and palette. */}
      <div
        ref={wrapper}
        className="sona-flow-canvas__surface"
        data-zoom={far ? 'far' : undefined}
        data-culled={large ? '' : undefined}
        // Roving focus: one step is the canvas's tab stop; when a large flow does not draw it, the canvas stands in.
        tabIndex={roving.tabStopShown ? -1 : 0}
        onFocus={roving.onFocus}
        onKeyDownCapture={onKeyDown}
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        <ReactFlow<StepFlowNode>
          id={flowId}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          edgesReconnectable={false}
          deleteKeyCode={null}
          panActivationKeyCode={null}
          connectionLineType={ConnectionLineType.SmoothStep}
          connectionRadius={28}
          onlyRenderVisibleElements={large}
          fitView
          fitViewOptions={fitViewOptions}
          minZoom={0.1}
          maxZoom={1.75}
          ariaLabelConfig={ariaLabelConfig}
          autoPanOnNodeFocus={false}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.5} />
          <Controls showInteractive={false} fitViewOptions={FIT_VIEW} />
          <LazyCanvasMinimap nodes={nodes} label={text.minimap} />
          {!readOnly && (
            <Panel position="top-right">
              <TidyUpButton />
            </Panel>
          )}
        </ReactFlow>
        <p className="sona-visually-hidden" aria-live="polite" aria-atomic="true">
          {roving.announcement}
        </p>
      </div>
    </>
  );
}
