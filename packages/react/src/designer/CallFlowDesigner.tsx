import { type DesignerAdapter, isDesignerError } from '@sona-designer/core';
import { useContext, useRef } from 'react';
import { FlowCanvas, StepPalette } from '../canvas';
import { errorText, formatMessage, type Locale, type MessageOverrides } from '../i18n';
import { StepInspector } from '../inspector';
import { LazyStepSettings } from '../inspector/lazy';
import { LazyJobEditor, LazyJobPicker, LazyTemplateGallery } from '../jobs/lazy';
import { LazyKnowledgePicker } from '../knowledge/lazy';
import { PublishBar, SaveStatus } from '../publishing';
import { LazyConflictDialog, LazyPendingChanges, LazyPublishError } from '../publishing/lazy';
import { LazyBatchPanel, LazySandboxPanel, LazySimulatorDrawer } from '../simulator/lazy';
import {
  DesignerContext,
  DesignerProvider,
  FlowProvider,
  useFlow,
  useFlowStoreApi,
  useMessages,
} from '../state';
import { LazyExportCallFlowButton } from '../transfer/lazy';
import { Announcer, formatPhoneNumber, useIdlePreload, withClassName } from '../ui';
import { HistoryControls } from './historyControls/HistoryControls';
import { onPartKey } from './skipLinks/designerParts';
import { SkipLinks } from './skipLinks/SkipLinks';
import { useUndoShortcuts } from './useUndoShortcuts';

/** Props of `CallFlowDesigner`. */
export interface CallFlowDesignerProps {
  /** The id of the call flow to open, as the adapter knows it. Changing it opens that flow with a fresh state. */
  flowId: string;
  /** Needed when the designer is not inside a `DesignerProvider`; ignored inside one. */
  adapter?: DesignerAdapter;
  /**
   * The language of the designer, `'en'` by default; another locale's catalogue downloads on first use. Ignored
   * inside a `DesignerProvider`, which sets it.
   */
  locale?: Locale;
  /** Replaces any string of the catalogue, section by section. Ignored inside a `DesignerProvider`. */
  messages?: MessageOverrides;
  /** Shows the flow and changes nothing (`false` by default). Ignored inside a `DesignerProvider`. */
  readOnly?: boolean;
  /** The colour scheme, `'light'` by default. Ignored inside a `DesignerProvider`, which sets it. */
  theme?: 'light' | 'dark';
  /** Added to the designer's root element (which always has `sona-designer`), e.g. to size it. */
  className?: string;
}

/**
 * The whole designer for one call flow: palette, canvas, step settings, saving, undo/redo and publishing.
 * Embed it in one line with an adapter, or place it inside your own `DesignerProvider`. Keyboard: its first Tab stops
 * are "Skip to" links (the canvas, the palette, the open step's settings, the publish bar), shown once focused; F6 and
 * Shift+F6 go to the next and previous of those parts from anywhere in the designer.
 */
export function CallFlowDesigner({
  flowId,
  adapter,
  locale,
  messages,
  readOnly,
  theme,
  className,
}: CallFlowDesignerProps) {
  const inProvider = useContext(DesignerContext) !== null;
  const designer = (
    <FlowProvider key={flowId} flowId={flowId}>
      <DesignerLayout className={className} />
    </FlowProvider>
  );
  if (inProvider) return designer;
  if (!adapter)
    throw new Error('<CallFlowDesigner> needs an `adapter` prop when it is not inside <DesignerProvider>.');
  return (
    <DesignerProvider
      adapter={adapter}
      {...(locale ? { locale } : {})}
      {...(messages ? { messages } : {})}
      {...(readOnly === undefined ? {} : { readOnly })}
      {...(theme ? { theme } : {})}
      className="sona-designer-root"
    >
      {designer}
    </DesignerProvider>
  );
}

/**
 * What the designer loads on demand, most likely first: fetched in idle moments once the canvas shows, so the first
 * Add job, Edit, History or Test call does not wait for the network.
 */
const SECONDARY_SURFACES = [
  LazyStepSettings,
  LazyJobPicker,
  LazyJobEditor,
  LazyPendingChanges,
  LazySimulatorDrawer,
  LazyTemplateGallery,
  LazyKnowledgePicker,
  LazySandboxPanel,
  LazyBatchPanel,
  LazyConflictDialog,
  LazyPublishError,
];

function DesignerLayout({ className }: { className?: string | undefined }) {
  const messages = useMessages();
  const text = messages.designer;
  const store = useFlowStoreApi();
  const flowId = useFlow((state) => state.flowId);
  const root = useRef<HTMLElement>(null);
  useUndoShortcuts(root, store);
  const loadState = useFlow((state) => state.loadState);
  const loadError = useFlow((state) => state.loadError);
  const name = useFlow((state) => state.flow?.name ?? '');
  const phoneNumber = useFlow((state) => state.flow?.phoneNumber);
  useIdlePreload(loadState === 'ready' ? SECONDARY_SURFACES : null);

  return (
    <section
      ref={root}
      className={withClassName('sona-designer', className)}
      aria-label={name || text.loading}
      // F6 between the parts, from whatever has focus in the designer.
      onKeyDown={onPartKey}
    >
      {loadState === 'ready' ? (
        <>
          <SkipLinks root={root} />
          <header className="sona-designer__toolbar">
            <div className="sona-designer__title">
              <h2 className="sona-designer__name">{name}</h2>
              {phoneNumber ? <p className="sona-designer__number">{formatPhoneNumber(phoneNumber)}</p> : null}
            </div>
            <HistoryControls />
            <SaveStatus />
            <div className="sona-designer__spacer" />
            <LazyExportCallFlowButton className="sona-designer__export" />
            <PublishBar />
          </header>
          <div className="sona-designer__body">
            <StepPalette className="sona-designer__palette" />
            <FlowCanvas className="sona-designer__canvas" />
            <StepInspector className="sona-designer__inspector" />
          </div>
          <LazyConflictDialog />
          <LazySimulatorDrawer />
        </>
      ) : loadState === 'loading' ? (
        <div className="sona-designer__state" role="status">
          <span className="sona-spinner" aria-hidden="true" />
          {text.loading}
        </div>
      ) : isDesignerError(loadError, 'NOT_FOUND') ? (
        // A flow that does not exist is no outage: Retry could never work, so the way out is said instead.
        <div className="sona-designer__state" role="alert">
          <p className="sona-designer__state-title">{messages.errors.flowNotFoundTitle}</p>
          <p className="sona-designer__state-body">
            {formatMessage(messages.errors.flowNotFoundBody, { id: `\u2068${flowId}\u2069` })}
          </p>
        </div>
      ) : (
        <div className="sona-designer__state" role="alert">
          <p className="sona-designer__state-title">{text.loadFailed}</p>
          <p className="sona-designer__state-body">{errorText(messages, loadError)}</p>
          <button type="button" className="sona-button" onClick={() => void store.getState().load()}>
            {text.retry}
          </button>
        </div>
      )}
      <Announcer />
    </section>
  );
}
