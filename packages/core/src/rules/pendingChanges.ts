import type { CallFlow } from '../model/callFlow';
import type { FlowGraph, Step } from '../model/graph';

/**
 * What kind of difference a `PendingChange` describes, e.g. `step-added`, `job-attached` or
 * `connection-removed`; `settings-changed` for the flow's own settings (`FlowGraph['settings']`); `first-publish`
 * when the flow was never published.
 */
export type PendingChangeKind =
  | 'first-publish'
  | 'settings-changed'
  | 'step-added'
  | 'step-removed'
  | 'step-changed'
  | 'steps-moved'
  | 'job-attached'
  | 'job-detached'
  | 'jobs-reordered'
  | 'knowledge-attached'
  | 'knowledge-detached'
  | 'connection-added'
  | 'connection-removed';

/** One difference between the draft and what real calls use now, in words a person understands. */
export interface PendingChange {
  kind: PendingChangeKind;
  message: string;
  stepId?: string;
  stepTitle?: string;
  jobId?: string;
  knowledgeId?: string;
  /**
   * step-changed: the settings that differ, e.g. ['greeting', 'conversationHistory']. settings-changed: the flow
   * settings that differ, e.g. ['requirePassingTests'].
   */
  fields?: string[];
  /** steps-moved: how many steps moved. */
  count?: number;
}

/**
 * Names of the jobs and knowledge pages a pending change may mention: give them so messages say "Take a
 * message" rather than an id.
 */
export interface PendingChangeNames {
  jobs?: ReadonlyArray<{ id: string; name: string }>;
  knowledge?: ReadonlyArray<{ id: string; title: string }>;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'title',
  greeting: 'greeting',
  conversationHistory: 'conversation history',
  schedule: 'schedule',
  prompt: 'prompt',
  options: 'menu options',
  timeoutSeconds: 'menu timeout',
  strategy: 'ring strategy',
  targets: 'people to ring',
  batchSize: 'batch size',
  groups: 'ring groups',
  ringSeconds: 'ring time',
  message: 'message',
  audioUrl: 'recording',
  phoneNumber: 'phone number',
  requirePassingTests: 'require passing tests before publishing',
};

const NOT_SETTINGS = new Set(['id', 'kind', 'position', 'jobIds', 'knowledgeIds']);

/** Human labels for the settings a `step-changed` entry lists. */
export function settingLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/**
 * The structural difference between a flow's draft and its published version: steps added, removed or changed,
 * jobs and knowledge attached or detached per Sona step, connections. Job and knowledge *content* edits are live
 * and never pending, so they do not appear here.
 */
export function pendingChanges(
  flow: Pick<CallFlow, 'draft' | 'published'>,
  names: PendingChangeNames = {},
): PendingChange[] {
  if (!flow.published) {
    const count = flow.draft.steps.length;
    return [
      {
        kind: 'first-publish',
        count,
        message: `Never published: publishing puts all ${count} step${count === 1 ? '' : 's'} live.`,
      },
    ];
  }
  return diffGraphs(flow.published.graph, flow.draft, names);
}

/**
 * The differences between two graphs, as `pendingChanges` lists them between the published graph and the
 * draft: use it to compare any two revisions.
 */
export function diffGraphs(
  before: FlowGraph,
  after: FlowGraph,
  names: PendingChangeNames = {},
): PendingChange[] {
  const jobName = lookup(names.jobs?.map((job) => [job.id, job.name]));
  const knowledgeTitle = lookup(names.knowledge?.map((page) => [page.id, page.title]));
  const changes: PendingChange[] = [];
  const beforeSteps = new Map(before.steps.map((step) => [step.id, step]));
  const afterSteps = new Map(after.steps.map((step) => [step.id, step]));
  let moved = 0;

  for (const step of after.steps) {
    const old = beforeSteps.get(step.id);
    if (!old) {
      changes.push({
        kind: 'step-added',
        stepId: step.id,
        stepTitle: step.title,
        message: `Added “${step.title}”.`,
      });
      continue;
    }
    if (old.position.x !== step.position.x || old.position.y !== step.position.y) moved++;
    const fields = changedSettings(old, step);
    if (fields.length > 0) {
      const title = old.title === step.title ? `“${step.title}”` : `“${old.title}” (now “${step.title}”)`;
      changes.push({
        kind: 'step-changed',
        stepId: step.id,
        stepTitle: step.title,
        fields,
        message: `Changed the ${joinWords(fields.map(settingLabel))} of ${title}.`,
      });
    }
    if (old.kind === 'sona' && step.kind === 'sona') {
      changes.push(...diffAttachments(step, old.jobIds, step.jobIds, 'job', jobName));
      changes.push(
        ...diffAttachments(step, old.knowledgeIds, step.knowledgeIds, 'knowledge', knowledgeTitle),
      );
    } else if (step.kind === 'sona') {
      changes.push(...diffAttachments(step, [], step.jobIds, 'job', jobName));
      changes.push(...diffAttachments(step, [], step.knowledgeIds, 'knowledge', knowledgeTitle));
    }
  }
  for (const step of before.steps) {
    if (!afterSteps.has(step.id)) {
      changes.push({
        kind: 'step-removed',
        stepId: step.id,
        stepTitle: step.title,
        message: `Removed “${step.title}”.`,
      });
    }
  }
  changes.push(...diffConnections(before, after, beforeSteps, afterSteps));
  changes.push(...diffFlowSettings(before, after));
  if (moved > 0) {
    changes.push({
      kind: 'steps-moved',
      count: moved,
      message: `Moved ${moved} step${moved === 1 ? '' : 's'} on the canvas (layout only).`,
    });
  }
  return changes;
}

function changedSettings(before: Step, after: Step): string[] {
  if (before.kind !== after.kind) return ['kind'];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const fields: string[] = [];
  for (const key of keys) {
    if (NOT_SETTINGS.has(key)) continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) fields.push(key);
  }
  return fields;
}

/** The flow settings that differ; a setting left out is off, so `false` and absent are the same. */
function diffFlowSettings(before: FlowGraph, after: FlowGraph): PendingChange[] {
  const a: Record<string, unknown> = before.settings ?? {};
  const b: Record<string, unknown> = after.settings ?? {};
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => JSON.stringify(a[key] ?? false) !== JSON.stringify(b[key] ?? false),
  );
  if (fields.length === 0) return [];
  // Every flow setting is a switch: say which way each one went.
  const turned = fields.map((key) => `turned ${b[key] ? 'on' : 'off'} “${settingLabel(key)}”`);
  const message = `${joinWords(turned).replace(/^t/, 'T')}.`;
  return [{ kind: 'settings-changed', fields, message }];
}

function diffAttachments(
  step: Step,
  before: readonly string[],
  after: readonly string[],
  what: 'job' | 'knowledge',
  nameOf: (id: string) => string | undefined,
): PendingChange[] {
  const changes: PendingChange[] = [];
  const idKey = what === 'job' ? 'jobId' : 'knowledgeId';
  const noun = what === 'job' ? 'job' : 'knowledge page';
  const label = (id: string) => {
    const name = nameOf(id);
    return name ? `the ${noun} “${name}”` : `a ${noun} (${id})`;
  };
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  for (const id of after) {
    if (!beforeSet.has(id)) {
      changes.push({
        kind: `${what}-attached`,
        stepId: step.id,
        stepTitle: step.title,
        [idKey]: id,
        message: `Attached ${label(id)} to “${step.title}”.`,
      });
    }
  }
  for (const id of before) {
    if (!afterSet.has(id)) {
      changes.push({
        kind: `${what}-detached`,
        stepId: step.id,
        stepTitle: step.title,
        [idKey]: id,
        message: `Detached ${label(id)} from “${step.title}”.`,
      });
    }
  }
  if (what === 'job') {
    const keptBefore = before.filter((id) => afterSet.has(id));
    const keptAfter = after.filter((id) => beforeSet.has(id));
    if (keptBefore.join('\u0000') !== keptAfter.join('\u0000')) {
      changes.push({
        kind: 'jobs-reordered',
        stepId: step.id,
        stepTitle: step.title,
        message: `Changed the order of the jobs of “${step.title}”.`,
      });
    }
  }
  return changes;
}

function diffConnections(
  before: FlowGraph,
  after: FlowGraph,
  beforeSteps: Map<string, Step>,
  afterSteps: Map<string, Step>,
): PendingChange[] {
  const key = (edge: FlowGraph['edges'][number]) => `${edge.source}\u0000${edge.output}\u0000${edge.target}`;
  const beforeKeys = new Set(before.edges.map(key));
  const afterKeys = new Set(after.edges.map(key));
  const changes: PendingChange[] = [];
  for (const edge of after.edges) {
    // Connections of added or removed steps are part of that change already.
    if (beforeKeys.has(key(edge)) || !beforeSteps.has(edge.source) || !beforeSteps.has(edge.target)) continue;
    const source = afterSteps.get(edge.source);
    const target = afterSteps.get(edge.target);
    changes.push({
      kind: 'connection-added',
      stepId: edge.source,
      stepTitle: source?.title,
      message: `Connected “${source?.title ?? edge.source}” (${edge.output}) to “${target?.title ?? edge.target}”.`,
    });
  }
  for (const edge of before.edges) {
    if (afterKeys.has(key(edge)) || !afterSteps.has(edge.source) || !afterSteps.has(edge.target)) continue;
    const source = beforeSteps.get(edge.source);
    const target = beforeSteps.get(edge.target);
    changes.push({
      kind: 'connection-removed',
      stepId: edge.source,
      stepTitle: source?.title,
      message: `Disconnected “${source?.title ?? edge.source}” (${edge.output}) from “${target?.title ?? edge.target}”.`,
    });
  }
  return changes;
}

function lookup(entries: Array<[string, string]> | undefined): (id: string) => string | undefined {
  const map = new Map(entries ?? []);
  return (id) => map.get(id);
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** True when the draft differs from the published graph in anything but layout. */
export function hasUnpublishedChanges(flow: Pick<CallFlow, 'draft' | 'published'>): boolean {
  return pendingChanges(flow).some((change) => change.kind !== 'steps-moved');
}
