import { formatMessage } from '../../../i18n/messages';
import { useMessages } from '../../../state/DesignerContext';
import { useFlow } from '../../../state/flow/FlowContext';
import { formatPhoneNumber } from '../../../ui/phoneNumber';

export function IncomingCallSummary() {
  const messages = useMessages();
  const number = useFlow((state) => state.flow?.phoneNumber);
  return (
    <p className="sona-step-node__meta">
      {number
        ? formatMessage(messages.canvas.callsTo, { number: formatPhoneNumber(number) })
        : messages.canvas.anyNumber}
    </p>
  );
}
