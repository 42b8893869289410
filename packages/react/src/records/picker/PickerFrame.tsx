import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode, RefObject } from 'react';
import { jobPickerEn, provideEnglish } from '../../i18n';
import { useMessages } from '../../state';
import { JobsIcon, useFocusReturn, usePortalContainer } from '../../ui';

// The pickers' English texts come with their code, not with the package's first download.
provideEnglish('jobPicker', jobPickerEn);

/** The props of `PickerFrame`. */
export interface PickerFrameProps {
  /** Whether the dialog is open (controlled). */
  open: boolean;
  /** Asks to open or close. */
  onOpenChange(open: boolean): void;
  /** The dialog's classes besides `sona-modal`. */
  className: string;
  /** "Add job". */
  title: string;
  /** How many are attached, beside the title. */
  count: ReactNode;
  /** The count's `data-state` (`full` at the limit), when it has one. */
  countState?: string;
  /** The line under the title that describes the dialog (attachments wait for publish). */
  note: string;
  /** The search box, which takes focus when the dialog opens. */
  searchRef: RefObject<HTMLInputElement | null>;
  /** The search, the list and their states, given the dialog's element (for the popovers inside). */
  children(container: HTMLElement | null): ReactNode;
}

/**
 * The dialog shell of the job and knowledge pickers: header with the count and Close, the note, the body, Done.
 * Focus goes to the search box when it opens and back to what opened it when it closes.
 */
export function PickerFrame({
  open,
  onOpenChange,
  className,
  title,
  count,
  countState,
  note,
  searchRef,
  children,
}: PickerFrameProps) {
  const text = useMessages().jobPicker;
  const [portalRef, container] = usePortalContainer();
  const focusReturn = useFocusReturn();
  return (
    <>
      <span hidden ref={portalRef} />
      <Dialog.Root open={open && container !== null} onOpenChange={onOpenChange}>
        <Dialog.Portal container={container}>
          <Dialog.Overlay className="sona-modal-overlay" />
          <Dialog.Content
            className={`sona-modal ${className}`}
            onOpenAutoFocus={(event) => {
              focusReturn.remember();
              if (!searchRef.current) return;
              event.preventDefault();
              searchRef.current.focus();
            }}
            onCloseAutoFocus={focusReturn.onCloseAutoFocus}
          >
            <div className="sona-modal__header">
              <Dialog.Title className="sona-modal__title">{title}</Dialog.Title>
              <p className="sona-count sona-job-picker__count" data-state={countState}>
                {count}
              </p>
              <Dialog.Close className="sona-icon-button sona-job-picker__close" aria-label={text.close}>
                <JobsIcon name="close" />
              </Dialog.Close>
            </div>
            <Dialog.Description className="sona-modal__description sona-job-picker__note">
              {note}
            </Dialog.Description>
            {children(container)}
            <div className="sona-job-picker__footer">
              <Dialog.Close className="sona-button sona-button--primary">{text.done}</Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
