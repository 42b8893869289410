import type { PhoneMenuStep } from '@sona-designer/core';
import { formatMessage } from '../../../i18n';
import { useMessages } from '../../../state';

const SHOWN_OPTIONS = 4;

export function PhoneMenuSummary({ step }: { step: PhoneMenuStep }) {
  const messages = useMessages();
  const shown = step.options.slice(0, SHOWN_OPTIONS);
  const more = step.options.length - shown.length;
  return (
    <div className="sona-step-node__section">
      {step.prompt ? (
        <p className="sona-step-node__quote" data-lines="1" title={step.prompt}>
          {step.prompt}
        </p>
      ) : (
        <p className="sona-step-node__empty">{messages.canvas.noPrompt}</p>
      )}
      {step.options.length === 0 ? (
        <p className="sona-step-node__empty">{messages.canvas.noOptions}</p>
      ) : (
        <ul className="sona-step-node__options">
          {shown.map((option) => (
            <li key={option.digit}>
              <span className="sona-step-node__key" aria-hidden="true">
                {option.digit}
              </span>
              <span className="sona-visually-hidden">
                {formatMessage(messages.stepKinds.pressKey, { digit: option.digit })}
              </span>
              <span className="sona-step-node__option-label" title={option.label}>
                {option.label}
              </span>
            </li>
          ))}
          {more > 0 && (
            <li className="sona-step-node__meta">
              {formatMessage(messages.canvas.moreNames, { count: more })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
