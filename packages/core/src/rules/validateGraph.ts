import { type FlowGraph, type SonaStep, type Step, StepSchema } from '../model/graph';
import { endsCall, stepOutputs } from '../model/steps';
import type { RoutableJob } from '../routing/routeIntent';
import type { TriggerOverlap } from '../routing/triggerOverlaps';
import { checkSonaStepLimits, SONA_STEP_LIMIT_PARAM, type SonaStepLimitProblem } from './sonaStepLimits';

/** How serious a `GraphIssue` is: an `error` blocks publishing, a `warning` does not. */
export type GraphIssueSeverity = 'error' | 'warning';

/**
 * What a `GraphIssue` is about, stable for code to branch on (e.g. `UNREACHABLE`, `UNCONNECTED_OUTPUT`,
 * `UNKNOWN_JOB`); its `message` says it in English.
 */
export type GraphIssueCode =
  | 'NO_START'
  | 'MULTIPLE_STARTS'
  | 'EDGE_INTO_START'
  | 'UNKNOWN_EDGE_STEP'
  | 'UNKNOWN_OUTPUT'
  | 'OUTPUT_CONNECTED_TWICE'
  | 'UNCONNECTED_OUTPUT'
  | 'UNREACHABLE'
  | 'ENDLESS_LOOP'
  | 'STEP_AFTER_END'
  | 'SONA_EMPTY'
  | 'TOO_MANY_JOBS'
  | 'DUPLICATE_JOB'
  | 'UNKNOWN_JOB'
  | 'TRIGGER_OVERLAP'
  | 'UNKNOWN_KNOWLEDGE'
  | 'FORWARD_NO_NUMBER'
  | 'RING_NO_TARGETS'
  | 'MENU_NO_OPTIONS'
  | 'NEVER_OPEN'
  | 'INVALID_SETTINGS';

/** A problem of a call flow, located on a step or a connection; `params` let a UI write its own words. */
export interface GraphIssue {
  severity: GraphIssueSeverity;
  code: GraphIssueCode;
  message: string;
  stepId?: string;
  edgeId?: string;
  params?: Record<string, string | number>;
}

type IdCollection = ReadonlyArray<{ id: string }> | ReadonlySet<string>;

/**
 * What `validateGraph` may check beyond the graph itself: the workspace's jobs and knowledge pages (for
 * references to missing ones), and the trigger-overlap check.
 */
export interface ValidateGraphContext {
  /**
   * The workspace's jobs (or their ids); omit to skip the unknown-job check. Given whole jobs (with their triggers)
   * and `triggerOverlaps`, Sona steps are also checked for jobs whose triggers are too alike to tell apart.
   */
  jobs?: IdCollection;
  knowledge?: IdCollection;
  /** Re-check every step's settings against its schema (default true). */
  checkSettings?: boolean;
  /**
   * Finds attached jobs whose triggers are too alike (`TRIGGER_OVERLAP` warnings). Without it there are no such
   * warnings: pass `triggerOverlaps` from `@sona-designer/core/routing` to get them. Injected so that validating a
   * graph does not load the router.
   */
  triggerOverlaps?: (jobs: readonly RoutableJob[]) => TriggerOverlap[];
}

/** User text inside a message, isolated (FSI…PDI) so a right-to-left override in it cannot reverse the message. */
function isolate(text: unknown): string {
  return `\u2068${String(text)}\u2069`;
}

function toIdSet(collection: IdCollection | undefined): ReadonlySet<string> | undefined {
  if (!collection) return undefined;
  if (collection instanceof Set) return collection;
  return new Set((collection as ReadonlyArray<{ id: string }>).map((item) => item.id));
}

/** Every problem of a call flow: errors block publishing, warnings are worth a look. */
export function validateGraph(graph: FlowGraph, context: ValidateGraphContext = {}): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const stepsById = new Map(graph.steps.map((step) => [step.id, step]));
  const starts = graph.steps.filter((step) => step.kind === 'incoming-call');

  checkStart(starts, issues);
  const { outgoing, connectedOutputs } = checkEdges(graph, stepsById, issues);
  checkOutputs(graph, connectedOutputs, issues);
  if (starts.length > 0) checkReachability(graph, starts, outgoing, connectedOutputs, issues);
  const jobs = toIdSet(context.jobs);
  const knowledge = toIdSet(context.knowledge);
  const findOverlaps = context.triggerOverlaps;
  const jobTexts = findOverlaps ? routableJobs(context.jobs) : undefined;
  for (const step of graph.steps) {
    checkStepSettings(step, jobs, knowledge, context.checkSettings ?? true, issues);
    if (step.kind === 'sona' && findOverlaps && jobTexts)
      checkTriggerOverlaps(step, jobTexts, findOverlaps, issues);
  }
  return issues;
}

/** True when any issue is an error, i.e. when the graph cannot be published. */
export function hasErrors(issues: readonly GraphIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Issues grouped by the step they concern, for badges on the canvas. */
export function issuesByStep(issues: readonly GraphIssue[]): Map<string, GraphIssue[]> {
  const byStep = new Map<string, GraphIssue[]>();
  for (const issue of issues) {
    if (!issue.stepId) continue;
    const list = byStep.get(issue.stepId) ?? [];
    list.push(issue);
    byStep.set(issue.stepId, list);
  }
  return byStep;
}

function routableJobs(collection: IdCollection | undefined): Map<string, RoutableJob> | undefined {
  if (!collection || collection instanceof Set) return undefined;
  const items = collection as ReadonlyArray<{ id: string } & Partial<RoutableJob>>;
  if (!items.every((item) => typeof item.trigger === 'string' && typeof item.name === 'string'))
    return undefined;
  return new Map(items.map((item) => [item.id, item as RoutableJob]));
}

function checkTriggerOverlaps(
  step: Extract<Step, { kind: 'sona' }>,
  jobs: Map<string, RoutableJob>,
  findOverlaps: NonNullable<ValidateGraphContext['triggerOverlaps']>,
  issues: GraphIssue[],
): void {
  const attached = step.jobIds.flatMap((id) => jobs.get(id) ?? []);
  for (const { jobIds } of findOverlaps(attached)) {
    const [first, second] = jobIds.map((id) => jobs.get(id)?.name ?? id);
    issues.push({
      severity: 'warning',
      code: 'TRIGGER_OVERLAP',
      stepId: step.id,
      params: { first: first ?? '', second: second ?? '' },
      message: `“${isolate(first)}” and “${isolate(second)}” in “${isolate(step.title)}” start on almost the same words: Sona cannot tell them apart. Make one trigger more specific.`,
    });
  }
}

function checkStart(starts: Step[], issues: GraphIssue[]): void {
  if (starts.length === 0) {
    issues.push({
      severity: 'error',
      code: 'NO_START',
      message: 'The call flow has no Incoming call step: add one so calls know where to start.',
    });
  }
  for (const extra of starts.slice(1)) {
    issues.push({
      severity: 'error',
      code: 'MULTIPLE_STARTS',
      stepId: extra.id,
      message: `“${isolate(extra.title)}” is a second Incoming call step: a call flow starts in exactly one place. Delete one.`,
    });
  }
}

function checkEdges(graph: FlowGraph, stepsById: Map<string, Step>, issues: GraphIssue[]) {
  const outgoing = new Map<string, string[]>();
  const connectedOutputs = new Set<string>();
  for (const edge of graph.edges) {
    const source = stepsById.get(edge.source);
    const target = stepsById.get(edge.target);
    if (!source || !target) {
      issues.push({
        severity: 'error',
        code: 'UNKNOWN_EDGE_STEP',
        edgeId: edge.id,
        stepId: source?.id ?? target?.id,
        message: `A connection points to a step that no longer exists (“${isolate(source ? edge.target : edge.source)}”): delete the connection.`,
      });
      continue;
    }
    if (target.kind === 'incoming-call') {
      issues.push({
        severity: 'error',
        code: 'EDGE_INTO_START',
        edgeId: edge.id,
        stepId: source.id,
        message: `“${isolate(source.title)}” leads back to “${isolate(target.title)}”: nothing can lead into the start of a call. Connect it elsewhere.`,
      });
      continue;
    }
    if (endsCall(source)) {
      issues.push({
        severity: 'warning',
        code: 'STEP_AFTER_END',
        edgeId: edge.id,
        stepId: source.id,
        params: { target: target.title },
        message:
          source.kind === 'forward'
            ? `“${isolate(source.title)}” forwards the call away, so “${isolate(target.title)}” after it can never run.`
            : `The call ends at “${isolate(source.title)}”, so “${isolate(target.title)}” after it can never run.`,
      });
      continue;
    }
    if (!stepOutputs(source).some((output) => output.id === edge.output)) {
      issues.push({
        severity: 'error',
        code: 'UNKNOWN_OUTPUT',
        edgeId: edge.id,
        stepId: source.id,
        message: `A connection leaves “${isolate(source.title)}” from an output it no longer has (“${isolate(edge.output)}”): delete or reconnect it.`,
      });
      continue;
    }
    const outputKey = `${source.id}\u0000${edge.output}`;
    if (connectedOutputs.has(outputKey)) {
      issues.push({
        severity: 'error',
        code: 'OUTPUT_CONNECTED_TWICE',
        edgeId: edge.id,
        stepId: source.id,
        message: `An output of “${isolate(source.title)}” is connected to two steps: a call can only go one way. Remove one connection.`,
      });
      continue;
    }
    connectedOutputs.add(outputKey);
    const targets = outgoing.get(source.id) ?? [];
    targets.push(target.id);
    outgoing.set(source.id, targets);
  }
  return { outgoing, connectedOutputs };
}

function checkOutputs(graph: FlowGraph, connectedOutputs: Set<string>, issues: GraphIssue[]): void {
  for (const step of graph.steps) {
    for (const output of stepOutputs(step)) {
      if (output.optional || connectedOutputs.has(`${step.id}\u0000${output.id}`)) continue;
      issues.push({
        severity: 'warning',
        code: 'UNCONNECTED_OUTPUT',
        stepId: step.id,
        params: { output: output.id },
        message: `“${isolate(output.label)}” of “${isolate(step.title)}” leads nowhere: the call hangs up there. Connect it to a step.`,
      });
    }
  }
}

function checkReachability(
  graph: FlowGraph,
  starts: Step[],
  outgoing: Map<string, string[]>,
  connectedOutputs: Set<string>,
  issues: GraphIssue[],
): void {
  const reachable = new Set<string>();
  const queue = starts.map((step) => step.id);
  for (const id of queue) {
    if (reachable.has(id)) continue;
    reachable.add(id);
    for (const next of outgoing.get(id) ?? []) queue.push(next);
  }

  // A call can end at a step that ends it, at a person answering, or where an output leads nowhere (hang-up).
  const canEnd = new Set<string>();
  const incoming = new Map<string, string[]>();
  for (const [source, targets] of outgoing) {
    for (const target of targets) {
      const list = incoming.get(target) ?? [];
      list.push(source);
      incoming.set(target, list);
    }
  }
  const exits = graph.steps.filter(
    (step) =>
      endsCall(step) ||
      step.kind === 'ring-users' ||
      stepOutputs(step).some((output) => !connectedOutputs.has(`${step.id}\u0000${output.id}`)),
  );
  const back = exits.map((step) => step.id);
  for (const id of back) {
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    for (const previous of incoming.get(id) ?? []) back.push(previous);
  }

  for (const step of graph.steps) {
    if (!reachable.has(step.id)) {
      issues.push({
        severity: 'warning',
        code: 'UNREACHABLE',
        stepId: step.id,
        message: `No call can reach “${isolate(step.title)}”: connect a step to it or delete it.`,
      });
    } else if (!canEnd.has(step.id)) {
      issues.push({
        severity: 'error',
        code: 'ENDLESS_LOOP',
        stepId: step.id,
        message: `Calls that reach “${isolate(step.title)}” loop forever: give the loop a way out (an end, voicemail, a person or Sona’s hand-off).`,
      });
    }
  }
}

function checkStepSettings(
  step: Step,
  jobs: ReadonlySet<string> | undefined,
  knowledge: ReadonlySet<string> | undefined,
  checkSettings: boolean,
  issues: GraphIssue[],
): void {
  if (checkSettings) {
    const parsed = StepSchema.safeParse(step);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        // The step's limits are reported below, each under its own code: reporting them here too would count them twice.
        if (problem.code === 'custom' && problem.params?.[SONA_STEP_LIMIT_PARAM]) continue;
        issues.push({
          severity: 'error',
          code: 'INVALID_SETTINGS',
          stepId: step.id,
          params: { field: problem.path.join('.') },
          message: `“${isolate(step.title)}”: ${problem.message}`,
        });
      }
    }
  }
  switch (step.kind) {
    case 'sona':
      checkSona(step, jobs, knowledge, issues);
      break;
    case 'forward':
      if (step.phoneNumber === '') {
        issues.push({
          severity: 'error',
          code: 'FORWARD_NO_NUMBER',
          stepId: step.id,
          message: `“${isolate(step.title)}” has no number to forward to: enter one with its country code.`,
        });
      }
      break;
    case 'ring-users':
      if (step.targets.length === 0) {
        issues.push({
          severity: 'error',
          code: 'RING_NO_TARGETS',
          stepId: step.id,
          message: `“${isolate(step.title)}” rings nobody: choose at least one person to ring.`,
        });
      }
      break;
    case 'phone-menu':
      if (step.options.length === 0) {
        issues.push({
          severity: 'warning',
          code: 'MENU_NO_OPTIONS',
          stepId: step.id,
          message: `“${isolate(step.title)}” offers no keys to press: add an option or remove the menu.`,
        });
      }
      break;
    case 'business-hours':
      if (Object.values(step.schedule.days).every((ranges) => ranges.length === 0)) {
        issues.push({
          severity: 'warning',
          code: 'NEVER_OPEN',
          stepId: step.id,
          message: `“${isolate(step.title)}” has no opening hours, so every call takes the after-hours path. Add hours to at least one day.`,
        });
      }
      break;
    default:
      break;
  }
}

/** A broken limit as a graph issue. A page attached twice has no code of its own: it is a setting that is not valid. */
function limitIssue(step: SonaStep, problem: SonaStepLimitProblem): GraphIssue {
  if (problem.code === 'DUPLICATE_KNOWLEDGE') {
    return {
      severity: 'error',
      code: 'INVALID_SETTINGS',
      stepId: step.id,
      params: { field: problem.path[0] },
      message: problem.message,
    };
  }
  return {
    severity: 'error',
    code: problem.code,
    stepId: step.id,
    params: problem.params,
    message: problem.message,
  };
}

function checkSona(
  step: SonaStep,
  jobs: ReadonlySet<string> | undefined,
  knowledge: ReadonlySet<string> | undefined,
  issues: GraphIssue[],
): void {
  if (step.jobIds.length === 0 && step.knowledgeIds.length === 0) {
    issues.push({
      severity: 'warning',
      code: 'SONA_EMPTY',
      stepId: step.id,
      message: `“${isolate(step.title)}” has no jobs and no knowledge: Sona can only take messages. Attach a job or a knowledge page.`,
    });
  }
  for (const problem of checkSonaStepLimits(step)) issues.push(limitIssue(step, problem));
  for (const jobId of step.jobIds) {
    if (jobs && !jobs.has(jobId)) {
      issues.push({
        severity: 'error',
        code: 'UNKNOWN_JOB',
        stepId: step.id,
        params: { jobId },
        message: `“${isolate(step.title)}” uses a job that no longer exists (${jobId}): detach it.`,
      });
    }
  }
  if (knowledge) {
    for (const knowledgeId of step.knowledgeIds) {
      if (!knowledge.has(knowledgeId)) {
        issues.push({
          severity: 'error',
          code: 'UNKNOWN_KNOWLEDGE',
          stepId: step.id,
          params: { knowledgeId },
          message: `“${isolate(step.title)}” uses a knowledge page that no longer exists (${knowledgeId}): detach it.`,
        });
      }
    }
  }
}
