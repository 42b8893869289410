import type {
  CallFlow,
  CallFlowSummaryRow,
  ChangeEvent,
  DesignerAdapter,
  FlowGraph,
} from '@sona-designer/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useChangeRefresh } from '../../records';

export interface SonaStepOption {
  id: string;
  title: string;
  /** Jobs attached in the draft or the published version. */
  jobIds: string[];
}

export interface FlowCatalog {
  /** Every call flow of the workspace (empty until loaded, or when the list failed). */
  flows: CallFlowSummaryRow[];
  /** The Sona steps of a flow (its draft and its published version), or undefined until its graph is loaded. */
  stepsOf(flowId: string): SonaStepOption[] | undefined;
  /** Loads the list of flows again (after a failure). */
  reload(): void;
}

interface LoadedGraph {
  version: number;
  steps: SonaStepOption[];
}

const flowChange = (event: ChangeEvent) =>
  event.type.startsWith('call-flow-') || event.type === 'workspace-imported';

/** Sona steps of the draft first, then those only the published version still has (a call may have run there). */
function sonaSteps(flow: CallFlow): SonaStepOption[] {
  const byId = new Map<string, SonaStepOption>();
  const graphs: FlowGraph[] = flow.published ? [flow.draft, flow.published.graph] : [flow.draft];
  for (const graph of graphs) {
    for (const step of graph.steps) {
      if (step.kind !== 'sona') continue;
      const known = byId.get(step.id);
      if (known) known.jobIds = [...new Set([...known.jobIds, ...step.jobIds])];
      else byId.set(step.id, { id: step.id, title: step.title, jobIds: [...step.jobIds] });
    }
  }
  return [...byId.values()];
}

/**
 * The call flows and the Sona steps of those in `wantedFlowIds` (every flow for `'all'`: a workspace has one per phone
 * number, a handful to a few dozen), for the filters and to name a call's flow and step. Each graph is fetched once
 * per flow version, so a change to a flow reported by the adapter fetches that one again.
 */
export function useFlowCatalog(
  adapter: DesignerAdapter,
  wantedFlowIds: readonly string[] | 'all',
): FlowCatalog {
  const [flows, setFlows] = useState<CallFlowSummaryRow[]>([]);
  const [graphs, setGraphs] = useState<Record<string, LoadedGraph>>({});
  const inFlight = useRef(new Set<string>());
  const generation = useRef(0);

  const reload = useCallback(() => {
    const current = ++generation.current;
    adapter.listCallFlows().then(
      (rows) => {
        if (generation.current === current) setFlows(rows);
      },
      () => {
        // The flow filter then offers "All call flows" only; the list's Retry loads it again.
      },
    );
  }, [adapter]);

  useEffect(reload, [reload]);
  useChangeRefresh(adapter, flowChange, reload);

  const wantedKey = wantedFlowIds === 'all' ? 'all' : wantedFlowIds.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `wantedKey` stands for `wantedFlowIds`.
  useEffect(() => {
    for (const row of flows) {
      if (wantedFlowIds !== 'all' && !wantedFlowIds.includes(row.id)) continue;
      const key = `${row.id}@${row.version}`;
      if (graphs[row.id]?.version === row.version || inFlight.current.has(key)) continue;
      inFlight.current.add(key);
      adapter
        .getCallFlow(row.id)
        .then(
          (flow) =>
            setGraphs((previous) => ({
              ...previous,
              [flow.id]: { version: flow.version, steps: sonaSteps(flow) },
            })),
          () => {
            // Without its graph a flow's steps are named by id; the next change to the flow tries again.
          },
        )
        .finally(() => inFlight.current.delete(key));
    }
  }, [adapter, flows, graphs, wantedKey]);

  const stepsOf = useCallback((flowId: string) => graphs[flowId]?.steps, [graphs]);
  return { flows, stepsOf, reload };
}
