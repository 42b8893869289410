import type { Page } from '@sona-designer/core';
import { useState } from 'react';
import { formatMessage, formatNumber, type Locale, type PluralMessage, selectPlural } from '../../i18n';
import { type PagedList, usePagedList } from '../list/usePagedList';

/** What `usePickerList` needs. */
export interface PickerListOptions<T> {
  /** False while the dialog is closed: nothing loads. */
  open: boolean;
  /** What the list depends on besides the search (the job picker's sort). */
  keyPrefix?: string;
  /** One page of the items matching `query`. */
  fetchPage(query: string, cursor: string | undefined, limit: number): Promise<Page<T>>;
  /** How many items a page holds. */
  pageSize: number;
}

/** A picker's list and its search. */
export interface PickerList<T> {
  /** The paged items. */
  list: PagedList<T>;
  /** The search as of the last pause in typing (the box keeps the typed text). */
  query: string;
  /** Searches for `query` (the search box reports it once typing pauses). */
  setQuery(query: string): void;
  /** The search the rows shown answer (the previous one while a new one loads). */
  shownQuery: string;
  /** Nothing at all in the workspace (not a search that found nothing). */
  workspaceEmpty: boolean;
}

/** A picker's searchable list: the query, its pages, and what the rows shown answer. */
export function usePickerList<T extends { id: string }>({
  open,
  keyPrefix = '',
  fetchPage,
  pageSize,
}: PickerListOptions<T>): PickerList<T> {
  const [query, setQuery] = useState('');
  const list = usePagedList<T>({
    key: `${keyPrefix}\n${query}`,
    fetchPage: (cursor, limit) => fetchPage(query, cursor, limit),
    pageSize,
    enabled: open,
  });
  const shownQuery = list.loadedKey?.slice(list.loadedKey.indexOf('\n') + 1) ?? '';
  return {
    list,
    query,
    setQuery,
    shownQuery,
    workspaceEmpty: list.loadedKey !== null && shownQuery === '' && list.total === 0,
  };
}

/** "26 jobs", or "3 matches" for a search; empty until the first answer. */
export function pickerTotal(
  picker: PickerList<{ id: string }>,
  locale: Locale,
  plurals: { total: PluralMessage; matches: PluralMessage },
): string {
  const { list, shownQuery } = picker;
  if (list.loadedKey === null) return '';
  return formatMessage(selectPlural(locale, shownQuery ? plurals.matches : plurals.total, list.total), {
    count: formatNumber(locale, list.total),
  });
}
