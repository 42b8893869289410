import type { CallFlow, CallSummary, Job, KnowledgePage } from '@sona-designer/core';
import { simulateFlowCallSync, testCaseFromCall, UNKNOWN_CALLER } from '@sona-designer/core/simulator';
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { provideEnglish, simulatorEn } from '../i18n';
import { useDesigner } from '../state';
import { planCallToStep } from './internal/planCall';
import { SaveTestDialog } from './SaveTestDialog';

// The dialog's texts travel with the drawer's (the `simulator` section).
provideEnglish('simulator', simulatorEn);

/** Props of `SaveSummaryAsTest`. */
export interface SaveSummaryAsTestProps {
  /** The recorded call to replay as a test of its call flow. */
  summary: CallSummary;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** After the save, with the test's name. */
  onSaved?(name: string): void;
  /** When the flow cannot be read (deleted since the call, or the backend is down), with the adapter's error. */
  onFailed?(error: unknown): void;
}

/**
 * Save as test from a recorded call: the caller's words replayed from the incoming call of the summary's flow (the
 * menus' keys and a moment the business hours let through to the step it was recorded on), with what the draft does
 * with them pre-filled as checks. Works outside a designer (the call summaries page): it reads the flow itself.
 */
export function SaveSummaryAsTest({
  summary,
  open,
  onOpenChange,
  onSaved,
  onFailed,
}: SaveSummaryAsTestProps) {
  const { adapter, workspace, messages } = useDesigner();
  const [flow, setFlow] = useState<CallFlow | null>(null);
  const jobs = useStore(workspace, (state) => state.jobs);
  const knowledge = useStore(workspace, (state) => state.knowledge);
  const missingJobs = useStore(workspace, (state) => state.missingJobs);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per opening, for the summary shown.
  useEffect(() => {
    if (!open) return;
    let current = true;
    setFlow(null);
    adapter.getCallFlow(summary.callFlowId).then(
      async (read) => {
        const ids = read.draft.steps.flatMap((step) => (step.kind === 'sona' ? step.jobIds : []));
        const pages = read.draft.steps.flatMap((step) => (step.kind === 'sona' ? step.knowledgeIds : []));
        await Promise.all([
          workspace
            .getState()
            .ensureJobs(ids)
            .catch(() => undefined),
          workspace
            .getState()
            .ensureKnowledge(pages)
            .catch(() => undefined),
        ]);
        if (current) setFlow(read);
      },
      (error: unknown) => {
        if (!current) return;
        onOpenChange(false);
        onFailed?.(error);
      },
    );
    return () => {
      current = false;
    };
  }, [open, summary.id]);

  const draft = flow?.draft ?? null;
  const attached = draft?.steps.flatMap((step) => (step.kind === 'sona' ? step.jobIds : [])) ?? [];
  const known = draft !== null && attached.every((id) => jobs[id] !== undefined || missingJobs[id]);

  // Made once, when the flow and its jobs are there: later changes elsewhere must not reset the dialog.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  const prepared = useMemo(() => {
    if (!known || !draft) return null;
    const context = {
      jobs: Object.values(jobs).filter((job): job is Job => job !== undefined),
      knowledge: Object.values(knowledge).filter((page): page is KnowledgePage => page !== undefined),
    };
    const said = summary.transcript.filter((turn) => turn.speaker === 'caller').map((turn) => turn.text);
    const planned = planCallToStep(draft, summary.stepId, context, { at: summary.createdAt, messages: said });
    const result = simulateFlowCallSync(draft, planned.call, context);
    // "Louise Roy: Called about “Technician arrival time”", or the intent alone for an unknown caller.
    const caller = summary.caller.trim() === UNKNOWN_CALLER ? '' : summary.caller.trim();
    const name = [caller, summary.intent.trim()].filter(Boolean).join(': ');
    return {
      initial: testCaseFromCall(planned.call, result, {
        name: name.slice(0, 120),
        callFlowId: summary.callFlowId,
      }),
      reached: planned.reached,
    };
  }, [known, draft]);

  if (!open || !prepared || !draft) return null;
  return (
    <SaveTestDialog
      open
      onOpenChange={onOpenChange}
      initial={prepared.initial}
      names={{ graph: draft, jobs, knowledge }}
      save={(input) => adapter.createTestCase(input)}
      {...(prepared.reached ? {} : { note: messages.simulator.tests.unreachable })}
      onSaved={(saved) => onSaved?.(saved.name)}
    />
  );
}
