import { attachJob, detachJob, isDesignerError, type Job, type JobSort, LIMITS } from '@sona-designer/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatMessage, formatNumber, jobPickerEn, provideEnglish, selectPlural } from '../../i18n';
import { PickerFrame, useAttachedJobIds } from '../../records';
import { useDesigner, useFlow, useFlowStoreApi } from '../../state';
import { JobsIcon, refocusIfLost } from '../../ui';
import { LazyJobEditor } from '../editor/lazy';
import { LazyTemplateGallery } from '../templates/lazy';
import { JobSearchPanel, type JobSearchPanelHandle } from './internal/JobSearchPanel';

// The pickers' English texts come with their code, not with the package's first download.
provideEnglish('jobPicker', jobPickerEn);

/** Props of `JobPicker`, a controlled dialog. */
export interface JobPickerProps {
  /** Whether the dialog is open (controlled). */
  open: boolean;
  /** Asks to open or close. */
  onOpenChange(open: boolean): void;
  /** The Sona step whose jobs the picker attaches and detaches (in the draft of the flow being designed). */
  stepId: string;
}

type Notice = { kind: 'refused'; at: number } | { kind: 'created' | 'createdFull'; name: string; at: number };

/**
 * The "Add job" dialog of a Sona step: every job of the workspace (paged and virtualised, so 10,000 stay instant),
 * searchable and sortable, each a checkbox that attaches or detaches it in the draft. At 10 attached the others are
 * disabled and a message says how to free a place. Create job starts a new one from scratch or from a template and
 * attaches it when a place is free. Needs the flow store (`FlowProvider` or `CallFlowDesigner`).
 */
export function JobPicker({ open, onOpenChange, stepId }: JobPickerProps) {
  const { messages, locale, workspace } = useDesigner();
  const text = messages.jobPicker;
  const labels = messages.designer.historyLabels;
  const store = useFlowStoreApi();
  const readOnly = useFlow((state) => state.readOnly);
  const attachedIds = useAttachedJobIds(stepId);
  const searchRef = useRef<HTMLInputElement>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<JobSearchPanelHandle>(null);

  const [sort, setSort] = useState<JobSort>('name');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editorOpen, setEditorOpen] = useState(false);
  const [galleryOpen, setGalleryOpen] = useState(false);

  const max = LIMITS.jobsPerSonaStep;
  const count = attachedIds.length;
  const full = count >= max;
  const params = { count: formatNumber(locale, count), max: formatNumber(locale, max) };

  useEffect(() => {
    if (!open) setNotice(null);
  }, [open]);

  const onToggle = useCallback(
    (job: Job, checked: boolean) => {
      setNotice(null);
      const { change } = store.getState();
      if (!checked) {
        change(labels.detachJob, (graph) => detachJob(graph, stepId, job.id));
        return;
      }
      workspace.getState().putJob(job);
      try {
        change(labels.attachJob, (graph) => attachJob(graph, stepId, job.id));
      } catch (error) {
        if (!isDesignerError(error, 'JOB_LIMIT')) throw error;
        setNotice({ kind: 'refused', at: Date.now() });
      }
    },
    [store, workspace, stepId, labels],
  );

  const onRefused = useCallback(() => {
    if (!store.getState().readOnly) setNotice({ kind: 'refused', at: Date.now() });
  }, [store]);

  const onCreated = useCallback(
    (job: Job) => {
      workspace.getState().putJob(job);
      try {
        store.getState().change(labels.attachJob, (graph) => attachJob(graph, stepId, job.id));
      } catch (error) {
        if (!isDesignerError(error, 'JOB_LIMIT')) throw error;
      }
      const step = store.getState().stepsById[stepId];
      const attached = step?.kind === 'sona' && step.jobIds.includes(job.id);
      setNotice({ kind: attached ? 'created' : 'createdFull', name: job.name, at: Date.now() });
      panelRef.current?.reload();
    },
    [store, workspace, stepId, labels],
  );

  const onChooseStart = useCallback((start: 'scratch' | 'template') => {
    if (start === 'scratch') setEditorOpen(true);
    else setGalleryOpen(true);
  }, []);

  const afterCreate = () => createRef.current ?? searchRef.current;

  const status = (
    <div role="status" className="sona-job-picker__status">
      {notice ? (
        <p
          key={notice.at}
          className="sona-job-picker__notice"
          data-tone={notice.kind === 'created' ? 'success' : 'warning'}
        >
          <JobsIcon name={notice.kind === 'created' ? 'check' : 'warning'} />
          <span>
            {notice.kind === 'refused'
              ? formatMessage(text.fullRefused, params)
              : formatMessage(notice.kind === 'created' ? text.createdAttached : text.createdNotAttached, {
                  name: notice.name,
                  max: params.max,
                })}
          </span>
        </p>
      ) : null}
      {full && !readOnly && notice?.kind !== 'refused' && notice?.kind !== 'createdFull' ? (
        <p className="sona-job-picker__notice" data-tone="warning">
          <JobsIcon name="warning" />
          <span>{formatMessage(text.full, params)}</span>
        </p>
      ) : null}
    </div>
  );

  return (
    <>
      <PickerFrame
        open={open}
        onOpenChange={onOpenChange}
        className="sona-job-picker"
        title={text.title}
        count={
          <>
            <span aria-hidden="true">{formatMessage(text.count, params)}</span>
            <span className="sona-visually-hidden">
              {formatMessage(selectPlural(locale, text.countLabel, count), params)}
            </span>
          </>
        }
        countState={full ? 'full' : 'normal'}
        note={readOnly ? text.readOnlyNote : text.draftNote}
        searchRef={searchRef}
      >
        {(container) => (
          <JobSearchPanel
            ref={panelRef}
            open={open}
            stepId={stepId}
            attachedIds={attachedIds}
            full={full}
            sort={sort}
            onSortChange={setSort}
            status={status}
            container={container}
            searchRef={searchRef}
            createRef={createRef}
            onChooseStart={onChooseStart}
            onToggle={onToggle}
            onRefused={onRefused}
          />
        )}
      </PickerFrame>
      {editorOpen ? (
        <LazyJobEditor
          open
          onOpenChange={(next) => {
            setEditorOpen(next);
            if (!next) refocusIfLost(afterCreate);
          }}
          onSaved={onCreated}
        />
      ) : null}
      {galleryOpen ? (
        <LazyTemplateGallery
          open
          onOpenChange={(next) => {
            setGalleryOpen(next);
            if (!next) refocusIfLost(afterCreate);
          }}
          onJobCreated={onCreated}
        />
      ) : null}
    </>
  );
}
