import * as Dialog from '@radix-ui/react-dialog';
import { attachKnowledge, detachKnowledge, graphemeLength, type KnowledgePage } from '@sona-designer/core';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { formatMessage, formatNumber, selectPlural } from '../../i18n';
import {
  ListError,
  ListLoading,
  ListMessage,
  NoSearchResults,
  PickerSearch,
  type PickerSearchHandle,
  useAttachedKnowledgeIds,
  useFocusReturn,
  usePickerPagedList as usePagedList,
} from '../../jobs';
import { useDesigner, useFlow, useFlowStoreApi } from '../../state';
import { JobsIcon, usePortalContainer } from '../../ui';

export interface KnowledgePickerProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The Sona step whose knowledge pages the picker attaches and detaches (in the draft). */
  stepId: string;
}

const PAGE_SIZE = 100;

/**
 * The "Add knowledge" dialog of a Sona step: the workspace's knowledge pages with a search, each a checkbox that
 * attaches or detaches it in the draft. Says that page edits are live while attachments wait for publishing.
 * Needs the flow store.
 */
export function KnowledgePicker({ open, onOpenChange, stepId }: KnowledgePickerProps) {
  const { messages, locale, adapter, workspace } = useDesigner();
  const text = messages.jobPicker;
  const labels = messages.designer.historyLabels;
  const store = useFlowStoreApi();
  const flowReady = useFlow((state) => state.loadState === 'ready');
  const readOnly = useFlow((state) => state.readOnly);
  const attached = new Set(useAttachedKnowledgeIds(stepId));
  const [portalRef, container] = usePortalContainer();
  const searchRef = useRef<HTMLInputElement>(null);
  const searchBox = useRef<PickerSearchHandle>(null);
  const focusReturn = useFocusReturn();
  const id = useId();
  // The query as of the last pause in typing (the box keeps the typed text).
  const [query, setQuery] = useState('');
  const list = usePagedList<KnowledgePage>(
    query,
    (cursor) =>
      adapter.listKnowledge({ limit: PAGE_SIZE, ...(query ? { query } : {}), ...(cursor ? { cursor } : {}) }),
    open,
  );
  const shownQuery = list.shownKey ?? '';

  useEffect(() => {
    if (!open) setQuery('');
  }, [open]);

  function toggle(page: KnowledgePage, checked: boolean) {
    const { change } = store.getState();
    if (checked) {
      workspace.getState().putKnowledge(page);
      change(labels.attachKnowledge, (graph) => attachKnowledge(graph, stepId, page.id));
    } else {
      change(labels.detachKnowledge, (graph) => detachKnowledge(graph, stepId, page.id));
    }
  }

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input:not(:disabled)')];
    const at = boxes.indexOf(event.target as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    boxes[Math.max(0, Math.min(boxes.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  const workspaceEmpty = list.shownKey !== null && shownQuery === '' && list.total === 0;
  let body: React.ReactNode;
  if (!flowReady || (list.shownKey === null && list.status === 'loading')) {
    body = <ListLoading label={text.knowledgeLoading} />;
  } else if (list.status === 'error') {
    body = (
      <ListError
        title={text.knowledgeLoadFailed}
        message={list.error?.message ?? ''}
        retry={text.retry}
        onRetry={() => {
          list.reload();
          searchRef.current?.focus();
        }}
      />
    );
  } else if (workspaceEmpty) {
    body = <ListMessage icon="page" title={text.knowledgeNoPagesTitle} body={text.knowledgeNoPagesBody} />;
  } else if (list.items.length === 0) {
    body = (
      <NoSearchResults
        title={formatMessage(text.knowledgeNoResultsTitle, { query: shownQuery })}
        body={text.noResultsBody}
        clearLabel={text.clearSearch}
        onClear={() => {
          searchBox.current?.clear();
          searchRef.current?.focus();
        }}
      />
    );
  } else {
    body = (
      <div className="sona-knowledge-list" aria-busy={list.status === 'loading' || undefined}>
        <ul
          className="sona-knowledge-list__rows"
          aria-label={text.knowledgeListLabel}
          onKeyDown={onListKeyDown}
        >
          {list.items.map((page) => {
            const checked = attached.has(page.id);
            const preview = page.content.trim().split('\n', 1)[0] ?? '';
            return (
              <li key={page.id} className="sona-knowledge-row" data-checked={checked || undefined}>
                <label className="sona-knowledge-row__label" htmlFor={`${id}-${page.id}`}>
                  <input
                    id={`${id}-${page.id}`}
                    type="checkbox"
                    className="sona-job-row__box"
                    checked={checked}
                    disabled={readOnly}
                    aria-labelledby={`${id}-${page.id}-title`}
                    aria-describedby={`${id}-${page.id}-preview`}
                    onChange={(event) => toggle(page, event.target.checked)}
                  />
                  <span className="sona-job-row__text">
                    <span id={`${id}-${page.id}-title`} className="sona-job-row__name">
                      {page.title}
                    </span>
                    <span id={`${id}-${page.id}-preview`} className="sona-job-row__trigger">
                      {preview}
                    </span>
                    <span className="sona-job-row__usage">
                      {formatMessage(text.knowledgeCharacters, {
                        count: formatNumber(locale, graphemeLength(page.content)),
                      })}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {list.hasMore || list.moreError ? (
          <div className="sona-knowledge-list__more">
            {list.moreError ? <span>{list.moreError.message}</span> : null}
            <button type="button" className="sona-button" disabled={list.loadingMore} onClick={list.loadMore}>
              {list.loadingMore ? <span className="sona-spinner" aria-hidden="true" /> : null}
              {list.moreError ? text.retry : text.showMore}
            </button>
          </div>
        ) : null}
      </div>
    );
  }

  const totalText =
    list.shownKey === null
      ? ''
      : formatMessage(
          selectPlural(locale, shownQuery ? text.knowledgeMatches : text.knowledgeTotal, list.total),
          { count: formatNumber(locale, list.total) },
        );

  return (
    <>
      <span hidden ref={portalRef} />
      <Dialog.Root open={open && container !== null} onOpenChange={onOpenChange}>
        <Dialog.Portal container={container}>
          <Dialog.Overlay className="sona-modal-overlay" />
          <Dialog.Content
            className="sona-modal sona-job-picker sona-knowledge-picker"
            onOpenAutoFocus={(event) => {
              focusReturn.rememberOpener();
              if (!searchRef.current) return;
              event.preventDefault();
              searchRef.current.focus();
            }}
            onCloseAutoFocus={focusReturn.onCloseAutoFocus}
          >
            <div className="sona-modal__header">
              <Dialog.Title className="sona-modal__title">{text.addKnowledge}</Dialog.Title>
              <p className="sona-count sona-job-picker__count">
                {formatMessage(selectPlural(locale, text.knowledgeAttached, attached.size), {
                  count: formatNumber(locale, attached.size),
                })}
              </p>
              <Dialog.Close className="sona-icon-button sona-job-picker__close" aria-label={text.close}>
                <JobsIcon name="close" />
              </Dialog.Close>
            </div>
            <Dialog.Description className="sona-modal__description sona-job-picker__note">
              {readOnly ? text.readOnlyNote : text.knowledgePickerNote}
            </Dialog.Description>
            {workspaceEmpty ? null : (
              <div className="sona-job-picker__toolbar">
                <PickerSearch
                  ref={searchBox}
                  id={`${id}-search`}
                  label={text.searchKnowledge}
                  placeholder={text.searchKnowledge}
                  onQueryChange={setQuery}
                  delayMs={150}
                  busy={list.status === 'loading' && list.shownKey !== null}
                  inputRef={searchRef}
                />
                <p className="sona-job-picker__total" aria-live="polite">
                  {totalText}
                </p>
              </div>
            )}
            <div className="sona-job-picker__body">{body}</div>
            <div className="sona-job-picker__footer">
              <Dialog.Close className="sona-button sona-button--primary">{text.done}</Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
