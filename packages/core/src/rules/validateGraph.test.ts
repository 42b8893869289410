import { describe, expect, it } from 'vitest';
import type { FlowGraph } from '../model/graph';
import { createStep } from '../model/steps';
import { triggerOverlaps } from '../routing';
import { mainLine, sonaWithJobs, withStep } from './graphs.fixture';
import { hasErrors, issuesByStep, type ValidateGraphContext, validateGraph } from './validateGraph';

const context: ValidateGraphContext = { jobs: [{ id: 'job-a' }, { id: 'job-b' }], knowledge: [] };
const codes = (graph: FlowGraph, ctx: ValidateGraphContext = context) =>
  validateGraph(graph, ctx).map((issue) => issue.code);

describe('validateGraph', () => {
  it('finds nothing wrong in a complete main line', () => {
    expect(validateGraph(mainLine(), context)).toEqual([]);
  });

  it('needs exactly one incoming call', () => {
    const noStart = {
      ...mainLine(),
      steps: mainLine().steps.filter((step) => step.kind !== 'incoming-call'),
    };
    expect(codes(noStart)).toContain('NO_START');
    const twoStarts = withStep(mainLine(), createStep('incoming-call', 'start-2'));
    const issue = validateGraph(twoStarts, context).find((candidate) => candidate.code === 'MULTIPLE_STARTS');
    expect(issue).toMatchObject({ severity: 'error', stepId: 'start-2' });
  });

  it('warns about unreachable steps and outputs that lead nowhere', () => {
    const graph = withStep(mainLine(), createStep('play-audio', 'orphan', { x: 0, y: 0 }, 'Promo'));
    const issues = validateGraph(graph, context);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'UNREACHABLE', stepId: 'orphan', severity: 'warning' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'UNCONNECTED_OUTPUT', stepId: 'orphan', params: { output: 'next' } }),
    );
    expect(hasErrors(issues)).toBe(false);
  });

  it('does not ask for the optional hand-off output of a Sona step', () => {
    expect(codes(mainLine())).not.toContain('UNCONNECTED_OUTPUT');
  });

  it('reports a loop that can never end a call, but not a menu loop with a way out', () => {
    const loop: FlowGraph = {
      steps: [
        createStep('incoming-call', 'start'),
        createStep('play-audio', 'a'),
        createStep('play-audio', 'b'),
      ],
      edges: [
        { id: 'e1', source: 'start', output: 'next', target: 'a' },
        { id: 'e2', source: 'a', output: 'next', target: 'b' },
        { id: 'e3', source: 'b', output: 'next', target: 'a' },
      ],
    };
    const endless = validateGraph(loop).filter((issue) => issue.code === 'ENDLESS_LOOP');
    expect(endless.map((issue) => issue.stepId).sort()).toEqual(['a', 'b', 'start']);

    const menu = { ...createStep('phone-menu', 'menu'), options: [{ digit: '9' as const, label: 'Repeat' }] };
    const menuLoop: FlowGraph = {
      steps: [createStep('incoming-call', 'start'), menu, createStep('end', 'end')],
      edges: [
        { id: 'e1', source: 'start', output: 'next', target: 'menu' },
        { id: 'e2', source: 'menu', output: 'option-9', target: 'menu' },
        { id: 'e3', source: 'menu', output: 'no-input', target: 'end' },
      ],
    };
    expect(codes(menuLoop)).not.toContain('ENDLESS_LOOP');
  });

  it('flags a Sona step with no job and no knowledge', () => {
    const graph = mainLine();
    const empty = {
      ...graph,
      steps: graph.steps.map((step) => (step.kind === 'sona' ? { ...step, jobIds: [] } : step)),
    };
    expect(validateGraph(empty, context)).toContainEqual(
      expect.objectContaining({ code: 'SONA_EMPTY', stepId: 'front-desk', severity: 'warning' }),
    );
  });

  it('flags more than 10 jobs, duplicates and unknown jobs or knowledge', () => {
    const jobs = Array.from({ length: 11 }, (_, index) => ({ id: `job-${index + 1}` }));
    const graph = { steps: [createStep('incoming-call', 's'), sonaWithJobs(11)], edges: [] };
    expect(codes(graph, { jobs, knowledge: [] })).toContain('TOO_MANY_JOBS');

    const sona = {
      ...createStep('sona', 'x'),
      jobIds: ['job-a', 'job-a', 'ghost'],
      knowledgeIds: ['kn-gone'],
    };
    const issues = validateGraph({ steps: [sona], edges: [] }, { ...context, checkSettings: false });
    expect(issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['DUPLICATE_JOB', 'UNKNOWN_JOB', 'UNKNOWN_KNOWLEDGE']),
    );
    expect(issues.find((issue) => issue.code === 'UNKNOWN_JOB')?.params).toEqual({ jobId: 'ghost' });
  });

  it('skips unknown-id checks when the workspace is not given', () => {
    expect(codes(mainLine(), {})).not.toContain('UNKNOWN_JOB');
  });

  it('warns that steps after a forward can never run', () => {
    const forward = {
      ...createStep('forward', 'fwd', { x: 0, y: 0 }, 'To office'),
      phoneNumber: '+33123456789',
    };
    const graph: FlowGraph = {
      steps: [
        createStep('incoming-call', 'start'),
        forward,
        createStep('voicemail', 'vm', { x: 0, y: 0 }, 'Mailbox'),
      ],
      edges: [
        { id: 'e1', source: 'start', output: 'next', target: 'fwd' },
        { id: 'e2', source: 'fwd', output: 'next', target: 'vm' },
      ],
    };
    const issues = validateGraph(graph);
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'STEP_AFTER_END',
        stepId: 'fwd',
        message:
          '“\u2068To office\u2069” forwards the call away, so “\u2068Mailbox\u2069” after it can never run.',
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: 'UNREACHABLE', stepId: 'vm' }));
  });

  it('reports broken connections and outputs connected twice', () => {
    const graph = mainLine();
    graph.edges.push({ id: 'bad', source: 'hours', output: 'open', target: 'vm' });
    graph.edges.push({ id: 'ghost', source: 'hours', output: 'closed', target: 'deleted-step' });
    graph.edges.push({ id: 'old', source: 'hours', output: 'lunch', target: 'vm' });
    graph.edges.push({ id: 'back', source: 'front-desk', output: 'transfer', target: 'start' });
    expect(codes(graph)).toEqual(
      expect.arrayContaining([
        'OUTPUT_CONNECTED_TWICE',
        'UNKNOWN_EDGE_STEP',
        'UNKNOWN_OUTPUT',
        'EDGE_INTO_START',
      ]),
    );
  });

  it('reports missing settings: forward number, people to ring, menu keys, opening hours', () => {
    const hours = createStep('business-hours', 'h');
    const closed = {
      ...hours,
      schedule: {
        ...hours.schedule,
        days: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      },
    };
    const graph: FlowGraph = {
      steps: [
        createStep('forward', 'f'),
        createStep('ring-users', 'r'),
        { ...createStep('phone-menu', 'm'), options: [] },
        closed,
      ],
      edges: [],
    };
    expect(codes(graph)).toEqual(
      expect.arrayContaining(['FORWARD_NO_NUMBER', 'RING_NO_TARGETS', 'MENU_NO_OPTIONS', 'NEVER_OPEN']),
    );
  });

  it('reports invalid settings with the step and the field', () => {
    const hours = createStep('business-hours', 'h', { x: 0, y: 0 }, 'Hours');
    hours.schedule.days.mon = [{ start: '18:00', end: '09:00' }];
    hours.schedule.timeZone = 'Mars/Olympus';
    const issues = validateGraph({ steps: [hours], edges: [] }).filter(
      (issue) => issue.code === 'INVALID_SETTINGS',
    );
    expect(issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([
        '“\u2068Hours\u2069”: A time range must end after it starts.',
        '“\u2068Hours\u2069”: Choose a time zone from the list, e.g. Europe/Paris.',
      ]),
    );
    expect(issuesByStep(issues).get('h')).toHaveLength(2);
  });
});

describe('trigger overlaps', () => {
  it('warns, naming both jobs, when two attached jobs start on almost the same words', () => {
    const graph = mainLine();
    const jobs = [
      {
        id: 'job-a',
        name: 'Take a message',
        description: '',
        instructions: '1. Ask.',
        trigger: 'The caller wants to leave a message for someone who is away.',
      },
      {
        id: 'job-b',
        name: 'Leave a message',
        description: '',
        instructions: '1. Ask.',
        trigger: 'The caller wants to leave a message for a person who is away.',
      },
    ];
    expect(validateGraph(graph, { jobs, triggerOverlaps })).toContainEqual(
      expect.objectContaining({
        code: 'TRIGGER_OVERLAP',
        stepId: 'front-desk',
        severity: 'warning',
        params: { first: 'Take a message', second: 'Leave a message' },
      }),
    );
    expect(codes(graph, { jobs: jobs.map(({ id }) => ({ id })), triggerOverlaps })).not.toContain(
      'TRIGGER_OVERLAP',
    );
  });

  it('gives no overlap warnings without the router-backed `triggerOverlaps`', () => {
    const jobs = ['job-a', 'job-b'].map((id) => ({
      id,
      name: id,
      description: '',
      instructions: '1. Ask.',
      trigger: 'The caller wants to leave a message for someone who is away.',
    }));
    expect(codes(mainLine(), { jobs })).not.toContain('TRIGGER_OVERLAP');
    expect(codes(mainLine(), { jobs, triggerOverlaps })).toContain('TRIGGER_OVERLAP');
  });
});
