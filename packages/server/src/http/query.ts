import type { ImportMode } from '@sona-designer/core';
import {
  CALL_OUTCOMES,
  type CallOutcome,
  type CallSummaryFilter,
  DesignerError,
  type JobSort,
  type ListJobsQuery,
  type ListKnowledgeQuery,
  type TemplateLocale,
} from '@sona-designer/core';

const JOB_SORTS: readonly JobSort[] = ['name', 'updated', 'created', 'usage'];
const LOCALES: readonly TemplateLocale[] = ['en', 'fr'];
const IMPORT_MODES: readonly ImportMode[] = ['merge', 'replace'];
const SOURCES = ['draft', 'published'] as const;

function invalid(field: string, message: string): DesignerError {
  return new DesignerError('VALIDATION', message, { fieldErrors: { [field]: message } });
}

/** One query parameter, or undefined when it is absent (an empty value counts as absent). */
function text(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  return value === null || value === '' ? undefined : value;
}

function oneOf<T extends string>(url: URL, name: string, allowed: readonly T[]): T | undefined {
  const value = text(url, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalid(name, `${name} must be one of ${allowed.join(', ')}.`);
  }
  return value as T;
}

function limit(url: URL): number | undefined {
  const value = text(url, 'limit');
  if (value === undefined) return undefined;
  // Out-of-range sizes are clamped by the store (1..500), as the in-memory adapter does.
  const size = Number(value);
  if (!Number.isFinite(size)) throw invalid('limit', 'limit must be a number of items (1 to 500).');
  return size;
}

/** `ids=a,b,c` (repeated `ids` parameters are joined), empty items dropped. */
function ids(url: URL): string[] | undefined {
  const values = url.searchParams.getAll('ids');
  if (values.length === 0) return undefined;
  return values.flatMap((value) => value.split(',')).filter((id) => id !== '');
}

/** Drops the keys whose value is undefined, so the store sees only what the caller sent. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** `GET /v1/jobs?query=&cursor=&limit=&sort=&ids=a,b`. */
export function listJobsQuery(url: URL): ListJobsQuery {
  return defined({
    query: text(url, 'query'),
    cursor: text(url, 'cursor'),
    limit: limit(url),
    sort: oneOf(url, 'sort', JOB_SORTS),
    ids: ids(url),
  });
}

/** `GET /v1/knowledge?query=&cursor=&limit=&ids=a,b`. */
export function listKnowledgeQuery(url: URL): ListKnowledgeQuery {
  return defined({
    query: text(url, 'query'),
    cursor: text(url, 'cursor'),
    limit: limit(url),
    ids: ids(url),
  });
}

/** `GET /v1/call-summaries?callFlowId=&stepId=&jobId=&source=&outcome=&cursor=&limit=`. */
export function callSummaryFilter(url: URL): CallSummaryFilter {
  return defined({
    callFlowId: text(url, 'callFlowId'),
    stepId: text(url, 'stepId'),
    jobId: text(url, 'jobId'),
    source: oneOf(url, 'source', SOURCES),
    outcome: oneOf<CallOutcome>(url, 'outcome', CALL_OUTCOMES),
    cursor: text(url, 'cursor'),
    limit: limit(url),
  });
}

/** `GET /v1/templates?locale=en|fr`, English by default. */
export function templateLocale(url: URL): TemplateLocale {
  return oneOf(url, 'locale', LOCALES) ?? 'en';
}

/** `POST /v1/import?mode=merge|replace`, merge by default. */
export function importMode(url: URL): ImportMode {
  return oneOf(url, 'mode', IMPORT_MODES) ?? 'merge';
}
