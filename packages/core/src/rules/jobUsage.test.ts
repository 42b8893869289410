import { describe, expect, it } from 'vitest';
import type { CallFlow } from '../model/callFlow';
import { createStep } from '../model/steps';
import { mainLine } from './graphs.fixture';
import { jobUsage, knowledgeUsage, summarizeUsage, usageCounts } from './jobUsage';

function flow(id: string, name: string, draft = mainLine(), published: CallFlow['published'] = null) {
  return { id, name, draft, published };
}

describe('jobUsage', () => {
  it('lists every Sona step that uses the job, saying whether in the draft, the published flow or both', () => {
    const publishedGraph = mainLine();
    const draftWithout = structuredClone(mainLine());
    const sona = draftWithout.steps.find((step) => step.kind === 'sona');
    if (sona?.kind === 'sona') sona.jobIds = ['job-b'];
    const afterHours = { ...createStep('sona', 'after', { x: 0, y: 0 }, 'After hours'), jobIds: ['job-a'] };
    draftWithout.steps.push(afterHours);

    const flows = [
      flow('main', 'Main line', draftWithout, {
        graph: publishedGraph,
        revision: 1,
        publishedAt: '2026-01-01T00:00:00Z',
      }),
      flow('sales', 'Sales line'),
      flow('other', 'Other', { steps: [createStep('incoming-call', 'start')], edges: [] }),
    ];
    const places = jobUsage('job-a', flows);
    expect(places).toEqual([
      expect.objectContaining({
        callFlowId: 'main',
        stepId: 'front-desk',
        inDraft: false,
        inPublished: true,
      }),
      expect.objectContaining({
        callFlowId: 'main',
        stepId: 'after',
        stepTitle: 'After hours',
        inDraft: true,
        inPublished: false,
      }),
      expect.objectContaining({
        callFlowId: 'sales',
        stepId: 'front-desk',
        inDraft: true,
        inPublished: false,
      }),
    ]);
    expect(summarizeUsage(places)).toEqual({ steps: 3, callFlows: 2 });
    expect(jobUsage('job-unused', flows)).toEqual([]);
  });

  it('finds knowledge pages the same way', () => {
    const graph = mainLine();
    const sona = graph.steps.find((step) => step.kind === 'sona');
    if (sona?.kind === 'sona') sona.knowledgeIds = ['kn-hours'];
    expect(knowledgeUsage('kn-hours', [flow('main', 'Main line', graph)])).toHaveLength(1);
  });
});

describe('usageCounts', () => {
  it('counts each Sona step once, whether it uses the job in the draft, the published flow or both', () => {
    const published = mainLine();
    const flows = [
      flow('main', 'Main line', mainLine(), {
        graph: published,
        revision: 1,
        publishedAt: '2026-01-01T00:00:00Z',
      }),
      flow('sales', 'Sales line'),
    ];
    const counts = usageCounts(flows);
    expect(counts.get('job-a')).toBe(2);
    expect(counts.get('job-unused')).toBeUndefined();
  });
});
