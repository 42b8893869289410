import type { PathProblem } from '../errors';
import { describeValue } from './describe';
import { SCHEMA_VERSION, WORKSPACE_FORMAT } from './types';

export type RawDocument = Record<string, unknown>;

/** Turns a document of schema version `from` into one of version `from + 1`. Must not mutate its input. */
export interface Migration {
  from: number;
  migrate(doc: RawDocument): RawDocument;
}

export function isRecord(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jobWithTriggerAndVersion(job: unknown): unknown {
  if (!isRecord(job)) return job;
  return { ...job, trigger: job.trigger ?? '', version: job.version ?? 1 };
}

/** Version 1 was written before jobs had a trigger and a version, and before call summaries were exported. */
function migrateFromV1(doc: RawDocument): RawDocument {
  const next: RawDocument = { ...doc, schemaVersion: 2 };
  if (Array.isArray(doc.jobs)) next.jobs = doc.jobs.map(jobWithTriggerAndVersion);
  if (doc.format === WORKSPACE_FORMAT && doc.callSummaries === undefined) next.callSummaries = [];
  return next;
}

/** Version 2 was written before call flows had saved test cases: both formats now hold a (here empty) list. */
function migrateFromV2(doc: RawDocument): RawDocument {
  const next: RawDocument = { ...doc, schemaVersion: 3 };
  if (doc.testCases === undefined) next.testCases = [];
  return next;
}

/** Applied in order to bring a document of any older version up to `SCHEMA_VERSION`. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, migrate: migrateFromV1 },
  { from: 2, migrate: migrateFromV2 },
];

const VERSION_PATH = '$.schemaVersion';

/** The document's schema version, or the problem that stops it from being read. */
export function readSchemaVersion(doc: RawDocument): number | PathProblem {
  const version = doc.schemaVersion;
  if (version === undefined) {
    return {
      path: VERSION_PATH,
      message: `The file has no schemaVersion, so it cannot be read safely: export it again from Sona Designer, or add "schemaVersion": ${SCHEMA_VERSION} if it follows the current format.`,
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      path: VERSION_PATH,
      message: `schemaVersion must be a whole number such as ${SCHEMA_VERSION}, not ${describeValue(version)}: export the file again from Sona Designer.`,
    };
  }
  if (version < 1) {
    return { path: VERSION_PATH, message: `schemaVersion ${version} does not exist: versions start at 1.` };
  }
  if (version > SCHEMA_VERSION) {
    return {
      path: VERSION_PATH,
      message: `This file was made by a newer version of Sona Designer; update to import it (the file has schema version ${version}, this version reads up to ${SCHEMA_VERSION}).`,
    };
  }
  return version;
}

/** Runs every migration from `version` up to the current one. */
export function migrateDocument(doc: RawDocument, version: number, migrations = MIGRATIONS): RawDocument {
  let current = doc;
  for (let from = version; from < SCHEMA_VERSION; from++) {
    const step = migrations.find((migration) => migration.from === from);
    if (!step) throw new Error(`No migration from schema version ${from}: add one to MIGRATIONS.`);
    current = step.migrate(current);
  }
  return current;
}
