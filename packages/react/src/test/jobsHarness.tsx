// Frames for the stories and browser tests of the jobs UI (not exported by the package).
import type { DesignerAdapter, SonaStep } from '@sona-designer/core';
import { type ReactElement, type ReactNode, useState } from 'react';
import { HistoryControls } from '../designer/historyControls/HistoryControls';
import type { Locale } from '../i18n/messages';
import { JobPicker } from '../jobs/picker/JobPicker';
import { KnowledgePicker } from '../knowledge/picker/KnowledgePicker';
import type { FlowStore } from '../state/flow/flowStore';
import { FixtureStory } from './FixtureStory';

/** The main line's Sona step with six jobs attached in the draft. */
export const FRONT_DESK = 'front-desk';
/** The support line's Sona step, with ten jobs. */
export const SUPPORT_DESK = 'sona-1';

/** A picker that starts open, with a button to open it again once closed. */
export function PickerHarness({
  stepId,
  kind = 'jobs',
  startOpen = true,
}: {
  stepId: string;
  kind?: 'jobs' | 'knowledge';
  startOpen?: boolean;
}) {
  const [open, setOpen] = useState(startOpen);
  const Picker = kind === 'jobs' ? JobPicker : KnowledgePicker;
  return (
    <>
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <button type="button" className="sona-button" onClick={() => setOpen(true)}>
          {kind === 'jobs' ? 'Open the job picker' : 'Open the knowledge picker'}
        </button>
        <HistoryControls />
      </div>
      <Picker open={open} onOpenChange={setOpen} stepId={stepId} />
    </>
  );
}

export interface JobsStoryProps {
  makeAdapter?: () => DesignerAdapter;
  flowId?: string;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
  setup?(store: FlowStore, adapter: DesignerAdapter): unknown;
  children: ReactNode;
}

/** The fixture workspace with a flow loaded (autosave paused), for the pickers. */
export function JobsStory({ children, ...props }: JobsStoryProps) {
  return (
    <FixtureStory saveDelayMs={600_000} {...props}>
      {children}
    </FixtureStory>
  );
}

/** Sets the jobs of a Sona step (a setup for stories that need a given count). */
export function setJobs(store: FlowStore, stepId: string, jobIds: string[]): void {
  const step = store.getState().stepsById[stepId] as SonaStep | undefined;
  if (step?.kind !== 'sona') throw new Error(`${stepId} is not a Sona step.`);
  store.getState().updateStep(stepId, { jobIds }, 'Set jobs');
}

/** What a picker story sets in `parameters.fixture`: the story's workspace and the step (the Front desk by default). */
export type PickerFixture = Omit<JobsStoryProps, 'children' | 'theme'> & { stepId?: string };

/** The render of the picker stories: the main line loaded, and the picker of `kind` open on the fixture's step. */
export function pickerStoryRender(kind: 'jobs' | 'knowledge') {
  return (
    _args: unknown,
    { parameters, globals }: { parameters: { fixture?: unknown }; globals: { theme?: unknown } },
  ): ReactElement => {
    const { stepId = FRONT_DESK, ...fixture } = (parameters.fixture ?? {}) as PickerFixture;
    return (
      <JobsStory flowId="flow-main" {...fixture} theme={globals.theme === 'dark' ? 'dark' : 'light'}>
        <PickerHarness kind={kind} stepId={stepId} />
      </JobsStory>
    );
  };
}
