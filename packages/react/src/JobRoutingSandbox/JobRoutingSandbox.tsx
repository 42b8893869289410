import { createRouter, type Job, type RouteResult } from '@sona-designer/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { JobsIcon } from '../JobPicker/internal/icons';
import { useAttachedJobIds } from '../JobPicker/internal/useAttachments';
import { useDesigner } from '../provider/DesignerContext';
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
  const [open, setOpen] = useState(false);
  const [utterance, setUtterance] = useState('');
  const id = useId();
  const panelId = `${id}-panel`;
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
    <section className="sona-inspector__section sona-sandbox" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="sona-inspector__heading sona-sandbox__heading">
        <button
          type="button"
          className="sona-sandbox__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span className="sona-sandbox__chevron" data-open={open || undefined}>
            <JobsIcon name="chevron" />
          </span>
          {text.title}
        </button>
      </h3>
      <div id={panelId} className="sona-sandbox__panel" hidden={!open}>
        {open ? (
          jobIds.length === 0 ? (
            <p className="sona-sandbox__empty">{text.noJobs}</p>
          ) : (
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
                  onChange={(event) => setUtterance(event.target.value)}
                />
              </div>
              <RoutingResults result={result} jobsById={loadedJobs} />
            </>
          )
        ) : null}
      </div>
    </section>
  );
}
