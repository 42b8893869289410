import type { Step } from '@sona-designer/core';
import { useMessages } from '../../../state';
import { formatPhoneNumber } from '../../../ui';
import { BusinessHoursSummary } from './BusinessHoursSummary';
import { IncomingCallSummary } from './IncomingCallSummary';
import { PhoneMenuSummary } from './PhoneMenuSummary';
import { RingUsersSummary } from './RingUsersSummary';
import { SonaSummary } from './SonaSummary';
import { TextSummary } from './TextSummary';

/** The few lines under a node's title that say what the step does. */
export function StepSummary({ step }: { step: Step }) {
  const text = useMessages().canvas;
  switch (step.kind) {
    case 'incoming-call':
      return <IncomingCallSummary />;
    case 'business-hours':
      return <BusinessHoursSummary step={step} />;
    case 'phone-menu':
      return <PhoneMenuSummary step={step} />;
    case 'ring-users':
      return <RingUsersSummary step={step} />;
    case 'sona':
      return <SonaSummary step={step} />;
    case 'voicemail':
      return <TextSummary text={step.greeting} empty={text.noGreeting} />;
    case 'play-audio':
      return <TextSummary text={step.message} empty={step.audioUrl ? text.recording : text.noMessage} />;
    case 'forward':
      return step.phoneNumber ? (
        <p className="sona-step-node__number">{formatPhoneNumber(step.phoneNumber)}</p>
      ) : (
        <p className="sona-step-node__empty">{text.noNumber}</p>
      );
    case 'end':
      return <p className="sona-step-node__meta">{text.endHint}</p>;
  }
}
