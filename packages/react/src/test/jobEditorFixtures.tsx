// Frames and adapters for the stories and browser tests of the job editor and the template gallery (not exported).
import { type DesignerAdapter, DesignerError, type Job, type JobInput } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { useState } from 'react';
import type { Locale } from '../i18n/messages';
import { JobEditor } from '../jobs/editor/JobEditor';
import { TemplateGallery } from '../jobs/templates/TemplateGallery';
import { DesignerProvider } from '../state/DesignerProvider';
import { createFixtureAdapter } from './fixtures';

/** Used by five Sona steps in four call flows (draft and published). */
export const WIDELY_USED_JOB = JOB_IDS.takeMessage;
/** Attached to no Sona step: an edit saves without the impact step. */
export const UNUSED_JOB = JOB_IDS.supplier;

export const JOB_OUTAGE = 'The workspace could not be reached. Your work is kept: try again.';

/** Job writes (create, update) fail with UNAVAILABLE until `setFailing(false)`. */
export function withFailingJobWrites(adapter: DesignerAdapter): {
  adapter: DesignerAdapter;
  setFailing(failing: boolean): void;
} {
  let failing = true;
  const outage = () => Promise.reject(new DesignerError('UNAVAILABLE', JOB_OUTAGE));
  return {
    adapter: {
      ...adapter,
      createJob: (...args) => (failing ? outage() : adapter.createJob(...args)),
      updateJob: (...args) => (failing ? outage() : adapter.updateJob(...args)),
    },
    setFailing: (next) => {
      failing = next;
    },
  };
}

/** Loading a job and the templates takes `ms`, or never ends when `ms` is negative. */
export function withSlowReads(adapter: DesignerAdapter, ms: number): DesignerAdapter {
  const later = <T,>(work: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      if (ms >= 0) setTimeout(() => work().then(resolve, reject), ms);
    });
  return {
    ...adapter,
    getJob: (...args) => later(() => adapter.getJob(...args)),
    listTemplates: (...args) => later(() => adapter.listTemplates(...args)),
  };
}

/** Listing the templates fails until `setFailing(false)`. */
export function withFailingTemplates(adapter: DesignerAdapter): {
  adapter: DesignerAdapter;
  setFailing(failing: boolean): void;
} {
  let failing = true;
  return {
    adapter: {
      ...adapter,
      listTemplates: (...args) =>
        failing
          ? Promise.reject(new DesignerError('UNAVAILABLE', JOB_OUTAGE))
          : adapter.listTemplates(...args),
    },
    setFailing: (next) => {
      failing = next;
    },
  };
}

/** Someone else's edit of a job, saved through the adapter while the editor is open. */
export async function editElsewhere(
  adapter: DesignerAdapter,
  jobId: string,
  patch: Partial<JobInput>,
): Promise<Job> {
  const current = await adapter.getJob(jobId);
  return adapter.updateJob(jobId, patch, current.version);
}

/** The jobs whose name is exactly `name`. */
export async function jobsNamed(adapter: DesignerAdapter, name: string): Promise<Job[]> {
  const { items } = await adapter.listJobs({ query: name, limit: 500 });
  return items.filter((job) => job.name === name);
}

export interface JobEditorFrameProps {
  adapter?: DesignerAdapter;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
}

export interface JobEditorHarnessProps extends JobEditorFrameProps {
  jobId?: string;
  initial?: Partial<JobInput>;
  startOpen?: boolean;
}

/** Above a harness's dialog: the button that opens it again, and a line that says what it did. */
function HarnessBar({ label, status, onOpen }: { label: string; status: string; onOpen(): void }) {
  return (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', padding: '1rem' }}>
      <button type="button" className="sona-button" onClick={onOpen}>
        {label}
      </button>
      <p role="status" style={{ margin: 0 }}>
        {status}
      </p>
    </div>
  );
}

/** An editor that starts open, a button to open it again, and a line that says what was saved. */
export function JobEditorHarness({
  adapter,
  locale = 'en',
  theme = 'light',
  readOnly = false,
  jobId,
  initial,
  startOpen = true,
}: JobEditorHarnessProps) {
  const [fallback] = useState(() => adapter ?? createFixtureAdapter());
  const [open, setOpen] = useState(startOpen);
  const [saved, setSaved] = useState<Job | null>(null);
  return (
    <DesignerProvider adapter={adapter ?? fallback} locale={locale} theme={theme} readOnly={readOnly}>
      <HarnessBar
        label="Open the editor"
        status={saved ? `Saved “${saved.name}”, version ${saved.version}` : ''}
        onOpen={() => setOpen(true)}
      />
      <JobEditor
        open={open}
        onOpenChange={setOpen}
        {...(jobId ? { jobId } : {})}
        {...(initial ? { initial } : {})}
        onSaved={setSaved}
      />
    </DesignerProvider>
  );
}

/** A gallery that starts open, a button to open it again, and a line that names the job it created. */
export function TemplateGalleryHarness({
  adapter,
  locale = 'en',
  theme = 'light',
  readOnly = false,
  startOpen = true,
}: JobEditorFrameProps & { startOpen?: boolean }) {
  const [fallback] = useState(() => adapter ?? createFixtureAdapter());
  const [open, setOpen] = useState(startOpen);
  const [created, setCreated] = useState<Job | null>(null);
  return (
    <DesignerProvider adapter={adapter ?? fallback} locale={locale} theme={theme} readOnly={readOnly}>
      <HarnessBar
        label="Open the templates"
        status={created ? `Created “${created.name}” (${created.id})` : ''}
        onOpen={() => setOpen(true)}
      />
      <TemplateGallery open={open} onOpenChange={setOpen} onJobCreated={setCreated} />
    </DesignerProvider>
  );
}
