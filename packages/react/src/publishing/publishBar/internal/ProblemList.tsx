import { useDesigner, useFlow } from '../../../state';
import { ArrowIcon, ErrorIcon } from '../../../ui';
import { issueText } from '../issueText';

export interface ProblemListProps {
  /** A problem of a step was chosen. */
  onChoose(stepId: string): void;
}

/** The errors that block publishing, each a button that shows its step. */
export function ProblemList({ onChoose }: ProblemListProps) {
  const { messages } = useDesigner();
  const issues = useFlow((state) => state.issues);
  const draft = useFlow((state) => state.draft);
  const errors = issues.filter((issue) => issue.severity === 'error');
  return (
    <ul className="sona-publish-problems__list">
      {errors.map((issue) => {
        const text = issueText(issue, draft, messages);
        const key = `${issue.code}:${issue.stepId ?? ''}:${issue.edgeId ?? ''}:${issue.message}`;
        const stepId = issue.stepId;
        return (
          <li key={key}>
            {stepId ? (
              <button
                type="button"
                className="sona-publish-problems__problem"
                onClick={() => onChoose(stepId)}
              >
                <span className="sona-publish-problems__icon">
                  <ErrorIcon />
                </span>
                <span className="sona-publish-problems__text">{text}</span>
                <span className="sona-publish-problems__show" aria-hidden="true">
                  {messages.publish.problemShowStep}
                  <ArrowIcon />
                </span>
              </button>
            ) : (
              <p className="sona-publish-problems__problem">
                <span className="sona-publish-problems__icon">
                  <ErrorIcon />
                </span>
                <span className="sona-publish-problems__text">{text}</span>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
