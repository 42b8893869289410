import { ReactFlowProvider } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { errorText } from '../i18n';
import { useFlow, useFlowStoreApi, useMessages } from '../state';
import { withClassName } from '../ui';
import { CanvasView } from './internal/CanvasView';

/** Props of `FlowCanvas`. */
export interface FlowCanvasProps {
  /** Added to the canvas's root element. */
  className?: string;
  /** Height of the canvas (a CSS length or pixels); by default it fills its parent, at least 320 px. */
  height?: number | string;
}

/**
 * The call flow's canvas: one node per step, connections, minimap, zoom controls and "Tidy up". Drag to move and
 * connect. Keyboard: the steps and connections are one Tab stop (the selected step, else the last focused, else the
 * first); Up/Down arrows follow the connections to the next or previous step, Left/Right go to the step beside it
 * (focus selects the step and brings it into view); `.` goes from a step to its connections and back (Left/Right
 * between them, Down to where one leads); Enter opens a step; Shift+arrows move the selected steps; Delete removes,
 * Ctrl/Cmd+D duplicates, Ctrl/Cmd+C/V copy and paste, Ctrl/Cmd+A selects every step, Escape clears the selection;
 * `?` lists the shortcuts. Render inside a `FlowProvider`.
 */
export function FlowCanvas({ className, height }: FlowCanvasProps) {
  const messages = useMessages();
  const store = useFlowStoreApi();
  const loadState = useFlow((state) => state.loadState);
  const loadError = useFlow((state) => state.loadError);
  const style: CSSProperties | undefined = height === undefined ? undefined : { height };
  const classes = withClassName('sona-flow-canvas', className);

  return (
    <section className={classes} style={style} aria-label={messages.canvas.region} data-state={loadState}>
      {loadState === 'ready' ? (
        <ReactFlowProvider>
          <CanvasView />
        </ReactFlowProvider>
      ) : loadState === 'loading' ? (
        <div className="sona-flow-canvas__status" role="status">
          <span className="sona-spinner" aria-hidden="true" />
          {messages.designer.loading}
        </div>
      ) : (
        <div className="sona-flow-canvas__status" role="alert">
          <p>{messages.designer.loadFailed}</p>
          {loadError ? <p className="sona-flow-canvas__detail">{errorText(messages, loadError)}</p> : null}
          <button type="button" className="sona-button" onClick={() => void store.getState().load()}>
            {messages.designer.retry}
          </button>
        </div>
      )}
    </section>
  );
}
