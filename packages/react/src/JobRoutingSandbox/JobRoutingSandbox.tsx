import { createRouter, type Job, type RouteResult } from '@sona-designer/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useAttachedJobIds } from '../JobPicker/internal/useAttachments';
import { useDesigner } from '../provider/DesignerContext';
import { CollapsibleSection } from '../shared/internal/CollapsibleSection';
import { RoutingResults } from './internal/RoutingResults';

export interface JobRoutingSandboxProps {
  /** A Sona step of the flow being designed. */
  stepId: string;
}

/**
 * "Which job would fire?": the user types what a caller might say and sees the step's attached jobs ranked by the
 * local router, live, with the matched words. It changes nothing, so it stays usable read only. Needs the flow store.
 */
export function JobRoutingSandbox({ stepId }: JobRoutingSandboxProps) {
  const { messages, workspace } = useDesigner();
  const text = messages.sandbox;
  const jobIds = useAttachedJobIds(stepId);
  const loadedJobs = useStore(workspace, (state) => state.jobs);
  const [utterance, setUtterance] = useState('');
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;

  useEffect(() => {
    void workspace.getState().ensureJobs(jobIds);
  }, [workspace, jobIds]);

  // Deleted jobs cannot fire: they are left out of the router.
  const jobs = useMemo(
    () => jobIds.map((jobId) => loadedJobs[jobId]).filter((job): job is Job => job !== undefined),
    [jobIds, loadedJobs],
  );
  const router = useMemo(() => createRouter(jobs), [jobs]);
  // No locale: the designer's locale says nothing about a bilingual caller, so the router guesses from the text.
  const result: RouteResult | null = useMemo(
    () => (utterance.trim() && jobs.length > 0 ? router.route(utterance) : null),
    [router, utterance, jobs.length],
  );

  return (
    <CollapsibleSection
      title={text.title}
      className="sona-sandbox"
      empty={jobIds.length === 0 ? text.noJobs : null}
    >
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
          onChange={(event) => setUtterance(event.target.value)}
        />
      </div>
      <RoutingResults result={result} jobsById={loadedJobs} />
    </CollapsibleSection>
  );
}
