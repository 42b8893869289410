import type { FlowEdge, FlowGraph, PendingChange, Step, StepKind } from '@sona-designer/core';
import {
  formatMessage,
  formatNumber,
  isolate,
  type Locale,
  type Messages,
  outputLabel,
  selectPlural,
} from '../../i18n';

/** How a difference reads: what publishing (or a revision) changes, or how their version differs from yours. */
export type ChangePerspective = 'publish' | 'conflict';

/** Conflict view: where a thing exists, or that it differs. */
export type ChangeTag = 'theirs' | 'yours' | 'different';

export interface DescribedChange {
  key: string;
  text: string;
  tag?: ChangeTag;
  /** Conflict view: both values of a simple setting, e.g. two greetings. */
  values?: { theirs: string; yours: string };
}

/** The changes of one step (or of the whole flow), under the step's title. */
export interface ChangeGroup {
  key: string;
  stepId?: string;
  title: string;
  kind?: StepKind;
  changes: DescribedChange[];
}

export interface DescribeContext {
  locale: Locale;
  messages: Messages;
  jobName(id: string): string;
  knowledgeName(id: string): string;
}

const FLOW_GROUP = '\u0000flow';
const LAYOUT_GROUP = '\u0000layout';

function edgeKey(edge: FlowEdge): string {
  return `${edge.source}\u0000${edge.output}\u0000${edge.target}`;
}

function bySource(edges: FlowEdge[]): Map<string, FlowEdge[]> {
  const map = new Map<string, FlowEdge[]>();
  for (const edge of edges) map.set(edge.source, [...(map.get(edge.source) ?? []), edge]);
  return map;
}

function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * Words the changes of `diffGraphs(before, after)` (or `pendingChanges`) in the locale, grouped by step in the order
 * they come. For 'conflict', `before` is their version and `after` yours.
 */
export function describeChanges(
  changes: readonly PendingChange[],
  before: FlowGraph,
  after: FlowGraph,
  context: DescribeContext,
  perspective: ChangePerspective,
): ChangeGroup[] {
  const { locale, messages } = context;
  const text = messages.publish.changes;
  const conflictText = messages.designer;
  const beforeSteps = new Map(before.steps.map((step) => [step.id, step]));
  const afterSteps = new Map(after.steps.map((step) => [step.id, step]));
  const beforeKeys = new Set(before.edges.map(edgeKey));
  const afterKeys = new Set(after.edges.map(edgeKey));
  // diffGraphs names connections by their source only: find each edge again, in the same order it reports them.
  const added = bySource(
    after.edges.filter(
      (edge) =>
        !beforeKeys.has(edgeKey(edge)) && beforeSteps.has(edge.source) && beforeSteps.has(edge.target),
    ),
  );
  const removed = bySource(
    before.edges.filter(
      (edge) => !afterKeys.has(edgeKey(edge)) && afterSteps.has(edge.source) && afterSteps.has(edge.target),
    ),
  );
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const settingLabel = (field: string) => text.settings[field] ?? field;
  // Step titles and job or page names are user text: isolated (FSI…PDI), a right-to-left override in one cannot
  // reverse the sentence around it. The conflict view keeps them as they are until its own tests follow.
  const user = isolate;

  const connection = (edge: FlowEdge | undefined, steps: Map<string, Step>) => ({
    output: edge ? user(outputLabel(messages, edge.output)) : '',
    target: user((edge && steps.get(edge.target)?.title) ?? text.unknownStep),
  });
  const value = (raw: unknown): string | undefined => {
    if (typeof raw === 'string') return raw.trim() === '' ? conflictText.conflictEmpty : raw;
    if (typeof raw === 'boolean') return raw ? conflictText.conflictOn : conflictText.conflictOff;
    if (typeof raw === 'number') return formatNumber(locale, raw);
    return undefined;
  };

  const groups = new Map<string, ChangeGroup>();
  const groupFor = (change: PendingChange): ChangeGroup => {
    const id = change.stepId ?? (change.kind === 'steps-moved' ? LAYOUT_GROUP : FLOW_GROUP);
    let group = groups.get(id);
    if (!group) {
      const step = change.stepId
        ? (afterSteps.get(change.stepId) ?? beforeSteps.get(change.stepId))
        : undefined;
      group = {
        key: id,
        title: step?.title ?? change.stepTitle ?? (id === LAYOUT_GROUP ? text.layoutGroup : text.flowGroup),
        changes: [],
        ...(change.stepId ? { stepId: change.stepId } : {}),
        ...(step ? { kind: step.kind } : {}),
      };
      groups.set(id, group);
    }
    return group;
  };

  changes.forEach((change, index) => {
    const group = groupFor(change);
    const push = (entry: Omit<DescribedChange, 'key'>, suffix = '') =>
      group.changes.push({ key: `${index}${suffix}`, ...entry });
    const conflict = perspective === 'conflict';

    switch (change.kind) {
      case 'first-publish':
        push({
          text: formatMessage(selectPlural(locale, text.firstPublish, change.count ?? 0), {
            count: change.count ?? 0,
          }),
        });
        break;
      case 'settings-changed':
        for (const field of change.fields ?? []) {
          // The only flow setting so far; another one would be worded here.
          if (field !== 'requirePassingTests') continue;
          push(
            { text: after.settings?.requirePassingTests ? text.requireTestsOn : text.requireTestsOff },
            field,
          );
        }
        break;
      case 'step-added':
        push(conflict ? { text: conflictText.conflictThisStep, tag: 'yours' } : { text: text.stepAdded });
        break;
      case 'step-removed':
        push(conflict ? { text: conflictText.conflictThisStep, tag: 'theirs' } : { text: text.stepRemoved });
        break;
      case 'step-changed': {
        const fields = change.fields ?? [];
        const old = change.stepId ? beforeSteps.get(change.stepId) : undefined;
        const current = change.stepId ? afterSteps.get(change.stepId) : undefined;
        if (conflict) {
          for (const field of fields) {
            const theirs = value((old as Record<string, unknown> | undefined)?.[field]);
            const yours = value((current as Record<string, unknown> | undefined)?.[field]);
            push(
              {
                text: capitalize(settingLabel(field), locale),
                tag: 'different',
                ...(theirs !== undefined && yours !== undefined ? { values: { theirs, yours } } : {}),
              },
              `:${field}`,
            );
          }
          break;
        }
        if (fields.includes('title') && old)
          push({ text: formatMessage(text.stepRenamed, { old: user(old.title) }) }, ':title');
        const others = fields.filter((field) => field !== 'title');
        if (others.length > 0)
          push({
            text: capitalize(
              formatMessage(text.stepChanged, { fields: list.format(others.map(settingLabel)) }),
              locale,
            ),
          });
        break;
      }
      case 'job-attached':
      case 'job-detached': {
        const name = user(context.jobName(change.jobId ?? ''));
        if (conflict)
          push({
            text: formatMessage(conflictText.conflictJob, { name }),
            tag: change.kind === 'job-attached' ? 'yours' : 'theirs',
          });
        else
          push({
            text: formatMessage(change.kind === 'job-attached' ? text.jobAttached : text.jobDetached, {
              name,
            }),
          });
        break;
      }
      case 'knowledge-attached':
      case 'knowledge-detached': {
        const name = user(context.knowledgeName(change.knowledgeId ?? ''));
        if (conflict)
          push({
            text: formatMessage(conflictText.conflictKnowledge, { name }),
            tag: change.kind === 'knowledge-attached' ? 'yours' : 'theirs',
          });
        else
          push({
            text: formatMessage(
              change.kind === 'knowledge-attached' ? text.knowledgeAttached : text.knowledgeDetached,
              { name },
            ),
          });
        break;
      }
      case 'jobs-reordered':
        push(
          conflict ? { text: conflictText.conflictJobOrder, tag: 'different' } : { text: text.jobsReordered },
        );
        break;
      case 'connection-added': {
        const words = connection(added.get(change.stepId ?? '')?.shift(), afterSteps);
        push(
          conflict
            ? { text: formatMessage(conflictText.conflictConnection, words), tag: 'yours' }
            : { text: formatMessage(text.connectionAdded, words) },
        );
        break;
      }
      case 'connection-removed': {
        const words = connection(removed.get(change.stepId ?? '')?.shift(), beforeSteps);
        push(
          conflict
            ? { text: formatMessage(conflictText.conflictConnection, words), tag: 'theirs' }
            : { text: formatMessage(text.connectionRemoved, words) },
        );
        break;
      }
      case 'steps-moved': {
        const count = change.count ?? 0;
        push(
          conflict
            ? {
                text: formatMessage(selectPlural(locale, conflictText.conflictMoved, count), { count }),
                tag: 'different',
              }
            : { text: formatMessage(selectPlural(locale, text.stepsMoved, count), { count }) },
        );
        break;
      }
    }
  });

  return [...groups.values()];
}

/** How many lines `describeChanges` produced in all groups. */
export function countDescribed(groups: readonly ChangeGroup[]): number {
  return groups.reduce((total, group) => total + group.changes.length, 0);
}
