import {
  CALL_OUTCOMES,
  CallFlowInputSchema,
  CallFlowSchema,
  CallSummaryInputSchema,
  CallSummarySchema,
  FlowGraphSchema,
  JobInputSchema,
  JobPatchSchema,
  JobSchema,
  KnowledgeInputSchema,
  KnowledgePageSchema,
  KnowledgePatchSchema,
  RevisionSchema,
  TEMPLATE_CATEGORIES,
} from '@sona-designer/core';
import { TestCaseInputSchema, TestCasePatchSchema, TestCaseSchema } from '@sona-designer/core/backend';
import { ERROR_STATUS, ROUTES, type RouteName } from '@sona-designer/core/http';
import { z } from 'zod';
import { CallerSchema } from './caller';

type JsonObject = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Response shapes the core has no zod schema for (it has TypeScript types), described here for the document. */
function responseSchemas() {
  const page = (item: z.ZodType) =>
    z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int().min(0) });
  const UsagePlace = z.object({
    callFlowId: z.string(),
    callFlowName: z.string(),
    stepId: z.string(),
    stepTitle: z.string(),
    inDraft: z.boolean(),
    inPublished: z.boolean(),
  });
  const problem = z.object({ path: z.string(), message: z.string() });
  return {
    JobList: page(JobSchema),
    KnowledgeList: page(KnowledgePageSchema),
    CallSummaryList: page(CallSummarySchema),
    UsagePlace,
    CallFlowSummaryRow: z.object({
      id: z.string(),
      name: z.string(),
      phoneNumber: z.string().optional(),
      version: z.number().int(),
      publishedRevision: z.number().int().nullable(),
      hasUnpublishedChanges: z.boolean(),
      updatedAt: z.string(),
    }),
    JobTemplate: z.object({
      id: z.string(),
      category: z.enum(TEMPLATE_CATEGORIES),
      locale: z.enum(['en', 'fr']),
      name: z.string(),
      description: z.string(),
      trigger: z.string(),
      instructions: z.string(),
    }),
    WorkspaceExport: z.object({
      format: z.literal('sona-designer/workspace'),
      schemaVersion: z.number().int(),
      exportedAt: z.string(),
      jobs: z.array(JobSchema),
      knowledge: z.array(KnowledgePageSchema),
      callFlows: z.array(CallFlowSchema),
      callSummaries: z.array(CallSummarySchema),
      testCases: z.array(TestCaseSchema),
    }),
    ImportOutcome: z.object({
      jobs: z.number().int(),
      knowledge: z.number().int(),
      callFlows: z.number().int(),
      callSummaries: z.number().int(),
      testCases: z.number().int(),
      migratedFrom: z.number().int().nullable(),
      idsRemapped: z.number().int(),
    }),
    Session: CallerSchema,
    Health: z.object({ status: z.literal('ok') }),
    ErrorBody: z.object({
      error: z.object({
        code: z.enum(Object.keys(ERROR_STATUS) as [string, ...string[]]),
        message: z.string(),
        fieldErrors: z.record(z.string(), z.string()).optional(),
        problems: z.array(problem).optional(),
        current: z.unknown().optional(),
        places: z.array(UsagePlace).optional(),
        issues: z.array(z.object({}).loose()).optional(),
        testFailures: z
          .array(z.object({ testCaseId: z.string(), name: z.string(), message: z.string() }))
          .optional(),
      }),
    }),
  };
}

/** Every schema of the document by component name: the core's zod schemas and the response shapes above. */
function componentSchemas(): JsonObject {
  const inputs = { JobInput: JobInputSchema, JobPatch: JobPatchSchema, KnowledgeInput: KnowledgeInputSchema };
  const registry = z.registry<{ id: string }>();
  const all: Record<string, z.ZodType> = {
    ...inputs,
    Job: JobSchema,
    KnowledgePatch: KnowledgePatchSchema,
    KnowledgePage: KnowledgePageSchema,
    FlowGraph: FlowGraphSchema,
    Revision: RevisionSchema,
    CallFlow: CallFlowSchema,
    CallFlowInput: CallFlowInputSchema,
    CallSummaryInput: CallSummaryInputSchema,
    CallSummary: CallSummarySchema,
    TestCaseInput: TestCaseInputSchema,
    TestCasePatch: TestCasePatchSchema,
    TestCase: TestCaseSchema,
    ...responseSchemas(),
  };
  for (const [id, schema] of Object.entries(all)) registry.add(schema, { id });
  // Input: what a request may send (before the core's trims and normalisations), which is what a client needs.
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    io: 'input',
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonObject;
      return [name, rest];
    }),
  );
}

interface QueryParameter {
  name: string;
  description: string;
  schema: JsonObject;
}

/** What the document says about one route beyond its method and path. */
interface Operation {
  summary: string;
  tag: string;
  query?: QueryParameter[];
  /** The request body's component schema, or `{}` for any JSON (an import document). */
  body?: string | JsonObject;
  /** The success status and its body's schema (none for 204). */
  status: 200 | 201 | 204;
  response?: JsonObject;
  /** The response carries the record's version as `ETag`. */
  etag?: boolean;
  /** The write needs the version the caller last saw as `If-Match`. */
  ifMatch?: boolean;
  public?: boolean;
  /** Answered with `text/event-stream`. */
  stream?: boolean;
  /** Document-sized body (`maxImportBytes`). */
  document?: boolean;
}

const str = { type: 'string' };
const pageQuery: QueryParameter[] = [
  { name: 'cursor', description: 'The `nextCursor` of the previous page.', schema: str },
  { name: 'limit', description: 'Page size, 50 by default, at most 500.', schema: { type: 'integer' } },
];
const idsQuery: QueryParameter = {
  name: 'ids',
  description: 'Only these ids, comma-separated.',
  schema: str,
};
const searchQuery: QueryParameter = {
  name: 'query',
  description: 'Search text (ignores case and accents).',
  schema: str,
};
const array = (name: string) => ({ type: 'array', items: ref(name) });

const OPERATIONS: Record<RouteName, Operation> = {
  listJobs: {
    summary: 'List jobs',
    tag: 'Jobs',
    query: [
      searchQuery,
      ...pageQuery,
      {
        name: 'sort',
        description: 'Sort order.',
        schema: { type: 'string', enum: ['name', 'updated', 'created', 'usage'] },
      },
      idsQuery,
    ],
    status: 200,
    response: ref('JobList'),
  },
  createJob: {
    summary: 'Create a job',
    tag: 'Jobs',
    body: 'JobInput',
    status: 201,
    response: ref('Job'),
    etag: true,
  },
  getJob: { summary: 'Get a job', tag: 'Jobs', status: 200, response: ref('Job'), etag: true },
  updateJob: {
    summary: 'Update a job (live everywhere it is used)',
    tag: 'Jobs',
    body: 'JobPatch',
    status: 200,
    response: ref('Job'),
    etag: true,
    ifMatch: true,
  },
  deleteJob: { summary: 'Delete an unused job', tag: 'Jobs', status: 204, ifMatch: true },
  getJobUsage: { summary: 'Where a job is used', tag: 'Jobs', status: 200, response: array('UsagePlace') },
  listTemplates: {
    summary: 'List the built-in job templates',
    tag: 'Jobs',
    query: [
      {
        name: 'locale',
        description: 'Language, `en` by default.',
        schema: { type: 'string', enum: ['en', 'fr'] },
      },
    ],
    status: 200,
    response: array('JobTemplate'),
  },
  listKnowledge: {
    summary: 'List knowledge pages',
    tag: 'Knowledge',
    query: [searchQuery, ...pageQuery, idsQuery],
    status: 200,
    response: ref('KnowledgeList'),
  },
  createKnowledge: {
    summary: 'Create a knowledge page',
    tag: 'Knowledge',
    body: 'KnowledgeInput',
    status: 201,
    response: ref('KnowledgePage'),
    etag: true,
  },
  getKnowledge: {
    summary: 'Get a knowledge page',
    tag: 'Knowledge',
    status: 200,
    response: ref('KnowledgePage'),
    etag: true,
  },
  updateKnowledge: {
    summary: 'Update a knowledge page',
    tag: 'Knowledge',
    body: 'KnowledgePatch',
    status: 200,
    response: ref('KnowledgePage'),
    etag: true,
    ifMatch: true,
  },
  deleteKnowledge: {
    summary: 'Delete an unused knowledge page',
    tag: 'Knowledge',
    status: 204,
    ifMatch: true,
  },
  getKnowledgeUsage: {
    summary: 'Where a knowledge page is used',
    tag: 'Knowledge',
    status: 200,
    response: array('UsagePlace'),
  },
  listCallFlows: {
    summary: 'List call flows',
    tag: 'Call flows',
    status: 200,
    response: array('CallFlowSummaryRow'),
  },
  createCallFlow: {
    summary: 'Create a call flow',
    tag: 'Call flows',
    body: 'CallFlowInput',
    status: 201,
    response: ref('CallFlow'),
    etag: true,
  },
  getCallFlow: {
    summary: 'Get a call flow',
    tag: 'Call flows',
    status: 200,
    response: ref('CallFlow'),
    etag: true,
  },
  saveDraft: {
    summary: 'Save the draft graph',
    tag: 'Call flows',
    body: 'FlowGraph',
    status: 200,
    response: ref('CallFlow'),
    etag: true,
    ifMatch: true,
  },
  publishCallFlow: {
    summary: 'Publish the draft',
    tag: 'Call flows',
    status: 200,
    response: ref('CallFlow'),
    etag: true,
    ifMatch: true,
  },
  listRevisions: {
    summary: 'List published revisions, newest first',
    tag: 'Call flows',
    status: 200,
    response: array('Revision'),
  },
  restoreRevision: {
    summary: 'Copy a published revision into the draft',
    tag: 'Call flows',
    status: 200,
    response: ref('CallFlow'),
    etag: true,
    ifMatch: true,
  },
  listCallSummaries: {
    summary: 'List call summaries, newest first',
    tag: 'Call summaries',
    query: [
      { name: 'callFlowId', description: 'Only calls of this call flow.', schema: str },
      { name: 'stepId', description: 'Only calls that ran on this Sona step.', schema: str },
      { name: 'jobId', description: 'Only calls that used this job.', schema: str },
      {
        name: 'source',
        description: 'Draft or published flow.',
        schema: { type: 'string', enum: ['draft', 'published'] },
      },
      {
        name: 'outcome',
        description: 'Only calls with this outcome.',
        schema: { type: 'string', enum: [...CALL_OUTCOMES] },
      },
      ...pageQuery,
    ],
    status: 200,
    response: ref('CallSummaryList'),
  },
  recordCallSummary: {
    summary: 'Record the summary of a call',
    tag: 'Call summaries',
    body: 'CallSummaryInput',
    status: 201,
    response: ref('CallSummary'),
  },
  listTestCases: {
    summary: 'List a call flow’s test cases, oldest first',
    tag: 'Test cases',
    status: 200,
    response: array('TestCase'),
  },
  createTestCase: {
    summary: 'Save a test case in its call flow',
    tag: 'Test cases',
    body: 'TestCaseInput',
    status: 201,
    response: ref('TestCase'),
    etag: true,
  },
  updateTestCase: {
    summary: 'Update a test case',
    tag: 'Test cases',
    body: 'TestCasePatch',
    status: 200,
    response: ref('TestCase'),
    etag: true,
    ifMatch: true,
  },
  deleteTestCase: { summary: 'Delete a test case', tag: 'Test cases', status: 204, ifMatch: true },
  exportWorkspace: {
    summary: 'Export the whole workspace',
    tag: 'Workspace',
    status: 200,
    response: ref('WorkspaceExport'),
  },
  importWorkspace: {
    summary: 'Import a workspace or call flow export (all or nothing)',
    tag: 'Workspace',
    query: [
      {
        name: 'mode',
        description: '`merge` (default) adds to the workspace, `replace` swaps it for the document.',
        schema: { type: 'string', enum: ['merge', 'replace'] },
      },
    ],
    body: {},
    document: true,
    status: 200,
    response: ref('ImportOutcome'),
  },
  events: {
    summary: 'Change feed (Server-Sent Events)',
    tag: 'Workspace',
    query: [
      {
        name: 'lastEventId',
        description: 'Resume after this event id (as the `Last-Event-ID` header).',
        schema: str,
      },
      {
        name: 'access_token',
        description: 'The bearer token, for clients that cannot send headers.',
        schema: str,
      },
    ],
    status: 200,
    stream: true,
  },
  session: { summary: 'Who the caller is', tag: 'Workspace', status: 200, response: ref('Session') },
  openapi: { summary: 'This document', tag: 'Meta', status: 200, response: { type: 'object' }, public: true },
  health: { summary: 'Liveness', tag: 'Meta', status: 200, response: ref('Health'), public: true },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('ErrorBody') } },
});

/** The error responses a route may give, by status. */
function errorResponses(name: RouteName, operation: Operation, hasId: boolean): JsonObject {
  const write = ROUTES[name].method !== 'GET';
  const responses: JsonObject = {};
  if (operation.body !== undefined || operation.ifMatch || operation.query || name === 'events')
    responses['400'] = errorResponse(
      'Malformed request: JSON that does not parse, a bad If-Match or Last-Event-ID.',
    );
  if (!operation.public) responses['401'] = errorResponse('Not signed in (`FORBIDDEN`).');
  if (write) responses['403'] = errorResponse('A viewer cannot change the workspace (`FORBIDDEN`).');
  if (hasId || write)
    responses['404'] = errorResponse('Not found (`NOT_FOUND`), also for ids of other workspaces.');
  if (operation.ifMatch)
    responses['409'] = errorResponse('`CONFLICT` (with `current`) or `IN_USE` (with `places`).');
  if (operation.body !== undefined) responses['413'] = errorResponse('The body is over the size limit.');
  if (write || operation.query)
    responses['422'] = errorResponse(
      '`VALIDATION` (`fieldErrors`, `problems`), `JOB_LIMIT`, `INVALID_GRAPH` (`issues`) or `TESTS_FAILING` (`testFailures`).',
    );
  if (operation.ifMatch) responses['428'] = errorResponse('If-Match is missing.');
  responses['500'] = errorResponse('The server failed (`UNAVAILABLE`, no details).');
  responses['503'] = errorResponse('`UNAVAILABLE`: the store could not be reached; retry.');
  return responses;
}

function operationObject(name: RouteName, operation: Operation): JsonObject {
  const path = ROUTES[name].path;
  const pathParameters = [...path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const parameters: JsonObject[] = [
    ...pathParameters.map((param) => ({
      name: param,
      in: 'path',
      required: true,
      schema: param === 'revision' ? { type: 'integer', minimum: 1 } : str,
    })),
    ...(operation.query ?? []).map((query) => ({ in: 'query', ...query })),
  ];
  if (operation.ifMatch) parameters.push({ $ref: '#/components/parameters/IfMatch' });
  if (name === 'events') parameters.push({ $ref: '#/components/parameters/LastEventId' });

  const success: JsonObject = { description: operation.status === 204 ? 'Done.' : 'OK.' };
  if (operation.stream) {
    success.content = {
      'text/event-stream': {
        schema: {
          type: 'string',
          description:
            '`retry: 1000` first; then `id: <seq>` + `event: change` + `data: <ChangeEvent JSON>` per change; ' +
            '`event: reload` (`id: <latest seq>`, `data: {"lastSeq":n}`) when the log no longer holds what the client ' +
            'missed; a `: heartbeat` comment every 15 s by default.',
        },
      },
    };
  } else if (operation.response) {
    success.content = { 'application/json': { schema: operation.response } };
  }
  if (operation.etag) success.headers = { ETag: { $ref: '#/components/headers/ETag' } };

  const result: JsonObject = {
    operationId: name,
    summary: operation.summary,
    tags: [operation.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    responses: {
      [String(operation.status)]: success,
      ...errorResponses(name, operation, pathParameters.length > 0),
    },
  };
  if (operation.body !== undefined) {
    result.requestBody = {
      required: true,
      content: {
        'application/json': {
          schema: typeof operation.body === 'string' ? ref(operation.body) : operation.body,
        },
      },
      ...(operation.document
        ? { description: 'A workspace or call flow export document (up to 50 MB by default).' }
        : {}),
    };
  }
  if (operation.public) result.security = [];
  return result;
}

/**
 * The OpenAPI 3.1 document of the API: every route of `ROUTES` with its parameters, body, responses (errors as
 * `ErrorBody`), the bearer scheme and the `ETag` / `If-Match` headers; schemas generated from the core's zod schemas.
 */
export function openApiDocument(): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const name of Object.keys(ROUTES) as RouteName[]) {
    const { method, path } = ROUTES[name];
    const openApiPath = path.replace(/:(\w+)/g, '{$1}');
    paths[openApiPath] ??= {};
    (paths[openApiPath] as JsonObject)[method.toLowerCase()] = operationObject(name, OPERATIONS[name]);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Sona Designer API',
      version: '1',
      description:
        'The `DesignerAdapter` over HTTP, as served by `@sona-designer/server` and called by `createHttpAdapter`. ' +
        'Records carry their version as `ETag`; writes based on a version send it back as `If-Match`.',
    },
    security: [{ bearer: [] }],
    tags: ['Jobs', 'Knowledge', 'Call flows', 'Call summaries', 'Test cases', 'Workspace', 'Meta'].map(
      (tag) => ({
        name: tag,
      }),
    ),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      headers: {
        ETag: { description: 'The record version as a strong tag, e.g. `"3"`.', schema: str },
      },
      parameters: {
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description: 'The ETag of the version the change is based on (`"3"`).',
          schema: str,
        },
        LastEventId: {
          name: 'Last-Event-ID',
          in: 'header',
          required: false,
          description: 'Resume after this event id; without it only new events are sent.',
          schema: str,
        },
      },
    },
  };
}
