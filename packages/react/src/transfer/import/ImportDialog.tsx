import { IMPORT_BOUNDS, type ImportOutcome } from '@sona-designer/core/io';
import { useEffect, useRef } from 'react';
import { useDesigner } from '../../state';
import { ExportWorkspaceButton } from '../ExportWorkspaceButton';
import { ImportDialogFrame } from './ImportDialogFrame';
import { useImport } from './useImport';

/** The props of `ImportDialog`. */
export interface ImportDialogProps {
  /** Whether the dialog shows. Controlled: the host (or `WorkspaceTransfer`) owns it. */
  open: boolean;
  /** Asked to close (Escape, Cancel, Close, the × button); not while an import runs. */
  onOpenChange(open: boolean): void;
  /** After an import went through, with what it brought in. The open lists refresh by themselves. */
  onImported?(outcome: ImportOutcome): void;
  /** Names the file of "Export the workspace first" in the replace confirmation. */
  workspaceName?: string;
}

/**
 * Imports a workspace or call flow export: choose or drop a file, see what it would add, overwrite, rename or delete
 * (merge or replace), confirm a replace that loses anything, then import; problems are listed with their JSON paths
 * and nothing is imported until there are none. A file over the bound (50 MB) is refused before it is read. Needs a
 * `DesignerProvider` that is not read-only.
 */
export function ImportDialog({ open, onOpenChange, onImported, workspaceName }: ImportDialogProps) {
  const { adapter, messages } = useDesigner();
  const [phase, actions] = useImport(adapter, IMPORT_BOUNDS.documentCharacters);

  const reported = useRef<ImportOutcome | null>(null);
  useEffect(() => {
    if (phase.name === 'done' && reported.current !== phase.outcome) {
      reported.current = phase.outcome;
      onImported?.(phase.outcome);
    }
  }, [phase, onImported]);

  // Closing forgets the file (and stops a read), so the next opening starts afresh.
  useEffect(() => {
    if (!open) actions.reset();
  }, [open, actions]);

  return (
    <ImportDialogFrame
      open={open}
      onOpenChange={onOpenChange}
      phase={phase}
      actions={actions}
      maxBytes={IMPORT_BOUNDS.documentCharacters}
      exportFirst={
        <ExportWorkspaceButton
          label={messages.transfer.confirmExportFirst}
          {...(workspaceName ? { workspaceName } : {})}
        />
      }
    />
  );
}
