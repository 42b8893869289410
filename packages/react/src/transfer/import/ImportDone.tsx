import type { ImportOutcome } from '@sona-designer/core/io';
import { formatMessage } from '../../i18n';
import { useDesigner } from '../../state';
import { CheckIcon } from '../../ui';
import { countOf, countsText } from './listText';

/** The props of `ImportDone`. */
export interface ImportDoneProps {
  outcome: ImportOutcome;
  onClose(): void;
}

/** What was imported, and how many records got a new id. */
export function ImportDone({ outcome, onClose }: ImportDoneProps) {
  const { messages, locale } = useDesigner();
  const text = messages.transfer;
  const what = countsText(locale, text, outcome);
  return (
    <div className="sona-modal__body sona-import__body">
      <div className="sona-import__notice" data-tone="success" role="status">
        <CheckIcon />
        <div>
          <p className="sona-import__notice-title">{text.doneTitle}</p>
          <p className="sona-import__notice-body">{formatMessage(text.doneBody, { what })}</p>
          {outcome.idsRemapped > 0 ? (
            <p className="sona-import__notice-body">
              {countOf(locale, text.donePlusRemapped, outcome.idsRemapped)}
            </p>
          ) : null}
          {outcome.migratedFrom !== null ? (
            <p className="sona-import__notice-body">{text.doneMigrated}</p>
          ) : null}
        </div>
      </div>
      <div className="sona-library-dialog__footer">
        <button type="button" className="sona-button sona-button--primary" data-autofocus onClick={onClose}>
          {text.close}
        </button>
      </div>
    </div>
  );
}
