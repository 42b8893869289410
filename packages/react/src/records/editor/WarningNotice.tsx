import { type ReactNode, useEffect, useRef } from 'react';
import { WarningIcon } from '../../ui';

/** The props of `WarningNotice`. */
export interface WarningNoticeProps {
  /** The editor's class block (`sona-job-editor`): the notice's parts take their classes from it. */
  block: string;
  /** How the block's stylesheet marks the warning: a `--warning` modifier class or a `data-tone` attribute. */
  toneMark: 'modifier' | 'attribute';
  /** The heading's id, which names the step the notice opens. */
  headingId: string;
  /** The notice's heading. */
  title: string;
  /** The paragraphs under the title. */
  children: ReactNode;
}

/**
 * The warning that opens a step of an editor (someone saved first; the edit applies to other places): its heading
 * takes focus when it appears, so it is read at once.
 */
export function WarningNotice({ block, toneMark, headingId, title, children }: WarningNoticeProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div
      className={toneMark === 'modifier' ? `${block}__notice ${block}__notice--warning` : `${block}__notice`}
      data-tone={toneMark === 'attribute' ? 'warning' : undefined}
    >
      <span className={`${block}__warning-icon`}>
        <WarningIcon />
      </span>
      <div>
        <h3 id={headingId} ref={heading} tabIndex={-1} className={`${block}__notice-title`}>
          {title}
        </h3>
        {children}
      </div>
    </div>
  );
}
