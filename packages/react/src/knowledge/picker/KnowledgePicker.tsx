import { attachKnowledge, detachKnowledge, graphemeLength, type KnowledgePage } from '@sona-designer/core';
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import {
  errorText,
  formatMessage,
  formatNumber,
  jobPickerEn,
  provideEnglish,
  selectPlural,
} from '../../i18n';
import {
  PickerFrame,
  PickerListBody,
  PickerSearch,
  type PickerSearchHandle,
  pickerTotal,
  useAttachedKnowledgeIds,
  usePickerList,
} from '../../records';
import { useDesigner, useFlow, useFlowStoreApi } from '../../state';
import { knowledgeKind } from '../knowledgeKind';

// The pickers' English texts come with their code, not with the package's first download.
provideEnglish('jobPicker', jobPickerEn);

/** Props of `KnowledgePicker`, a controlled dialog. */
export interface KnowledgePickerProps {
  /** Whether the dialog is open (controlled). */
  open: boolean;
  /** Asks to open or close. */
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
  const searchRef = useRef<HTMLInputElement>(null);
  const searchBox = useRef<PickerSearchHandle>(null);
  const id = useId();
  const picker = usePickerList<KnowledgePage>({
    open,
    fetchPage: (query, cursor, limit) =>
      knowledgeKind.list(adapter, { limit, ...(query ? { query } : {}), ...(cursor ? { cursor } : {}) }),
    pageSize: PAGE_SIZE,
  });
  const { list, setQuery } = picker;

  useEffect(() => {
    if (!open) setQuery('');
  }, [open, setQuery]);

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

  return (
    <PickerFrame
      open={open}
      onOpenChange={onOpenChange}
      className="sona-job-picker sona-knowledge-picker"
      title={text.addKnowledge}
      count={formatMessage(selectPlural(locale, text.knowledgeAttached, attached.size), {
        count: formatNumber(locale, attached.size),
      })}
      note={readOnly ? text.readOnlyNote : text.knowledgePickerNote}
      searchRef={searchRef}
    >
      {() => (
        <>
          {picker.workspaceEmpty ? null : (
            <div className="sona-job-picker__toolbar">
              <PickerSearch
                ref={searchBox}
                id={`${id}-search`}
                label={text.searchKnowledge}
                placeholder={text.searchKnowledge}
                onQueryChange={setQuery}
                delayMs={150}
                busy={list.refreshing}
                inputRef={searchRef}
              />
              <p className="sona-job-picker__total" aria-live="polite">
                {pickerTotal(picker, locale, { total: text.knowledgeTotal, matches: text.knowledgeMatches })}
              </p>
            </div>
          )}
          <div className="sona-job-picker__body">
            <PickerListBody
              picker={picker}
              ready={flowReady}
              text={{
                loading: text.knowledgeLoading,
                loadFailed: text.knowledgeLoadFailed,
                retry: text.retry,
                emptyTitle: text.knowledgeNoPagesTitle,
                emptyBody: text.knowledgeNoPagesBody,
                noResultsTitle: text.knowledgeNoResultsTitle,
                noResultsBody: text.noResultsBody,
                clearSearch: text.clearSearch,
              }}
              emptyIcon="page"
              searchRef={searchRef}
              searchBox={searchBox}
            >
              <div className="sona-knowledge-list" aria-busy={list.refreshing || undefined}>
                <ul
                  className="sona-knowledge-list__rows"
                  aria-label={text.knowledgeListLabel}
                  onKeyDown={onListKeyDown}
                >
                  {list.rows.map((page) => {
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
                    {list.moreError ? <span>{errorText(messages, list.moreError)}</span> : null}
                    <button
                      type="button"
                      className="sona-button"
                      disabled={list.loadingMore}
                      onClick={list.loadMore}
                    >
                      {list.loadingMore ? <span className="sona-spinner" aria-hidden="true" /> : null}
                      {list.moreError ? text.retry : text.showMore}
                    </button>
                  </div>
                ) : null}
              </div>
            </PickerListBody>
          </div>
        </>
      )}
    </PickerFrame>
  );
}
