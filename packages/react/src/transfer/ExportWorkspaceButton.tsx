import { useDesigner } from '../state';
import { ExportButton } from './ExportButton';
import { type ExportedFile, exportedFile } from './exportFile';
import { useExportAction } from './useExportAction';

/** The props of `ExportWorkspaceButton`. */
export interface ExportWorkspaceButtonProps {
  /** Names the file: `café-lumière` → `cafe-lumiere-2026-12-07.json`. Default: `workspace-<date>.json`. */
  workspaceName?: string;
  /**
   * Receives the file instead of the browser's download, e.g. to store it in the host's own backup. A rejection is
   * shown on the button like any failed export.
   */
  onExport?(file: ExportedFile): void | Promise<void>;
  /** The button's text. Default: "Export workspace". */
  label?: string;
  /** Added to the button's own classes. */
  className?: string;
}

/**
 * Downloads the whole workspace (jobs, knowledge pages, call flows with their revisions, call summaries) as one JSON
 * file that `ImportDialog` reads back. Needs a `DesignerProvider`; works read-only too.
 */
export function ExportWorkspaceButton({
  workspaceName = '',
  onExport,
  label,
  className,
}: ExportWorkspaceButtonProps) {
  const { adapter, messages } = useDesigner();
  const [state, run] = useExportAction(async () => {
    const [io, document] = await Promise.all([import('@sona-designer/core/io'), adapter.exportWorkspace()]);
    return exportedFile(io.exportFileName(workspaceName, new Date(), 'workspace'), document);
  }, onExport);
  return (
    <ExportButton
      state={state}
      onClick={run}
      label={label ?? messages.transfer.exportWorkspace}
      className={className}
    />
  );
}
