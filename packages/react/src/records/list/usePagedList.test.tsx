import { DesignerError } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { REFRESH_RETRY_MS, SchedulerContext } from '../../state';
import { createFakeScheduler } from '../../test/fakeScheduler';
import { controlledPages } from '../../test/recordFixtures';
import { usePagedList } from './usePagedList';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/** The list over pages the test answers; `key` and `enabled` are the hook's props. */
async function pagedList(initial: { key: string; enabled?: boolean }) {
  const pages = controlledPages();
  const hook = await renderHook(
    (props?: { key: string; enabled?: boolean }) =>
      usePagedList({
        key: props?.key ?? '',
        fetchPage: pages.fetchPage,
        pageSize: 2,
        enabled: props?.enabled ?? true,
      }),
    { initialProps: initial },
  );
  return { ...hook, requests: pages.requests };
}

describe('usePagedList', () => {
  test('a new search keeps the rows shown while it loads, and an older answer arriving late is dropped', async () => {
    const { result, act, rerender, requests } = await pagedList({ key: 'a' });
    expect(result.current.status).toBe('loading');
    await act(() => requests[0]?.resolve(['a1', 'a2'], { total: 5, nextCursor: 'c2' }));
    expect(result.current).toMatchObject({ status: 'ready', loadedKey: 'a', total: 5, hasMore: true });

    await rerender({ key: 'b' });
    await rerender({ key: 'c' });
    // The rows of "a" stay, marked as refreshing, while "c" loads.
    expect(result.current).toMatchObject({ status: 'ready', refreshing: true, loadedKey: 'a' });
    expect(ids(result.current.rows)).toEqual(['a1', 'a2']);

    await act(() => requests[2]?.resolve(['c1']));
    await act(() => requests[1]?.resolve(['b1', 'b2']));
    expect(result.current).toMatchObject({ status: 'ready', refreshing: false, loadedKey: 'c' });
    expect(ids(result.current.rows)).toEqual(['c1']);
  });

  test('the next page appends without repeating a row whose offset shifted, and its failure can be retried', async () => {
    const { result, act, requests } = await pagedList({ key: '' });
    await act(() => requests[0]?.resolve(['p1', 'p2'], { total: 4, nextCursor: 'c2' }));

    await act(() => result.current.loadMore());
    expect(result.current.loadingMore).toBe(true);
    await act(() => requests[1]?.reject(new DesignerError('UNAVAILABLE', 'Offline.')));
    expect(result.current.moreError?.message).toBe('Offline.');

    await act(() => result.current.loadMore());
    expect(requests[2]?.cursor).toBe('c2');
    await act(() => requests[2]?.resolve(['p2', 'p3', 'p4'], { total: 4 }));
    expect(ids(result.current.rows)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(result.current).toMatchObject({ hasMore: false, moreError: null, loadingMore: false });
  });

  test('a failed first page says so; Retry starts over with nothing shown', async () => {
    const { result, act, requests } = await pagedList({ key: 'x' });
    await act(() => requests[0]?.reject(new Error('Down.')));
    expect(result.current.status).toBe('error');
    expect(result.current.error).toEqual(new Error('Down.'));

    await act(() => result.current.retry());
    expect(result.current).toMatchObject({ status: 'loading', rows: [], loadedKey: null, error: null });
    await act(() => requests[1]?.resolve(['x1']));
    expect(result.current).toMatchObject({ status: 'ready', loadedKey: 'x' });
  });

  test('a created item is pinned at the top until the search changes; a deleted one leaves the total', async () => {
    const { result, act, rerender, requests } = await pagedList({ key: '' });
    await act(() => requests[0]?.resolve(['r1', 'r2'], { total: 2 }));

    await act(() => result.current.pin({ id: 'new' }));
    expect(ids(result.current.rows)).toEqual(['new', 'r1', 'r2']);
    expect(result.current.pinnedIds.has('new')).toBe(true);
    await act(() => result.current.remove('r1'));
    expect(ids(result.current.rows)).toEqual(['new', 'r2']);
    expect(result.current.total).toBe(1);

    await rerender({ key: 'other' });
    expect(ids(result.current.rows)).toEqual(['r2']);
  });

  test('a refresh fetches the loaded range again and keeps the pins; nothing loads while disabled', async () => {
    const { result, act, rerender, requests } = await pagedList({ key: '', enabled: false });
    expect(requests).toHaveLength(0);

    await rerender({ key: '', enabled: true });
    await act(() => requests[0]?.resolve(['r1', 'r2'], { total: 3, nextCursor: 'c2' }));
    await act(() => result.current.loadMore());
    await act(() => requests[1]?.resolve(['r3'], { total: 3 }));
    await act(() => result.current.pin({ id: 'new' }));

    await act(() => result.current.refresh());
    // The three rows loaded, in one request; the rows stay shown meanwhile.
    expect(requests[2]?.limit).toBe(3);
    expect(result.current.refreshing).toBe(false);
    await act(() => requests[2]?.resolve(['r1', 'r3', 'new', 'r4'], { total: 4 }));
    expect(ids(result.current.rows)).toEqual(['new', 'r1', 'r3', 'r4']);
  });

  test('a pinned row missing from a refresh that reached the end was deleted elsewhere (or imported over): it goes', async () => {
    const { result, act, requests } = await pagedList({ key: '' });
    await act(() => requests[0]?.resolve(['r1', 'r2'], { total: 2 }));
    await act(() => result.current.pin({ id: 'new' }));
    await act(() => result.current.pin({ id: 'other' }));

    // A partial refresh cannot tell: the pins stay.
    await act(() => result.current.refresh());
    await act(() => requests[1]?.resolve(['r1', 'r2'], { total: 9, nextCursor: 'c3' }));
    expect(ids(result.current.rows)).toEqual(['other', 'new', 'r1', 'r2']);

    // The whole list without "new": it was deleted; "other" is still there.
    await act(() => result.current.refresh());
    await act(() => requests[2]?.resolve(['other', 'r1', 'r2'], { total: 3 }));
    expect(ids(result.current.rows)).toEqual(['other', 'r1', 'r2']);
  });

  test('a failed refresh is retried on the scheduler until it answers; a newer request supersedes the retry', async () => {
    const pages = controlledPages();
    const scheduler = createFakeScheduler();
    const { result, act, requests } = {
      ...(await renderHook(() => usePagedList({ key: '', fetchPage: pages.fetchPage, pageSize: 2 }), {
        wrapper: ({ children }) => (
          <SchedulerContext.Provider value={scheduler}>{children}</SchedulerContext.Provider>
        ),
      })),
      requests: pages.requests,
    };
    await act(() => requests[0]?.resolve(['r1', 'r2'], { total: 2 }));

    await act(() => result.current.refresh());
    await act(() => requests[1]?.reject(new DesignerError('UNAVAILABLE', 'Offline.')));
    // What is shown stays, and the refresh is asked again after a pause.
    expect(ids(result.current.rows)).toEqual(['r1', 'r2']);
    expect(requests).toHaveLength(2);
    await act(() => scheduler.advance(REFRESH_RETRY_MS));
    expect(requests).toHaveLength(3);
    await act(() => requests[2]?.resolve(['r1', 'renamed'], { total: 2 }));
    expect(ids(result.current.rows)).toEqual(['r1', 'renamed']);
    expect(scheduler.waiting).toBe(0);

    // A retry waiting gives way to a newer refresh.
    await act(() => result.current.refresh());
    await act(() => requests[3]?.reject(new DesignerError('UNAVAILABLE', 'Offline.')));
    expect(scheduler.waiting).toBe(1);
    await act(() => result.current.refresh());
    expect(scheduler.waiting).toBe(0);
    expect(requests).toHaveLength(5);
  });

  test('replace keeps the newer version of a row', async () => {
    const { result, act, requests } = await pagedList({ key: '' });
    await act(() => requests[0]?.resolve(['r1'], { total: 1 }));
    await act(() => result.current.replace({ id: 'r1', version: 3 } as { id: string }));
    await act(() => result.current.replace({ id: 'r1', version: 2 } as { id: string }));
    expect(result.current.rows[0]).toEqual({ id: 'r1', version: 3 });
  });
});
