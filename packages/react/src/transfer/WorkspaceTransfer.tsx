import type { ImportOutcome } from '@sona-designer/core/io';
import { useState } from 'react';
import { useDesigner } from '../state';
import { withClassName } from '../ui';
import { ExportWorkspaceButton } from './ExportWorkspaceButton';
import type { ExportedFile } from './exportFile';
import { LazyImportDialog } from './lazyImportDialog';

/** The props of `WorkspaceTransfer`. */
export interface WorkspaceTransferProps {
  /** Names exported files (`<name>-<date>.json`). */
  workspaceName?: string;
  /** Receives exports instead of the browser's download. */
  onExport?(file: ExportedFile): void | Promise<void>;
  /** After an import went through. */
  onImported?(outcome: ImportOutcome): void;
  /** Added to the group's own classes. */
  className?: string;
}

/**
 * "Export workspace" and "Import…" side by side, as the job library shows them; the import dialog loads on first
 * use. Read-only designers keep the export and lose the import.
 */
export function WorkspaceTransfer({
  workspaceName,
  onExport,
  onImported,
  className,
}: WorkspaceTransferProps) {
  const { messages, readOnly } = useDesigner();
  const [importing, setImporting] = useState(false);
  const named = workspaceName ? { workspaceName } : {};
  return (
    <div className={withClassName('sona-transfer', className)}>
      <ExportWorkspaceButton {...named} {...(onExport ? { onExport } : {})} />
      {readOnly ? null : (
        <>
          <button
            type="button"
            className="sona-button"
            aria-haspopup="dialog"
            onClick={() => setImporting(true)}
          >
            {messages.transfer.importButton}
          </button>
          <LazyImportDialog
            open={importing}
            onOpenChange={setImporting}
            {...named}
            {...(onImported ? { onImported } : {})}
          />
        </>
      )}
    </div>
  );
}
