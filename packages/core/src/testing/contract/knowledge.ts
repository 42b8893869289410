import { describe, expect, it } from 'vitest';
import { expectDesignerError } from '../expectError';
import { firstSonaStepId, knowledgeInput, withKnowledgeIds } from '../fixtures';
import type { AdapterFactory } from './factory';

export function describeKnowledgeContract(make: AdapterFactory): void {
  describe('knowledge pages', () => {
    it('creates a trimmed page at version 1 that getKnowledge finds', async () => {
      const adapter = await make();
      const page = await adapter.createKnowledge(
        knowledgeInput({ title: '  Prices  ', content: ' Haircut: 30 € \n' }),
      );
      expect(page).toMatchObject({ title: 'Prices', content: 'Haircut: 30 €', version: 1 });
      expect(await adapter.getKnowledge(page.id)).toEqual(page);
    });

    it('accepts content of 20,000 characters as a person counts them', async () => {
      const adapter = await make();
      const plain = await adapter.createKnowledge(knowledgeInput({ content: 'a'.repeat(20_000) }));
      expect(plain.content).toHaveLength(20_000);
      // 40,000 code units: an e and a combining accent are one character to a person.
      const accented = 'e\u0301'.repeat(20_000);
      expect((await adapter.createKnowledge(knowledgeInput({ content: accented }))).content).toBe(accented);
    });

    it.each([
      ['content of 20,001 characters', { content: 'a'.repeat(20_001) }, 'content'],
      ['blank content', { content: '  ' }, 'content'],
      ['a blank title', { title: '' }, 'title'],
      ['a control character in the title', { title: 'Prices\u0000' }, 'title'],
    ])(
      'refuses %s with VALIDATION naming the field, and creates nothing',
      async (_label, overrides, field) => {
        const adapter = await make();
        const error = await expectDesignerError(
          adapter.createKnowledge(knowledgeInput(overrides)),
          'VALIDATION',
        );
        expect(error.fieldErrors[field]).toEqual(expect.any(String));
        expect((await adapter.listKnowledge()).total).toBe(0);
      },
    );

    it('increments the version on update and refuses a stale version with CONFLICT carrying the stored page', async () => {
      const adapter = await make();
      const page = await adapter.createKnowledge(knowledgeInput());
      const updated = await adapter.updateKnowledge(page.id, { content: 'Open every day.' }, 1);
      expect(updated).toMatchObject({ version: 2, content: 'Open every day.', title: page.title });
      const error = await expectDesignerError(
        adapter.updateKnowledge(page.id, { content: 'Closed on Sundays.' }, 1),
        'CONFLICT',
      );
      expect(error.current).toEqual(updated);
      expect(await adapter.getKnowledge(page.id)).toEqual(updated);
    });

    it('refuses content over the limit on update and keeps the stored page', async () => {
      const adapter = await make();
      const page = await adapter.createKnowledge(knowledgeInput());
      await expectDesignerError(
        adapter.updateKnowledge(page.id, { content: 'a'.repeat(20_001) }, 1),
        'VALIDATION',
      );
      expect(await adapter.getKnowledge(page.id)).toEqual(page);
    });

    it('answers NOT_FOUND for an unknown page', async () => {
      const adapter = await make();
      await expectDesignerError(adapter.getKnowledge('no-such-page'), 'NOT_FOUND');
      await expectDesignerError(adapter.updateKnowledge('no-such-page', { title: 'X' }, 1), 'NOT_FOUND');
    });

    it('refuses to delete a page attached to a draft (IN_USE with places), and deletes it once detached and published', async () => {
      const adapter = await make();
      const page = await adapter.createKnowledge(knowledgeInput());
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const stepId = firstSonaStepId(flow.draft);
      const attached = await adapter.saveDraft(
        flow.id,
        withKnowledgeIds(flow.draft, stepId, [page.id]),
        flow.version,
      );

      const error = await expectDesignerError(adapter.deleteKnowledge(page.id, 1), 'IN_USE');
      expect(error.places).toEqual([expect.objectContaining({ callFlowId: flow.id, stepId, inDraft: true })]);
      expect(await adapter.getKnowledgeUsage(page.id)).toEqual(error.places);
      expect(await adapter.getKnowledge(page.id)).toEqual(page);

      const detached = await adapter.saveDraft(
        flow.id,
        withKnowledgeIds(attached.draft, stepId, []),
        attached.version,
      );
      expect(detached.published).toBeNull();
      await adapter.deleteKnowledge(page.id, 1);
      await expectDesignerError(adapter.getKnowledge(page.id), 'NOT_FOUND');
    });

    it('pages through every page once and finds pages by title ignoring case and accents', async () => {
      const adapter = await make();
      const summer = await adapter.createKnowledge(knowledgeInput({ title: 'Horaires d’été' }));
      for (const title of ['Prices', 'Parking', 'Team'])
        await adapter.createKnowledge(knowledgeInput({ title }));

      const seen: string[] = [];
      const first = await adapter.listKnowledge({ limit: 3 });
      const second = await adapter.listKnowledge({ limit: 3, cursor: first.nextCursor ?? '' });
      for (const page of [first, second]) {
        expect(page.total).toBe(4);
        seen.push(...page.items.map((item) => item.id));
      }
      expect(second.nextCursor).toBeNull();
      expect(new Set(seen).size).toBe(4);

      const found = await adapter.listKnowledge({ query: 'ETE' });
      expect(found.items.map((item) => item.id)).toEqual([summer.id]);
      const byIds = await adapter.listKnowledge({ ids: [summer.id] });
      expect(byIds.items.map((item) => item.id)).toEqual([summer.id]);
    });
  });
}
