import type { PathProblem } from '@sona-designer/core';
import type {
  DocumentInfo,
  ImportMode,
  ImportOutcome,
  ImportPreview,
  WorkspaceData,
} from '@sona-designer/core/io';

/** The file a person chose, as the dialog names it. */
export interface ChosenFile {
  name: string;
  /** In bytes. */
  size: number;
}

/** A file the core read without a problem, ready to be previewed and imported. */
export interface ReadyFile extends ChosenFile {
  /** The text as read: the adapter reads it again, since it trusts nothing from the client. */
  text: string;
  incoming: WorkspaceData;
  info: DocumentInfo;
  migratedFrom: number | null;
  /** The name of the one call flow of a call flow export. */
  flowName: string | null;
  /** The workspace as it was when the preview was made. */
  current: WorkspaceData;
}

/** Why a file was turned away before it was read whole. */
export type FileNotice =
  | { kind: 'tooLarge'; size: number }
  | { kind: 'unreadable'; message: string }
  | { kind: 'compareFailed'; message: string }
  | { kind: 'notJson' };

/**
 * Where the import dialog stands. It only moves forward with the person's say-so: nothing changes in the workspace
 * before `importing`, and every failure keeps the file so the person can try again without choosing it anew.
 */
export type ImportPhase =
  | { name: 'choose'; notice: FileNotice | null }
  | { name: 'reading'; file: ChosenFile; loaded: number }
  | { name: 'checking'; file: ChosenFile }
  | { name: 'problems'; file: ChosenFile; problems: PathProblem[] }
  | { name: 'preview'; file: ReadyFile; mode: ImportMode; preview: ImportPreview }
  | { name: 'confirm'; file: ReadyFile; mode: ImportMode; preview: ImportPreview }
  | { name: 'importing'; file: ReadyFile; mode: ImportMode; preview: ImportPreview }
  | { name: 'failed'; file: ReadyFile; mode: ImportMode; preview: ImportPreview; message: string }
  | { name: 'done'; file: ReadyFile; outcome: ImportOutcome };

/** What the dialog's person can do; each does nothing in a phase where it makes no sense. */
export interface ImportActions {
  /** Checks the file's size, reads it, checks it and previews it against the workspace. */
  choose(file: File): void;
  /** Switches between merge and replace; the preview follows. */
  setMode(mode: ImportMode): void;
  /** Imports, or first asks for confirmation when a replace deletes or overwrites anything. */
  submit(): void;
  /** From the confirmation: imports. */
  confirm(): void;
  /** From the confirmation or a failure: back to the preview. */
  back(): void;
  /** Back to choosing a file (stops a read in progress). */
  reset(): void;
}
