import { useFlow } from '../../flow/FlowContext';
import { formatPhoneNumber } from '../../format/phoneNumber';
import { formatMessage } from '../../i18n/messages';
import { useMessages } from '../../provider/DesignerContext';

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
