import { type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import { JobsIcon } from '../../ui';

/** The section's parts that focus moves to after a change: the list, Add, the heading. */
export interface AttachedFocus {
  /** The list of attached items. */
  listRef: RefObject<HTMLOListElement | null>;
  /** The Add button. */
  addRef: RefObject<HTMLButtonElement | null>;
  /** The section's heading. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Next frame, focuses what `find` gives, else Add, else the heading (the list may have just emptied). */
  focusLater(find: () => HTMLElement | null | undefined): void;
  /** After a detach: the Detach button of the item that took the place of the one at `index`. */
  focusDetachAt(index: number): void;
}

/** The refs and focus moves of an attachments section. */
export function useAttachedFocus(): AttachedFocus {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusLater = (find: () => HTMLElement | null | undefined) => {
    requestAnimationFrame(() => (find() ?? addRef.current ?? headingRef.current)?.focus());
  };
  return {
    listRef,
    addRef,
    headingRef,
    focusLater,
    focusDetachAt(index) {
      focusLater(() => {
        const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-action="detach"]') ?? [];
        return buttons[Math.min(index, buttons.length - 1)];
      });
    },
  };
}

/** The props of `AttachedSection`. */
export interface AttachedSectionProps {
  /** The section's refs (`useAttachedFocus`). */
  focus: AttachedFocus;
  /** "Jobs", "Knowledge". */
  heading: string;
  /** How many are attached, beside the heading. */
  count: ReactNode;
  /** The count's `data-state` (`full` at the limit), when it has one. */
  countState?: string;
  /** How many items the list holds. */
  itemCount: number;
  /** The line above a list that has items. */
  hint: string;
  /** What an empty section says. */
  empty: string;
  /** A notice under the hint (the job section's "full" warning). */
  notice?: ReactNode;
  /** Whether attachments can change: Add and the picker. */
  editable: boolean;
  /** An item is being dragged (the list shows where it would land). */
  dragging?: boolean;
  /** "Add job". */
  addLabel: string;
  /** The picker, open or closed. */
  renderPicker(open: boolean, onOpenChange: (open: boolean) => void): ReactNode;
  /** The items of the list. */
  children: ReactNode;
  /** Between Add and the picker: the section's live announcements. */
  live?: ReactNode;
  /** After the picker: other dialogs of the section (the job editor). */
  dialogs?: ReactNode;
}

/**
 * The frame of a Sona step's attachments (its jobs, its knowledge pages): heading and count, hint, Add, the list or
 * the empty line, and the picker Add opens.
 */
export function AttachedSection({
  focus,
  heading,
  count,
  countState,
  itemCount,
  hint,
  empty,
  notice,
  editable,
  dragging,
  addLabel,
  renderPicker,
  children,
  live,
  dialogs,
}: AttachedSectionProps) {
  const headingId = useId();
  const [pickerOpen, setPickerOpen] = useState(false);
  return (
    <section className="sona-inspector__section sona-attached" aria-labelledby={headingId}>
      <div className="sona-inspector__section-head">
        <h3 id={headingId} ref={focus.headingRef} className="sona-inspector__heading" tabIndex={-1}>
          {heading}
        </h3>
        <p className="sona-count" data-state={countState}>
          {count}
        </p>
      </div>
      {itemCount > 0 ? <p className="sona-attached__hint">{hint}</p> : null}
      {notice}
      {/* Before the list, whose items have several buttons each: Add is a few Tab stops into the section, however
          many are attached, and stays where it is as the list grows. */}
      {editable ? (
        <button
          ref={focus.addRef}
          type="button"
          className="sona-button sona-attached__add"
          onClick={() => setPickerOpen(true)}
        >
          <JobsIcon name="add" />
          {addLabel}
        </button>
      ) : null}
      {itemCount === 0 ? (
        <p className="sona-attached__empty">{empty}</p>
      ) : (
        <ol ref={focus.listRef} className="sona-attached__list" data-dragging={dragging || undefined}>
          {children}
        </ol>
      )}
      {live}
      {editable ? renderPicker(pickerOpen, setPickerOpen) : null}
      {dialogs}
    </section>
  );
}
