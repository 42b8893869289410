import { type ReactNode, useId, useState } from 'react';
import { JobsIcon } from './icons/JobsIcon';

export interface CollapsibleSectionProps {
  title: string;
  /** Extra class on the section, e.g. `sona-sandbox`. */
  className: string;
  /** Shown when the step has no job attached (nothing to try). */
  empty: string | null;
  /** Rendered only while open, so closed sections cost nothing. */
  children: ReactNode;
}

/**
 * An inspector section that opens from its heading (a disclosure button with `aria-expanded`), used by the tools
 * that try the step's jobs: "Which job would fire?" and the batch test.
 */
export function CollapsibleSection({ title, className, empty, children }: CollapsibleSectionProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const panelId = `${id}-panel`;
  return (
    <section className={`sona-inspector__section ${className}`} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="sona-inspector__heading sona-sandbox__heading">
        <button
          type="button"
          className="sona-sandbox__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span className="sona-sandbox__chevron" data-open={open || undefined}>
            <JobsIcon name="chevron" />
          </span>
          {title}
        </button>
      </h3>
      <div id={panelId} className="sona-sandbox__panel" hidden={!open}>
        {open ? empty !== null ? <p className="sona-sandbox__empty">{empty}</p> : children : null}
      </div>
    </section>
  );
}
