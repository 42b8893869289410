import type { ChangeEvent, DesignerAdapter, Page, UsagePlace } from '@sona-designer/core';
import type { WorkspaceStore } from '../state';

/** A record a team edits together: stored with a version, so a save made from an older one is refused. */
export interface VersionedRecord {
  /** Its id in the workspace. */
  id: string;
  /** Grows with every stored change; a write names the version it starts from. */
  version: number;
  /** When it was last stored (ISO 8601). */
  updatedAt: string;
}

/** The text fields of a record as a form holds them: as typed, untrimmed. */
export type RecordValues<F extends string> = Record<F, string>;

/** What an adapter list query of records takes (the job library adds its sort). */
export interface RecordListQuery {
  /** Words to look for; every record without. */
  query?: string;
  /** Where the previous page ended; the first page without. */
  cursor?: string;
  /** How many records at most. */
  limit: number;
}

/** The workspace cache's state, as the record kinds read it. */
export type WorkspaceState = ReturnType<WorkspaceStore['getState']>;

/**
 * Everything the records kit needs to know about one type of record (a job, a knowledge page): its text fields and
 * how the adapter and the workspace cache store it. The editors, libraries and pickers are written once against
 * this; a new type of record is one more of these objects, not another copy of them.
 */
export interface RecordKind<
  R extends VersionedRecord & RecordValues<F>,
  F extends string,
  I extends Partial<RecordValues<F>> = Partial<RecordValues<F>>,
> {
  /** The fields a person edits, in the order the form and the conflict view show them; the first takes focus. */
  fields: readonly F[];
  /** The name people know the record by ("Take a message"), for titles and announcements. */
  nameOf(record: R): string;
  /** The copy a CONFLICT error carries, checked; null when it is not a record of this kind. */
  readStored(value: unknown): R | null;
  /** The adapter's change events about records of this kind. */
  events: { created: ChangeEvent['type']; updated: ChangeEvent['type']; deleted: ChangeEvent['type'] };
  /** One record, as stored now. */
  get(adapter: DesignerAdapter, id: string): Promise<R>;
  /** A page of the records matching `query`. */
  list(adapter: DesignerAdapter, query: RecordListQuery): Promise<Page<R>>;
  /** Stores a new record; `initial` is what the editor started from (a template, say). */
  create(adapter: DesignerAdapter, values: RecordValues<F>, initial: I | undefined): Promise<R>;
  /** Stores the changed fields over `record`, naming its version. */
  update(adapter: DesignerAdapter, record: R, patch: Partial<RecordValues<F>>): Promise<R>;
  /** Deletes a record, naming the version the person saw. */
  remove(adapter: DesignerAdapter, id: string, version: number): Promise<void>;
  /** Every Sona step that uses the record, asked of the adapter. */
  usage(adapter: DesignerAdapter, id: string): Promise<UsagePlace[]>;
  /** Puts a stored copy in the workspace cache, which every open view of the record reads. */
  remember(workspace: WorkspaceStore, record: R): void;
  /** Where the record is used, as the workspace cache knows it (undefined until asked). */
  usageOf(state: WorkspaceState, id: string): UsagePlace[] | undefined;
  /** Fills the workspace cache's usage of these records. */
  ensureUsage(workspace: WorkspaceStore, ids: string[]): Promise<unknown>;
}

/** Any record kind, for the parts of the kit that do not read the fields. */
// biome-ignore lint/suspicious/noExplicitAny: the kinds differ in their record and field types only.
export type AnyRecordKind = RecordKind<any, any, any>;

/** The record type of a kind. */
export type RecordOf<K> = K extends RecordKind<infer R, infer _F, infer _I> ? R : never;

/** Whether `event` changes the records of `kind` (or the whole workspace). */
export function changesRecords(kind: AnyRecordKind, event: ChangeEvent): boolean {
  const { created, updated, deleted } = kind.events;
  return (
    event.type === created ||
    event.type === updated ||
    event.type === deleted ||
    event.type === 'workspace-imported'
  );
}

/** Whether `event` changes how many records of `kind` there are. */
export function changesRecordCount(kind: AnyRecordKind, event: ChangeEvent): boolean {
  const { created, deleted } = kind.events;
  return event.type === created || event.type === deleted || event.type === 'workspace-imported';
}
