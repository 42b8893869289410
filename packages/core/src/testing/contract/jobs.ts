import { describe, expect, it } from 'vitest';
import type { DesignerAdapter } from '../../adapter/types';
import type { Job } from '../../model/job';
import { expectDesignerError } from '../expectError';
import { delay, firstSonaStepId, jobInput, withJobIds } from '../fixtures';
import type { AdapterFactory } from './factory';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

async function allJobIds(adapter: DesignerAdapter): Promise<string[]> {
  const page = await adapter.listJobs({ limit: 500 });
  return page.items.map((job) => job.id).sort();
}

async function createNamed(adapter: DesignerAdapter, names: string[]): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const name of names) jobs.push(await adapter.createJob(jobInput({ name })));
  return jobs;
}

export function describeJobContract(make: AdapterFactory): void {
  describe('jobs: create and validate', () => {
    it('creates a job at version 1 with trimmed text, timestamps and an id that getJob finds', async () => {
      const adapter = await make();
      const job = await adapter.createJob(
        jobInput({ name: '  Take a message  ', description: '', trigger: ' Leave a message ' }),
      );
      expect(job.id).toEqual(expect.any(String));
      expect(job.name).toBe('Take a message');
      expect(job.trigger).toBe('Leave a message');
      expect(job.version).toBe(1);
      expect(job.createdAt).toMatch(ISO_TIMESTAMP);
      expect(job.updatedAt).toMatch(ISO_TIMESTAMP);
      expect(await adapter.getJob(job.id)).toEqual(job);
    });

    it('fills an omitted description and trigger with empty text', async () => {
      const adapter = await make();
      const job = await adapter.createJob({
        name: 'Book an appointment',
        instructions: '1. Ask for a date.',
      });
      expect(job.description).toBe('');
      expect(job.trigger).toBe('');
    });

    it('gives every job its own id', async () => {
      const adapter = await make();
      const jobs = await createNamed(adapter, ['One', 'Two', 'Three']);
      expect(new Set(jobs.map((job) => job.id)).size).toBe(3);
    });

    it.each([
      ['a blank name', { name: '   ' }, 'name'],
      ['a name of 101 characters', { name: 'e\u0301'.repeat(101) }, 'name'],
      ['a control character in the name', { name: 'Take\u0007 a message' }, 'name'],
      ['a line break in the name', { name: 'Take\na message' }, 'name'],
      ['blank instructions', { instructions: ' \n ' }, 'instructions'],
      ['instructions of 10,001 characters', { instructions: 'x'.repeat(10_001) }, 'instructions'],
      ['a description of 501 characters', { description: 'd'.repeat(501) }, 'description'],
      ['a trigger of 501 characters', { trigger: 't'.repeat(501) }, 'trigger'],
    ])(
      'refuses %s with VALIDATION naming the field, and creates nothing',
      async (_label, overrides, field) => {
        const adapter = await make();
        const error = await expectDesignerError(adapter.createJob(jobInput(overrides)), 'VALIDATION');
        expect(error.fieldErrors[field]).toEqual(expect.any(String));
        expect((await adapter.listJobs()).total).toBe(0);
      },
    );

    it('reports every invalid field at once', async () => {
      const adapter = await make();
      const error = await expectDesignerError(
        adapter.createJob({ name: '', instructions: '' }),
        'VALIDATION',
      );
      expect(Object.keys(error.fieldErrors)).toEqual(expect.arrayContaining(['name', 'instructions']));
    });

    it('counts characters as a person sees them: 100 emoji make a valid name', async () => {
      const adapter = await make();
      const name = '👍🏽'.repeat(100);
      const job = await adapter.createJob(jobInput({ name }));
      expect(job.name).toBe(name);
    });
  });

  describe('jobs: update with versions', () => {
    it('applies a patch to the named fields only and increments the version on each update', async () => {
      const adapter = await make();
      const created = await adapter.createJob(jobInput());
      const first = await adapter.updateJob(created.id, { instructions: '1. Say hello.' }, 1);
      expect(first).toMatchObject({ version: 2, instructions: '1. Say hello.', name: created.name });
      expect(first.trigger).toBe(created.trigger);
      expect(first.createdAt).toBe(created.createdAt);
      const second = await adapter.updateJob(created.id, { name: '  Greet  ' }, 2);
      expect(second).toMatchObject({ version: 3, name: 'Greet', instructions: '1. Say hello.' });
      expect(await adapter.getJob(created.id)).toEqual(second);
    });

    it('refuses a stale version with CONFLICT carrying the stored job, and changes nothing', async () => {
      const adapter = await make();
      const created = await adapter.createJob(jobInput());
      const theirs = await adapter.updateJob(created.id, { instructions: 'Their instructions' }, 1);
      const error = await expectDesignerError(
        adapter.updateJob(created.id, { instructions: 'My instructions' }, 1),
        'CONFLICT',
      );
      expect(error.current).toEqual(theirs);
      expect(await adapter.getJob(created.id)).toEqual(theirs);
    });

    it('refuses a version from the future with CONFLICT', async () => {
      const adapter = await make();
      const created = await adapter.createJob(jobInput());
      await expectDesignerError(adapter.updateJob(created.id, { name: 'Later' }, 5), 'CONFLICT');
      expect(await adapter.getJob(created.id)).toEqual(created);
    });

    it('refuses an invalid patch with VALIDATION and keeps the stored job', async () => {
      const adapter = await make();
      const created = await adapter.createJob(jobInput());
      const error = await expectDesignerError(adapter.updateJob(created.id, { name: '' }, 1), 'VALIDATION');
      expect(error.fieldErrors.name).toEqual(expect.any(String));
      expect(await adapter.getJob(created.id)).toEqual(created);
    });

    it('answers NOT_FOUND for an unknown job', async () => {
      const adapter = await make();
      await expectDesignerError(adapter.getJob('no-such-job'), 'NOT_FOUND');
      await expectDesignerError(adapter.updateJob('no-such-job', { name: 'X' }, 1), 'NOT_FOUND');
      await expectDesignerError(adapter.deleteJob('no-such-job', 1), 'NOT_FOUND');
    });
  });

  describe('jobs: delete', () => {
    it('deletes an unused job, after which getJob answers NOT_FOUND and lists omit it', async () => {
      const adapter = await make();
      const [keep, drop] = await createNamed(adapter, ['Keep', 'Drop']);
      if (!keep || !drop) throw new Error('setup failed');
      await adapter.deleteJob(drop.id, drop.version);
      await expectDesignerError(adapter.getJob(drop.id), 'NOT_FOUND');
      expect(await allJobIds(adapter)).toEqual([keep.id]);
    });

    it('refuses to delete with a stale version (CONFLICT) and keeps the job', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput());
      const updated = await adapter.updateJob(job.id, { name: 'Renamed' }, 1);
      await expectDesignerError(adapter.deleteJob(job.id, 1), 'CONFLICT');
      expect(await adapter.getJob(job.id)).toEqual(updated);
    });

    it('refuses to delete a job used by a draft or a published flow (IN_USE with places) until both drop it', async () => {
      const adapter = await make();
      const job = await adapter.createJob(jobInput());
      const flow = await adapter.createCallFlow({ name: 'Main line' });
      const stepId = firstSonaStepId(flow.draft);

      const attached = await adapter.saveDraft(
        flow.id,
        withJobIds(flow.draft, stepId, [job.id]),
        flow.version,
      );
      const inDraft = await expectDesignerError(adapter.deleteJob(job.id, job.version), 'IN_USE');
      expect(inDraft.places).toEqual([
        expect.objectContaining({
          callFlowId: flow.id,
          callFlowName: 'Main line',
          stepId,
          inDraft: true,
          inPublished: false,
        }),
      ]);
      expect(await adapter.getJob(job.id)).toEqual(job);

      const published = await adapter.publishCallFlow(flow.id, attached.version);
      const detached = await adapter.saveDraft(
        flow.id,
        withJobIds(published.draft, stepId, []),
        published.version,
      );
      const inPublished = await expectDesignerError(adapter.deleteJob(job.id, job.version), 'IN_USE');
      expect(inPublished.places).toEqual([
        expect.objectContaining({ callFlowId: flow.id, stepId, inDraft: false, inPublished: true }),
      ]);
      expect(await adapter.getJob(job.id)).toEqual(job);

      await adapter.publishCallFlow(flow.id, detached.version);
      await adapter.deleteJob(job.id, job.version);
      await expectDesignerError(adapter.getJob(job.id), 'NOT_FOUND');
    });
  });

  describe('jobs: list', () => {
    it('pages through every job exactly once with cursor and limit, telling the total on each page', async () => {
      const adapter = await make();
      const created = await createNamed(adapter, ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
      const seen: string[] = [];
      const sizes: number[] = [];
      let cursor: string | undefined;
      for (let pageCount = 0; pageCount < 10; pageCount++) {
        const page = await adapter.listJobs({ limit: 3, ...(cursor === undefined ? {} : { cursor }) });
        expect(page.total).toBe(8);
        sizes.push(page.items.length);
        seen.push(...page.items.map((job) => job.id));
        if (page.nextCursor === null) break;
        cursor = page.nextCursor;
      }
      expect(sizes).toEqual([3, 3, 2]);
      expect(seen.sort()).toEqual(created.map((job) => job.id).sort());
    });

    it('pages through a filtered list with the filtered total', async () => {
      const adapter = await make();
      await createNamed(adapter, ['Billing one', 'Other', 'Billing two', 'Billing three', 'Another']);
      const first = await adapter.listJobs({ query: 'billing', limit: 2 });
      expect(first.total).toBe(3);
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      const second = await adapter.listJobs({ query: 'billing', limit: 2, cursor: first.nextCursor ?? '' });
      expect(second.items).toHaveLength(1);
      expect(second.nextCursor).toBeNull();
      const names = [...first.items, ...second.items].map((job) => job.name).sort();
      expect(names).toEqual(['Billing one', 'Billing three', 'Billing two']);
    });

    it('finds jobs by name, description or trigger, ignoring case and accents', async () => {
      const adapter = await make();
      const team = await adapter.createJob(
        jobInput({ name: 'Transfer to the Équipe', description: '', trigger: '' }),
      );
      const byDescription = await adapter.createJob(
        jobInput({ name: 'Escalate', description: 'For the RÉCEPTION desk', trigger: '' }),
      );
      const byTrigger = await adapter.createJob(
        jobInput({ name: 'Refund', description: '', trigger: 'The caller mentions a remboursement' }),
      );
      await adapter.createJob(jobInput({ name: 'Unrelated', description: '', trigger: '' }));

      const ids = async (query: string) => (await adapter.listJobs({ query })).items.map((job) => job.id);
      expect(await ids('equipe')).toEqual([team.id]);
      expect(await ids('ÉQUIPE')).toEqual([team.id]);
      expect(await ids('reception')).toEqual([byDescription.id]);
      expect(await ids('REMBOURSEMENT')).toEqual([byTrigger.id]);
      expect((await adapter.listJobs({ query: 'nothing matches this' })).total).toBe(0);
    });

    it('sorts by name as a person reads it, ignoring case and accents', async () => {
      const adapter = await make();
      await createNamed(adapter, ['charlie', 'Écho', 'alpha', 'Bravo', 'delta']);
      const page = await adapter.listJobs({ sort: 'name' });
      expect(page.items.map((job) => job.name)).toEqual(['alpha', 'Bravo', 'charlie', 'delta', 'Écho']);
    });

    it('sorts by last update, most recent first', async () => {
      const adapter = await make();
      const [first, second, third] = await createNamed(adapter, ['First', 'Second', 'Third']);
      if (!first || !second || !third) throw new Error('setup failed');
      await delay(15);
      await adapter.updateJob(second.id, { instructions: 'Edited later' }, 1);
      await delay(15);
      await adapter.updateJob(first.id, { instructions: 'Edited last' }, 1);
      const page = await adapter.listJobs({ sort: 'updated' });
      expect(page.items.map((job) => job.name)).toEqual(['First', 'Second', 'Third']);
    });

    it('returns only the requested ids', async () => {
      const adapter = await make();
      const [a, , c] = await createNamed(adapter, ['A', 'B', 'C']);
      if (!a || !c) throw new Error('setup failed');
      const page = await adapter.listJobs({ ids: [c.id, a.id] });
      expect(page.items.map((job) => job.id).sort()).toEqual([a.id, c.id].sort());
      expect(page.total).toBe(2);
    });

    it('lists nothing in an empty workspace', async () => {
      const adapter = await make();
      expect(await adapter.listJobs()).toEqual({ items: [], nextCursor: null, total: 0 });
    });
  });
}
