import { useFlow } from '../flow/FlowContext';
import { formatMessage } from '../i18n/messages';
import { useMessages } from '../provider/DesignerContext';
import { readablePhoneNumber } from './scheduleSummary';

export function IncomingCallSummary() {
  const messages = useMessages();
  const number = useFlow((state) => state.flow?.phoneNumber);
  return (
    <p className="sona-step-node__meta">
      {number
        ? formatMessage(messages.canvas.callsTo, { number: readablePhoneNumber(number) })
        : messages.canvas.anyNumber}
    </p>
  );
}
