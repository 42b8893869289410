import { formatMessage } from '../../../i18n';
import { useFlow, useMessages } from '../../../state';
import { formatPhoneNumber } from '../../../ui';

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
