import type { PathProblem } from '@sona-designer/core';
import { useDesigner } from '../../state';
import { ErrorIcon } from '../../ui';
import type { ChosenFile } from './importPhase';
import { countOf } from './listText';

/** The props of `ImportProblems`. */
export interface ImportProblemsProps {
  file: ChosenFile;
  /** As the core lists them: at most 100, the last one counting the rest. */
  problems: PathProblem[];
  onChooseAnother(): void;
}

/** Every problem of a refused file, in words with its JSON path; nothing was imported. */
export function ImportProblems({ file, problems, onChooseAnother }: ImportProblemsProps) {
  const { messages, locale } = useDesigner();
  const text = messages.transfer;
  return (
    <div className="sona-modal__body sona-import__body">
      <div className="sona-import__notice" data-tone="error" role="alert">
        <ErrorIcon />
        <div>
          <p className="sona-import__notice-title">{countOf(locale, text.problemsTitle, problems.length)}</p>
          <p className="sona-import__notice-body">
            <bdi className="sona-import__file-name">{file.name}</bdi> · {text.problemsHint}
          </p>
        </div>
      </div>
      <ol className="sona-import__problems" aria-label={text.problemsListLabel}>
        {problems.map((problem, index) => (
          // Problems have no identity of their own; the list never reorders.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li key={index} className="sona-import__problem">
            <span className="sona-visually-hidden">{text.problemWhere}: </span>
            <code className="sona-import__path" dir="ltr">
              {problem.path}
            </code>
            <span className="sona-import__problem-message">{problem.message}</span>
          </li>
        ))}
      </ol>
      <div className="sona-library-dialog__footer">
        <button
          type="button"
          className="sona-button sona-button--primary"
          data-autofocus
          onClick={onChooseAnother}
        >
          {text.chooseAnother}
        </button>
      </div>
    </div>
  );
}
