import { describe, expect, it } from 'vitest';
import { expectDesignerError } from '../expectError';
import { firstSonaStepId, jobInput, withJobIds } from '../fixtures';
import type { AdapterFactory } from './factory';

export function describeCopiesContract(make: AdapterFactory): void {
  describe('returned and passed objects are copies', () => {
    it('keeps a stored job when the caller mutates what it passed or what it got back', async () => {
      const adapter = await make();
      const input = jobInput({ name: 'Original' });
      const created = await adapter.createJob(input);
      input.name = 'Mutated input';
      created.name = 'Mutated result';

      const fetched = await adapter.getJob(created.id);
      expect(fetched.name).toBe('Original');
      fetched.instructions = 'Mutated fetch';
      const listed = await adapter.listJobs();
      expect(listed.items[0]?.instructions).toBe(jobInput().instructions);
      if (listed.items[0]) listed.items[0].name = 'Mutated list item';

      const patch = { name: 'Patched' };
      const updated = await adapter.updateJob(created.id, patch, 1);
      patch.name = 'Mutated patch';
      updated.name = 'Mutated update';
      expect(await adapter.getJob(created.id)).toMatchObject({
        name: 'Patched',
        instructions: jobInput().instructions,
      });
    });

    it('keeps the stored job when the caller mutates the job carried by a CONFLICT', async () => {
      const adapter = await make();
      const created = await adapter.createJob(jobInput());
      await adapter.updateJob(created.id, { name: 'Theirs' }, 1);
      const error = await expectDesignerError(adapter.updateJob(created.id, { name: 'Mine' }, 1), 'CONFLICT');
      (error.current as { name: string }).name = 'Mutated conflict copy';
      expect((await adapter.getJob(created.id)).name).toBe('Theirs');
    });

    it('keeps a stored draft when the caller mutates the graph it saved or the flow it got back', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput());
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const stepId = firstSonaStepId(flow.draft);
      const graph = withJobIds(flow.draft, stepId, [job.id]);
      const saved = await adapter.saveDraft(flow.id, graph, flow.version);
      const expected = structuredClone(saved);

      graph.steps.pop();
      graph.edges.length = 0;
      saved.draft.steps.length = 0;
      const fetched = await adapter.getCallFlow(flow.id);
      expect(fetched).toEqual(expected);

      fetched.name = 'Mutated';
      const sona = fetched.draft.steps.find((step) => step.id === stepId);
      if (sona?.kind === 'sona') sona.jobIds.push('another-job');
      expect(await adapter.getCallFlow(flow.id)).toEqual(expected);
    });

    it('keeps a published revision when the caller mutates the published graph it got back', async () => {
      const adapter = await make();
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const published = await adapter.publishCallFlow(flow.id, flow.version);
      const expected = structuredClone(published);
      published.published?.graph.steps.splice(0);
      published.revisions.splice(0);
      const revisions = await adapter.listRevisions(flow.id);
      revisions[0]?.graph.edges.splice(0);
      expect(await adapter.getCallFlow(flow.id)).toEqual(expected);
      expect(await adapter.listRevisions(flow.id)).toEqual(expected.revisions);
    });

    it('keeps the workspace when the caller mutates an export', async () => {
      const adapter = await make();
      await adapter.createJob(jobInput());
      const exported = await adapter.exportWorkspace();
      const name = exported.jobs[0]?.name;
      if (exported.jobs[0]) exported.jobs[0].name = 'Mutated export';
      exported.jobs.push({ ...(exported.jobs[0] as (typeof exported.jobs)[number]), id: 'extra' });
      const page = await adapter.listJobs();
      expect(page.total).toBe(1);
      expect(page.items[0]?.name).toBe(name);
    });
  });
}
