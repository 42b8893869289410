import * as Dialog from '@radix-ui/react-dialog';
import type { UsagePlace } from '@sona-designer/core';
import { formatMessage } from '../../../i18n';
import { usageParams } from '../../../records';
import { useDesigner } from '../../../state';
import { CloseIcon } from '../../../ui';
import { jobPlurals } from './usageText';

export interface EditorHeaderProps {
  /** A new job or an edit (read-only designers view it). */
  mode: 'new' | 'edit';
  /** Where the edited job is used, once known. */
  usage?: readonly UsagePlace[] | undefined;
}

/** The dialog's title, its one-line introduction and, for an edit, where the job is used. */
export function EditorHeader({ mode, usage }: EditorHeaderProps) {
  const { messages, locale, readOnly } = useDesigner();
  const text = messages.jobEditor;
  const title = readOnly ? text.titleView : mode === 'edit' ? text.titleEdit : text.titleNew;
  const intro = readOnly ? text.introView : mode === 'edit' ? text.introEdit : text.introNew;
  let used: string | null = null;
  if (mode === 'edit' && usage) {
    used =
      usage.length === 0
        ? text.notUsed
        : formatMessage(text.usedBy, usageParams(usage, locale, jobPlurals(text)));
  }

  return (
    <div className="sona-job-editor__header">
      <div className="sona-job-editor__heading">
        <Dialog.Title className="sona-modal__title">{title}</Dialog.Title>
        {used ? (
          <span className="sona-job-editor__usage" data-used={usage && usage.length > 0 ? true : undefined}>
            {used}
          </span>
        ) : null}
        <Dialog.Close className="sona-icon-button sona-job-editor__close" aria-label={text.close}>
          <CloseIcon />
        </Dialog.Close>
      </div>
      <Dialog.Description className="sona-modal__description">{intro}</Dialog.Description>
    </div>
  );
}
