import { type FlowStore, useDesigner, useFlowStoreApi } from '../state';
import { ExportButton } from './ExportButton';
import { type ExportedFile, exportedFile } from './exportFile';
import { useExportAction } from './useExportAction';

/** The props of `ExportCallFlowButton`. */
export interface ExportCallFlowButtonProps {
  /** Receives the file instead of the browser's download. A rejection is shown on the button. */
  onExport?(file: ExportedFile): void | Promise<void>;
  /** Added to the button's own classes. */
  className?: string;
}

/** Resolves once the draft's waiting edits are saved (or saving them failed: the caller checks which). */
async function settleSaving(store: FlowStore): Promise<void> {
  if (store.getState().saveState === 'pending') await store.getState().save();
  if (store.getState().saveState !== 'saving') return;
  await new Promise<void>((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (state.saveState === 'saving') return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Downloads the open call flow (draft, published version and revisions) with the jobs and knowledge pages it uses
 * and its test cases, to import into another workspace. Saves waiting edits first, so the file holds what the person sees. Needs a
 * `FlowProvider` (the designer's toolbar has one).
 */
export function ExportCallFlowButton({ onExport, className }: ExportCallFlowButtonProps) {
  const { adapter, messages } = useDesigner();
  const store = useFlowStoreApi();
  const text = messages.transfer;
  const [state, run] = useExportAction(async () => {
    await settleSaving(store);
    const { flow, saveState } = store.getState();
    if (!flow || saveState !== 'saved') throw new Error(text.exportUnsaved);
    const [io, workspace] = await Promise.all([import('@sona-designer/core/io'), adapter.exportWorkspace()]);
    const stored = workspace.callFlows.find((candidate) => candidate.id === flow.id);
    if (!stored) throw new Error(text.exportGone);
    const document = io.exportCallFlow(stored, workspace);
    return exportedFile(io.exportFileName(stored.name, new Date(), 'call-flow'), document);
  }, onExport);
  return (
    <ExportButton
      state={state}
      onClick={run}
      label={text.exportCallFlow}
      title={text.exportCallFlowLabel}
      className={className}
    />
  );
}
