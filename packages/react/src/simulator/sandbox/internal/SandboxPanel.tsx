import type { RouteResult } from '@sona-designer/core/routing';
import { useId, useMemo, useState } from 'react';
import { useTeachJob } from '../../../jobs';
import { useDesigner } from '../../../state';
import { useStepRouter } from '../../useStepRouter';
import { RoutingResults } from './RoutingResults';
import { TeachStatusLine } from './TeachStatusLine';

export interface SandboxPanelProps {
  stepId: string;
}

/** The open "Which job would fire?" section: what the caller says and the ranked jobs (loaded when first opened). */
export function SandboxPanel({ stepId }: SandboxPanelProps) {
  const { messages, readOnly } = useDesigner();
  const text = messages.sandbox;
  const [utterance, setUtterance] = useState('');
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;

  const { jobs, router, jobsById } = useStepRouter(stepId);
  const teaching = useTeachJob();
  // No locale: the designer's locale says nothing about a bilingual caller, so the router guesses from the text.
  const result: RouteResult | null = useMemo(
    () => (utterance.trim() && jobs.length > 0 ? router.route(utterance) : null),
    [router, utterance, jobs.length],
  );

  return (
    <>
      <div className="sona-field">
        <label className="sona-field__label" htmlFor={inputId}>
          {text.callerSays}
        </label>
        <p id={hintId} className="sona-field__hint">
          {text.hint}
        </p>
        <input
          id={inputId}
          type="text"
          className="sona-sandbox__input"
          value={utterance}
          placeholder={text.placeholder}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setUtterance(event.target.value);
            teaching.clear();
          }}
        />
      </div>
      <RoutingResults
        result={result}
        jobsById={jobsById}
        // Read only, the sandbox still ranks the jobs but teaches none.
        teach={
          readOnly
            ? undefined
            : {
                pendingJobId: teaching.pendingJobId,
                onTeach: (job) => teaching.teach(job, utterance),
              }
        }
      />
      {teaching.status ? (
        <TeachStatusLine
          status={teaching.status}
          result={result}
          jobsById={jobsById}
          busy={teaching.pendingJobId !== null}
          onUndo={teaching.undo}
        />
      ) : null}
    </>
  );
}
