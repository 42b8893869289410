import type { DesignerError } from '@sona-designer/core';
import { errorText, formatMessage, selectPlural } from '../../../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../../../state';
import { ArrowIcon, CloseIcon, ErrorIcon } from '../../../ui';
import { issueText } from '../issueText';

export interface PublishErrorProps {
  error: DesignerError;
  onDismiss(): void;
}

/** Why the last publish failed: the problems the backend found (each shows its step), a conflict, or its message. */
export function PublishError({ error, onDismiss }: PublishErrorProps) {
  const { messages, locale } = useDesigner();
  const text = messages.publish;
  const store = useFlowStoreApi();
  const draft = useFlow((state) => state.draft);
  const issues = error.code === 'INVALID_GRAPH' ? error.issues : [];
  let detail = errorText(messages, error);
  if (issues.length > 0) {
    detail = formatMessage(selectPlural(locale, text.publishInvalid, issues.length), {
      count: issues.length,
    });
  } else if (error.code === 'CONFLICT') {
    detail = text.publishConflict;
  }
  return (
    <div className="sona-publish-error" role="alert">
      <span className="sona-publish-error__icon">
        <ErrorIcon />
      </span>
      <div className="sona-publish-error__body">
        <p className="sona-publish-error__title">{text.publishFailed}</p>
        <p className="sona-publish-error__detail">{detail}</p>
        {issues.length > 0 ? (
          <ul className="sona-publish-error__issues">
            {issues.map((issue) => {
              const words = issueText(issue, draft, messages);
              const stepId = issue.stepId;
              return (
                <li key={`${issue.code}:${stepId ?? ''}:${issue.edgeId ?? ''}:${issue.message}`}>
                  {stepId && draft.steps.some((step) => step.id === stepId) ? (
                    <button
                      type="button"
                      className="sona-publish-error__issue"
                      onClick={() => store.getState().focusStep(stepId)}
                    >
                      <span>{words}</span>
                      <ArrowIcon />
                    </button>
                  ) : (
                    words
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <button
        type="button"
        className="sona-publish-popover__close"
        aria-label={text.dismiss}
        onClick={onDismiss}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
