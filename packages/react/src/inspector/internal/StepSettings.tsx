import type { GraphIssue, Step } from '@sona-designer/core';
import { useFlow, useFlowStoreApi, useMessages } from '../../state';
import { BusinessHoursForm } from './BusinessHoursForm';
import { ForwardForm } from './ForwardForm';
import { InspectorIcon } from './InspectorIcon';
import { PhoneMenuForm } from './PhoneMenuForm';
import { PlayAudioForm } from './PlayAudioForm';
import { RingUsersForm } from './RingUsersForm';
import { SonaStepForm } from './SonaStepForm';
import { StepIssues } from './StepIssues';
import { StepOutputs } from './StepOutputs';
import { TitleOnlyForm } from './TitleOnlyForm';
import { VoicemailForm } from './VoicemailForm';

const NO_ISSUES: GraphIssue[] = [];

function KindForm({ step }: { step: Step }) {
  switch (step.kind) {
    case 'business-hours':
      return <BusinessHoursForm step={step} />;
    case 'phone-menu':
      return <PhoneMenuForm step={step} />;
    case 'ring-users':
      return <RingUsersForm step={step} />;
    case 'sona':
      return <SonaStepForm step={step} />;
    case 'forward':
      return <ForwardForm step={step} />;
    case 'voicemail':
      return <VoicemailForm step={step} />;
    case 'play-audio':
      return <PlayAudioForm step={step} />;
    case 'incoming-call':
    case 'end':
      return <TitleOnlyForm step={step} />;
  }
}

/** The settings of one step: header, problems, the kind's form and where each output leads. */
export interface StepSettingsProps {
  step: Step;
}

/** The settings of one step: header, problems, the kind's form and where each output leads. */
export function StepSettings({ step }: StepSettingsProps) {
  const messages = useMessages();
  const text = messages.inspector;
  const store = useFlowStoreApi();
  const readOnly = useFlow((state) => state.readOnly);
  const issues = useFlow((state) => state.issuesByStep[step.id] ?? NO_ISSUES);
  return (
    <>
      <header className="sona-inspector__header">
        <div className="sona-inspector__kind">
          <span className="sona-inspector__kind-dot" data-kind={step.kind} aria-hidden="true" />
          <h2 className="sona-inspector__kind-label">{messages.stepKinds.kindLabel[step.kind]}</h2>
          {readOnly ? <span className="sona-badge">{messages.designer.readOnly}</span> : null}
        </div>
        <button
          type="button"
          className="sona-icon-button sona-icon-button--small"
          aria-label={text.close}
          onClick={() => store.getState().inspect(null)}
        >
          <InspectorIcon name="close" />
        </button>
      </header>
      <div className="sona-inspector__body">
        {issues.length > 0 ? <StepIssues issues={issues} /> : null}
        {/* A new form per step: its values and errors belong to that step. */}
        <KindForm key={step.id} step={step} />
        <StepOutputs step={step} />
      </div>
    </>
  );
}
