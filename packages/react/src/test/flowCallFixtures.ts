// A flow for the drawer's "From the incoming call" mode: business hours that close for Christmas and New Year's Day,
// then a phone menu whose keys lead to a ring step or to a Sona step.
import type { CallFlow, DesignerAdapter, FlowGraph } from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { everyKindGraph } from './fixtures';

export const FLOW_CALL_FLOW = 'flow-holiday-line';
const STAMP = '2026-02-01T09:00:00.000Z';

/** The next 25 December and 1 January from today, so the quick picks land on a holiday whatever the year. */
function nextHolidays(now: Date = new Date()): { date: string; name: string }[] {
  const year = now.getUTCFullYear();
  return [year, year + 1].flatMap((y) => [
    { date: `${y}-12-25`, name: 'Christmas' },
    { date: `${y}-01-01`, name: 'New Year’s Day' },
  ]);
}

/** Every step kind, with business hours in Montreal (weekdays 9:00–17:00) closed on Christmas and New Year's Day. */
export function holidayLineGraph(): FlowGraph {
  const graph = everyKindGraph();
  return {
    ...graph,
    steps: graph.steps.map((step) =>
      step.kind === 'business-hours'
        ? {
            ...step,
            title: 'Business hours',
            schedule: { ...step.schedule, timeZone: 'America/Toronto', holidays: nextHolidays() },
          }
        : step,
    ),
  };
}

/** The demo workspace plus the holiday line. */
export function createFlowCallAdapter(): DesignerAdapter {
  const flow: CallFlow = {
    id: FLOW_CALL_FLOW,
    name: 'Holiday line',
    version: 1,
    draft: holidayLineGraph(),
    published: null,
    revisions: [],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  return createInMemoryAdapter({
    seed: { ...demoWorkspace, callSummaries: [], callFlows: [...(demoWorkspace.callFlows ?? []), flow] },
  });
}
