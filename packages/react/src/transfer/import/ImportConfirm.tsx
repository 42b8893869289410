import type { ImportPreview } from '@sona-designer/core/io';
import { formatMessage } from '../../i18n';
import { useDesigner } from '../../state';
import { WarningIcon } from '../../ui';
import { countsText } from './listText';

/** The props of `ImportConfirm`. */
export interface ImportConfirmProps {
  preview: ImportPreview;
  /** Downloads the workspace as it is, so the person keeps a copy before replacing it. */
  exportFirst: React.ReactNode;
  onBack(): void;
  onConfirm(): void;
}

/** Asks before a replace that deletes or overwrites records, and says how many of each. */
export function ImportConfirm({ preview, exportFirst, onBack, onConfirm }: ImportConfirmProps) {
  const { messages, locale } = useDesigner();
  const text = messages.transfer;
  const lost = (group: ImportPreview['jobs']) => group.removed.length + group.replaced.length;
  const changes = countsText(
    locale,
    text,
    {
      jobs: lost(preview.jobs),
      knowledge: lost(preview.knowledge),
      callFlows: lost(preview.callFlows),
      callSummaries: lost(preview.callSummaries),
      testCases: lost(preview.testCases),
    },
    true,
  );
  return (
    <div className="sona-modal__body sona-import__body">
      <div className="sona-import__notice" data-tone="warning" role="alert">
        <WarningIcon />
        <div>
          <p className="sona-import__notice-title">{text.confirmTitle}</p>
          <p className="sona-import__notice-body">{formatMessage(text.confirmBody, { changes })}</p>
        </div>
      </div>
      <div className="sona-library-dialog__footer sona-import__confirm-footer">
        {exportFirst}
        <span className="sona-import__spacer" />
        <button type="button" className="sona-button" data-autofocus onClick={onBack}>
          {text.back}
        </button>
        <button type="button" className="sona-button sona-library__danger" onClick={onConfirm}>
          {text.replaceAction}
        </button>
      </div>
    </div>
  );
}
