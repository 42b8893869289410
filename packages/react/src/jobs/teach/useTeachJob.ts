import { isDesignerError, type Job, LIMITS } from '@sona-designer/core';
import { useCallback, useRef, useState } from 'react';
import { errorText, formatMessage, isolate, provideEnglish, teachEn } from '../../i18n';
import { useDesigner } from '../../state';

// The texts of teaching arrive with the code that teaches.
provideEnglish('teach', teachEn);

/** What the last teach did: a job taught a sentence (with the trigger it had, for Undo), undone, or refused. */
export type TeachStatus =
  | { kind: 'taught'; jobId: string; previousTrigger: string }
  | { kind: 'undone'; jobId: string }
  | { kind: 'error'; message: string };

/** The job's trigger with `example` (the sentence, worded in the designer's language) added at its end. */
export function triggerWithExample(trigger: string, example: string): string {
  const kept = trigger.trim();
  return kept ? `${kept} ${example}` : example;
}

/**
 * Teaching the router, from the routing sandbox or a failing saved test: a sentence that routed to the wrong job (or
 * none) is added to the right job's trigger, where the router reads what callers say. The job is saved through the adapter with its version, so
 * an edit made elsewhere meanwhile is never overwritten; Undo puts the trigger back the same way.
 */
export function useTeachJob() {
  const { adapter, workspace, messages } = useDesigner();
  const text = messages.teach;
  const [status, setStatus] = useState<TeachStatus | null>(null);
  const [pendingJobId, setPendingJobId] = useState<string | null>(null);
  const busy = useRef(false);

  const write = useCallback(
    async (job: Job, trigger: string, done: TeachStatus) => {
      if (busy.current) return;
      busy.current = true;
      setPendingJobId(job.id);
      try {
        const saved = await adapter.updateJob(job.id, { trigger }, job.version);
        workspace.getState().putJob(saved);
        setStatus(done);
      } catch (failure) {
        if (isDesignerError(failure, 'CONFLICT')) {
          const current = failure.current as Job | undefined;
          if (current) workspace.getState().putJob(current);
          setStatus({
            kind: 'error',
            message: formatMessage(text.teachConflict, { job: isolate(job.name) }),
          });
        } else {
          setStatus({
            kind: 'error',
            message: formatMessage(text.teachFailed, {
              job: isolate(job.name),
              message: errorText(messages, failure),
            }),
          });
        }
      } finally {
        busy.current = false;
        setPendingJobId(null);
      }
    },
    [adapter, workspace, messages, text],
  );

  /** Adds `sentence` to `job`'s trigger, unless it would not fit. */
  const teach = useCallback(
    (job: Job, sentence: string) => {
      const trigger = triggerWithExample(
        job.trigger,
        formatMessage(text.teachExample, { sentence: sentence.trim() }),
      );
      if (trigger.length > LIMITS.jobTrigger) {
        setStatus({
          kind: 'error',
          message: formatMessage(text.teachTooLong, { job: isolate(job.name), max: LIMITS.jobTrigger }),
        });
        return;
      }
      void write(job, trigger, { kind: 'taught', jobId: job.id, previousTrigger: job.trigger });
    },
    [text, write],
  );

  /** Puts back the trigger the last taught job had. */
  const undo = useCallback(
    (job: Job) => {
      if (status?.kind !== 'taught') return;
      void write(job, status.previousTrigger, { kind: 'undone', jobId: job.id });
    },
    [status, write],
  );

  const clear = useCallback(() => setStatus(null), []);
  return { status, pendingJobId, teach, undo, clear };
}
