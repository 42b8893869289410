import type { ReactNode } from 'react';
import { formatMessage, formatNumber, type PluralMessage, selectPlural } from '../../i18n';
import { useDesigner } from '../../state';
import { PlusIcon } from '../../ui';
import type { AnyRecordKind, RecordOf } from '../recordKind';
import type { DeleteWording } from './DeleteDialog';
import { LibraryBody, type LibraryBodyText } from './LibraryBody';
import { LibraryHeader } from './LibraryHeader';
import type { LibraryColumn } from './LibraryTable';
import { LiveAnnouncement } from './LiveAnnouncement';
import { LazyDeleteDialog } from './lazyDeleteDialog';
import { SearchBox } from './SearchBox';
import type { useLibraryController } from './useLibraryController';

/** The props of `LibraryFrame`. */
export interface LibraryFrameProps<K extends AnyRecordKind> {
  /** The controller of the library (`useLibraryController`): search, list, editor and delete state. */
  library: ReturnType<typeof useLibraryController<K>>;
  /** The kind of record listed, which the delete dialog deletes. */
  kind: K;
  /** The delete dialog's words for this kind of record. */
  deleteWording: DeleteWording;
  /** The page's classes. */
  className: string;
  /** The page's heading ("Jobs"). */
  title: string;
  /** "{count} jobs", by plural form. */
  totalMessage: PluralMessage;
  /** A line under the title (the knowledge library's live/publish note). */
  note?: ReactNode;
  /** Buttons before the create button, shown read-only too (the job library's export and import). */
  headerTools?: ReactNode;
  /** The create button's label ("Create job"). */
  createLabel: string;
  /** The icon of the empty and no-results messages. */
  icon: ReactNode;
  /** The words of the body's states (loading, failed, empty, no results) and the table's name. */
  bodyText: LibraryBodyText;
  /** The search box's accessible name. */
  searchLabel: string;
  /** The search box's placeholder. */
  searchPlaceholder: string;
  /** More controls beside the search box (the job library's sort). */
  controls?: ReactNode;
  /** The table's columns, in order. */
  columns: LibraryColumn[];
  /** The cells of one row, each a `<td>`. */
  renderCells(row: RecordOf<K>): ReactNode;
  /** The editor dialog, driven by `library.editor`. */
  editor: ReactNode;
}

/** The layout both libraries share: header with total and create, search toolbar, body, editor and delete dialog. */
export function LibraryFrame<K extends AnyRecordKind>(props: LibraryFrameProps<K>) {
  const { library, kind } = props;
  const { messages, locale, readOnly } = useDesigner();
  const text = messages.library;
  const { list } = library;
  const countText = (message: PluralMessage, count: number) =>
    formatMessage(selectPlural(locale, message, count), { count: formatNumber(locale, count) });

  const createButton = readOnly ? null : (
    <button type="button" className="sona-button sona-button--primary" onClick={library.openCreate}>
      <PlusIcon />
      {props.createLabel}
    </button>
  );

  return (
    <section
      ref={library.rootRef}
      className={props.className}
      aria-labelledby={library.headingId}
      data-readonly={readOnly || undefined}
    >
      <LibraryHeader
        headingId={library.headingId}
        title={props.title}
        total={library.total === null ? null : countText(props.totalMessage, library.total)}
        action={library.emptyWorkspace ? null : createButton}
        tools={props.headerTools}
        note={props.note}
      />
      {library.emptyWorkspace || list.status === 'error' ? null : (
        <div className="sona-library__toolbar">
          <div ref={library.searchRef} className="sona-library__search-slot">
            <SearchBox
              label={props.searchLabel}
              placeholder={props.searchPlaceholder}
              value={library.search}
              onChange={library.setSearch}
              busy={library.searching}
            />
          </div>
          {props.controls}
          <p className="sona-library__results" role="status">
            {library.showsResults ? countText(text.results, list.total) : ''}
          </p>
        </div>
      )}
      <div className="sona-library__content">
        <LibraryBody
          list={list}
          query={library.query}
          text={props.bodyText}
          icon={props.icon}
          createButton={createButton}
          onClearSearch={() => library.setSearch('')}
          columns={props.columns}
          renderCells={props.renderCells}
          resetKey={library.resetKey}
        />
      </div>
      <LiveAnnouncement announcement={library.announcement} />
      {props.editor}
      {readOnly ? null : (
        <LazyDeleteDialog
          kind={kind}
          wording={props.deleteWording}
          target={library.deleting}
          onClose={library.closeDelete}
          onDeleted={library.onDeleted}
          onReloaded={(item) => list.replace(item as RecordOf<K>)}
          onCloseAutoFocus={library.focusAfterDelete}
        />
      )}
    </section>
  );
}
