import type { CallFlowExport, WorkspaceExport } from '@sona-designer/core/io';

/** An export ready to leave the designer: the file's name, its JSON text, and the document itself. */
export interface ExportedFile {
  /** Named after the workspace or flow and the day, e.g. `main-line-2026-12-07.json`. */
  fileName: string;
  /** The document as indented JSON, as written to the file. */
  text: string;
  /** The document, for a host that stores it elsewhere instead of downloading it. */
  document: WorkspaceExport | CallFlowExport;
}

/** The file of an export document, written as indented JSON. */
export function exportedFile(fileName: string, document: WorkspaceExport | CallFlowExport): ExportedFile {
  return { fileName, text: JSON.stringify(document, null, 2), document };
}

/** How long the browser keeps the file's object URL: long enough for the download to start on a slow machine. */
const REVOKE_AFTER_MS = 60_000;

/** Hands the file to the browser as a download. */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
