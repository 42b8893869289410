import { ROUTES, type RouteName } from '@sona-designer/core/http';
import { expect, test } from 'vitest';
import { call, testServer } from '../test/harness';

// biome-ignore lint/suspicious/noExplicitAny: the test walks an untyped JSON document.
type Json = Record<string, any>;

async function document(): Promise<Json> {
  const { server } = await testServer();
  const response = await call(server, 'GET', '/v1/openapi.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  return JSON.parse(await response.text()) as Json;
}

/** Every `$ref` in the document, to check each one resolves. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else refs(item, found);
    }
  }
  return found;
}

test('an OpenAPI 3.1 document with every route of ROUTES, served without signing in', async () => {
  const doc = await document();
  expect(doc.openapi).toBe('3.1.0');
  expect(doc.info.title).toBeTypeOf('string');
  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const { method, path } = ROUTES[name];
    const operation = doc.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
    expect(operation, name).toBeDefined();
    expect(operation.operationId).toBe(name);
    for (const param of path.matchAll(/:(\w+)/g)) {
      expect(
        operation.parameters.some((p: Json) => p.name === param[1] && p.in === 'path'),
        `${name} ${param[1]}`,
      ).toBe(true);
    }
  }
  const operations = Object.values(doc.paths).flatMap((item) => Object.values(item as Json));
  expect(operations).toHaveLength(Object.keys(ROUTES).length);
});

test('bodies, responses, errors, the bearer scheme and the version headers are described', async () => {
  const doc = await document();
  const schemas = doc.components.schemas;
  for (const name of [
    'JobInput',
    'JobPatch',
    'Job',
    'KnowledgeInput',
    'KnowledgePage',
    'FlowGraph',
    'CallFlow',
  ]) {
    expect(schemas[name], name).toBeDefined();
    expect(schemas[name].$schema).toBeUndefined();
  }
  for (const name of [
    'CallFlowInput',
    'CallSummaryInput',
    'CallSummary',
    'TestCaseInput',
    'TestCasePatch',
    'TestCase',
    'ErrorBody',
  ])
    expect(schemas[name]).toBeDefined();
  expect(schemas.JobInput.required).toEqual(expect.arrayContaining(['name', 'instructions']));
  expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  expect(doc.security).toEqual([{ bearer: [] }]);

  const createJob = doc.paths['/v1/jobs'].post;
  expect(createJob.requestBody.content['application/json'].schema).toEqual({
    $ref: '#/components/schemas/JobInput',
  });
  expect(createJob.responses['201'].headers.ETag).toBeDefined();
  expect(createJob.responses['422'].content['application/json'].schema).toEqual({
    $ref: '#/components/schemas/ErrorBody',
  });
  const updateJob = doc.paths['/v1/jobs/{id}'].patch;
  expect(updateJob.parameters).toContainEqual({ $ref: '#/components/parameters/IfMatch' });
  expect(updateJob.responses['428']).toBeDefined();
  expect(doc.paths['/v1/health'].get.security).toEqual([]);
  expect(doc.paths['/v1/events'].get.responses['200'].content['text/event-stream']).toBeDefined();

  // Every reference points at something in the document.
  for (const ref of refs(doc)) {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
    expect(target, ref).toBeDefined();
  }
});
