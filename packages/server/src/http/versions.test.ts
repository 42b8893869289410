import { demoWorkspace } from '@sona-designer/core/demo';
import { expect, test } from 'vitest';
import { as, call, jobInput, testServer } from '../test/harness';

const editor = as('editor');

test('jobs: ETag on every record response, If-Match on every versioned write', async () => {
  const { server } = await testServer();
  const created = await call(server, 'POST', '/v1/jobs', { headers: editor, body: jobInput() });
  expect(created.status).toBe(201);
  expect(created.headers.get('ETag')).toBe('"1"');
  const job = await created.json();
  expect(created.headers.get('Location')).toBe(`/v1/jobs/${job.id}`);

  const read = await call(server, 'GET', `/v1/jobs/${job.id}`, { headers: editor });
  const tag = read.headers.get('ETag') ?? '';
  expect(tag).toBe('"1"');

  const updated = await call(server, 'PATCH', `/v1/jobs/${job.id}`, {
    headers: { ...editor, 'If-Match': tag },
    body: { name: 'Renamed' },
  });
  expect(updated.status).toBe(200);
  expect(updated.headers.get('ETag')).toBe('"2"');
  expect((await updated.json()).name).toBe('Renamed');

  const stale = await call(server, 'DELETE', `/v1/jobs/${job.id}`, {
    headers: { ...editor, 'If-Match': tag },
  });
  expect(stale.status).toBe(409);
  // A weak tag names the same version.
  const deleted = await call(server, 'DELETE', `/v1/jobs/${job.id}`, {
    headers: { ...editor, 'If-Match': 'W/"2"' },
  });
  expect(deleted.status).toBe(204);
  expect(await deleted.text()).toBe('');
  expect((await call(server, 'GET', `/v1/jobs/${job.id}`, { headers: editor })).status).toBe(404);
});

test('knowledge: the same round trip', async () => {
  const { server } = await testServer();
  const created = await call(server, 'POST', '/v1/knowledge', {
    headers: editor,
    body: { title: 'Hours', content: 'Mon–Fri 8–5' },
  });
  expect(created.status).toBe(201);
  const page = await created.json();
  const updated = await call(server, 'PATCH', `/v1/knowledge/${page.id}`, {
    headers: { ...editor, 'If-Match': created.headers.get('ETag') ?? '' },
    body: { content: 'Mon–Sat 8–5' },
  });
  expect(updated.headers.get('ETag')).toBe('"2"');
  const deleted = await call(server, 'DELETE', `/v1/knowledge/${page.id}`, {
    headers: { ...editor, 'If-Match': updated.headers.get('ETag') ?? '' },
  });
  expect(deleted.status).toBe(204);
});

test('call flows: save, publish and restore each move the ETag on', async () => {
  const { server } = await testServer({ memory: { seed: { 'ws-a': demoWorkspace } } });
  const read = await call(server, 'GET', '/v1/call-flows/flow-main', { headers: editor });
  const flow = await read.json();
  expect(read.headers.get('ETag')).toBe(`"${flow.version}"`);

  const saved = await call(server, 'PUT', '/v1/call-flows/flow-main/draft', {
    headers: { ...editor, 'If-Match': read.headers.get('ETag') ?? '' },
    body: flow.draft,
  });
  expect(saved.status).toBe(200);
  expect(saved.headers.get('ETag')).toBe(`"${flow.version + 1}"`);

  const published = await call(server, 'POST', '/v1/call-flows/flow-main/publish', {
    headers: { ...editor, 'If-Match': saved.headers.get('ETag') ?? '' },
  });
  expect(published.status).toBe(200);
  expect(published.headers.get('ETag')).toBe(`"${flow.version + 2}"`);
  const publishedFlow = await published.json();
  expect(publishedFlow.published.revision).toBe(flow.published.revision + 1);

  const revisions = await (
    await call(server, 'GET', '/v1/call-flows/flow-main/revisions', { headers: editor })
  ).json();
  expect(revisions[0].revision).toBe(publishedFlow.published.revision);

  const restored = await call(server, 'POST', '/v1/call-flows/flow-main/revisions/1/restore', {
    headers: { ...editor, 'If-Match': published.headers.get('ETag') ?? '' },
  });
  expect(restored.status).toBe(200);
  expect(restored.headers.get('ETag')).toBe(`"${flow.version + 3}"`);

  const missing = await call(server, 'POST', '/v1/call-flows/flow-main/revisions/99/restore', {
    headers: { ...editor, 'If-Match': restored.headers.get('ETag') ?? '' },
  });
  expect(missing.status).toBe(404);
  const notANumber = await call(server, 'POST', '/v1/call-flows/flow-main/revisions/one/restore', {
    headers: { ...editor, 'If-Match': restored.headers.get('ETag') ?? '' },
  });
  expect(notANumber.status).toBe(404);
});

test('lists take their query parameters', async () => {
  const { server } = await testServer({ memory: { seed: { 'ws-a': demoWorkspace } } });
  const page = await (await call(server, 'GET', '/v1/jobs?limit=3&sort=name', { headers: editor })).json();
  expect(page.items).toHaveLength(3);
  const next = await (
    await call(server, 'GET', `/v1/jobs?limit=3&sort=name&cursor=${page.nextCursor}`, { headers: editor })
  ).json();
  expect(next.items[0].id).not.toBe(page.items[0].id);
  const ids = [page.items[0].id, page.items[2].id];
  const byIds = await (
    await call(server, 'GET', `/v1/jobs?ids=${ids.join(',')}`, { headers: editor })
  ).json();
  expect(byIds.items.map((job: { id: string }) => job.id).sort()).toEqual([...ids].sort());
  const knowledge = await (
    await call(server, 'GET', '/v1/knowledge?query=hours', { headers: editor })
  ).json();
  expect(knowledge.total).toBeGreaterThan(0);
  const french = await (await call(server, 'GET', '/v1/templates?locale=fr', { headers: editor })).json();
  expect(french[0].locale).toBe('fr');
  const summaries = await (
    await call(server, 'GET', '/v1/call-summaries?callFlowId=flow-main&limit=2', { headers: editor })
  ).json();
  expect(summaries.items.length).toBeLessThanOrEqual(2);
  for (const summary of summaries.items) expect(summary.callFlowId).toBe('flow-main');
});

test('export then import in replace mode round-trips the workspace', async () => {
  const { server } = await testServer({ memory: { seed: { 'ws-a': demoWorkspace } } });
  const exported = await (await call(server, 'GET', '/v1/export', { headers: editor })).json();
  const imported = await call(server, 'POST', '/v1/import?mode=replace', {
    headers: as('editor', 'ws-b'),
    body: exported,
  });
  expect(imported.status).toBe(200);
  expect(await imported.json()).toMatchObject({ jobs: exported.jobs.length, idsRemapped: 0 });
  const again = await (await call(server, 'GET', '/v1/export', { headers: as('viewer', 'ws-b') })).json();
  expect(again.jobs).toEqual(exported.jobs);
});
