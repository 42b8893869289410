import { type DesignerAdapter, DesignerError, type KnowledgePage } from '@sona-designer/core';
import { KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import type { Resolver } from 'react-hook-form';
import { describe, expect, test } from 'vitest';
import { renderHook } from 'vitest-browser-react';
import { createLibraryAdapter, UNUSED_PAGE } from '../../test/libraryFixtures';
import { designerWrapper, pageKind } from '../../test/recordFixtures';
import type { RecordValues } from '../recordKind';
import { useRecordSave } from './useRecordSave';

type PageValues = RecordValues<'title' | 'content'>;

/** Takes any values: the adapter is the one to refuse them here. */
const anything: Resolver<PageValues> = (values) => ({ values, errors: {} });

/** The save hook over a page loaded from `adapter`; `saved` collects what `onSaved` receives. */
async function editPage(adapter: DesignerAdapter, pageId: string) {
  const page = await adapter.getKnowledge(pageId);
  const saved: KnowledgePage[] = [];
  const hook = await renderHook(
    () =>
      useRecordSave({
        kind: pageKind,
        record: page,
        resolver: anything,
        onSaved: (stored) => saved.push(stored),
      }),
    { wrapper: designerWrapper(adapter) },
  );
  return { ...hook, page, saved };
}

describe('useRecordSave', () => {
  test('a save over a stale version opens the conflict with the draft kept, and the merge saves both', async () => {
    const adapter = createLibraryAdapter();
    const { result, act, page, saved } = await editPage(adapter, KNOWLEDGE_IDS.prices);
    // Someone else retitles the page while it is edited here.
    await adapter.updateKnowledge(page.id, { title: 'Prices 2026' }, page.version);

    await act(() => result.current.form.setValue('content', 'Members pay 125 $.'));
    await act(async () => {
      expect(await result.current.save(result.current.form.getValues())).toBe('conflict');
    });

    const conflict = result.current.conflict;
    expect(conflict?.theirs).toMatchObject({ title: 'Prices 2026', version: 2 });
    expect(conflict?.yours).toEqual({ title: page.title, content: 'Members pay 125 $.' });
    expect(conflict?.changes).toEqual({ title: 'them', content: 'you' });
    expect(conflict?.choices).toEqual({ title: 'theirs', content: 'yours' });
    // Nothing typed is lost: the form still holds the draft, and closing would ask first.
    expect(result.current.form.getValues('content')).toBe('Members pay 125 $.');
    expect(result.current.hasChanges()).toBe(true);
    expect(saved).toEqual([]);

    await act(async () => {
      expect(await result.current.saveMerge()).toBe('saved');
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ title: 'Prices 2026', content: 'Members pay 125 $.', version: 3 });
  });

  test('Edit before saving puts the choices in the form over their version, which becomes the base', async () => {
    const adapter = createLibraryAdapter();
    const { result, act, page } = await editPage(adapter, KNOWLEDGE_IDS.prices);
    await adapter.updateKnowledge(page.id, { content: 'Their rates.' }, page.version);
    await act(async () => {
      await result.current.save({ title: page.title, content: 'My rates.' });
    });

    await act(() => result.current.choose('content', 'theirs'));
    await act(() => result.current.keepMerge());

    expect(result.current.conflict).toBeNull();
    expect(result.current.base).toMatchObject({ content: 'Their rates.', version: 2 });
    expect(result.current.form.getValues()).toEqual({ title: page.title, content: 'Their rates.' });
    // Their version is the new starting point: the same text is nothing to save.
    expect(result.current.hasChanges()).toBe(false);
  });

  test('a record deleted meanwhile fails as deleted, and can be saved as a new one', async () => {
    const adapter = createLibraryAdapter();
    const { result, act, saved } = await editPage(adapter, UNUSED_PAGE.id);
    await adapter.deleteKnowledge(UNUSED_PAGE.id, UNUSED_PAGE.version);
    const draft = { title: UNUSED_PAGE.title, content: 'Renewed for 2026.' };

    await act(async () => {
      expect(await result.current.save(draft)).toBe('failed');
    });
    expect(result.current.status).toMatchObject({ kind: 'failed', reason: 'deleted' });

    await act(async () => {
      expect(await result.current.saveAsNew(draft)).toBe('saved');
    });
    expect(saved[0]).toMatchObject({ ...draft, version: 1 });
    expect(saved[0]?.id).not.toBe(UNUSED_PAGE.id);
  });

  test('values the adapter refuses field by field land on those fields', async () => {
    const base = createLibraryAdapter();
    const adapter: DesignerAdapter = {
      ...base,
      updateKnowledge: () =>
        Promise.reject(
          new DesignerError('VALIDATION', 'Refused.', {
            fieldErrors: { content: 'Content names a competitor.' },
          }),
        ),
    };
    const { result, act, page } = await editPage(adapter, KNOWLEDGE_IDS.prices);

    await act(async () => {
      await result.current.save({ title: page.title, content: 'Cheaper than Acme.' });
    });

    expect(result.current.status).toMatchObject({ kind: 'failed', reason: 'invalid' });
    expect(result.current.form.getFieldState('content').error).toMatchObject({
      type: 'server',
      message: 'Content names a competitor.',
    });
    expect(result.current.form.getFieldState('title').error).toBeUndefined();
  });

  test('an outage keeps the values and fails for a retry; a step before the save fails the same way', async () => {
    const base = createLibraryAdapter();
    const outage = new DesignerError('UNAVAILABLE', 'The workspace could not be reached.');
    const adapter: DesignerAdapter = { ...base, updateKnowledge: () => Promise.reject(outage) };
    const { result, act, page } = await editPage(adapter, KNOWLEDGE_IDS.prices);

    await act(async () => {
      await result.current.save({ title: page.title, content: 'New rates.' });
    });
    expect(result.current.status).toEqual({ kind: 'failed', reason: 'other', error: outage });

    await act(() => result.current.clearStatus());
    await act(async () => {
      expect(await result.current.prepare(() => Promise.reject(outage))).toBeUndefined();
    });
    expect(result.current.status).toMatchObject({ kind: 'failed', reason: 'other' });
  });
});
