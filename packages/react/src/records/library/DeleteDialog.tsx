import * as Dialog from '@radix-ui/react-dialog';
import { isDesignerError, type UsagePlace } from '@sona-designer/core';
import { useEffect, useRef, useState } from 'react';
import { formatMessage } from '../../i18n';
import { useDesigner } from '../../state';
import { ErrorIcon, useFocusReturn, usePortalContainer, WarningIcon } from '../../ui';
import type { AnyRecordKind, VersionedRecord } from '../recordKind';
import { usageParams } from '../usage/usageParams';
import { UsagePlaces } from './UsagePlaces';
import { libraryPlurals } from './usageText';

/** The record a delete is asked for, as the row showed it. */
export interface DeleteTarget {
  /** The record's id. */
  id: string;
  /** Its name, for the dialog's title. */
  name: string;
  /** The version the delete names: a newer one stored since refuses it (CONFLICT). */
  version: number;
}

/** The words of the delete dialog that depend on the kind of record. */
export interface DeleteWording {
  /** The delete button ("Delete job"). */
  confirm: string;
  /** What deleting means. */
  body: string;
  /** Why it cannot be deleted, with `{steps}` and `{flows}`. */
  inUse: string;
  /** How to free it (detach it there, then publish). */
  inUseHowTo: string;
}

/** The props of `DeleteDialog`. */
export interface DeleteDialogProps {
  /** The kind of record: how to look up its usage, delete it and reload it. */
  kind: AnyRecordKind;
  /** The words that depend on the kind of record. */
  wording: DeleteWording;
  /** What to delete; null when closed. */
  target: DeleteTarget | null;
  /** Closes the dialog. */
  onClose(): void;
  /** After the adapter deleted it, or found it already gone. */
  onDeleted(target: DeleteTarget, alreadyGone: boolean): void;
  /** The latest copy, after a CONFLICT and Reload. */
  onReloaded(record: VersionedRecord): void;
  /** Runs first when the dialog closes; preventing its default keeps focus where it put it. */
  onCloseAutoFocus?(event: Event): void;
}

type Phase =
  | { name: 'checking' }
  | { name: 'confirm'; reloaded: boolean }
  | { name: 'deleting' }
  | { name: 'inUse'; places: UsagePlace[] }
  | { name: 'conflict'; current: VersionedRecord | null }
  | { name: 'failed' };

/**
 * Confirms a delete. It first checks where the job or page is used: a used one cannot be deleted, so the dialog
 * lists the places and says how to free it (detach there and publish) instead of offering a button that would fail.
 * The adapter's answer is final: IN_USE, CONFLICT (reload first) and outages are each explained.
 */
export function DeleteDialog({
  kind,
  wording,
  target,
  onClose,
  onDeleted,
  onReloaded,
  onCloseAutoFocus,
}: DeleteDialogProps) {
  const { adapter, messages, locale } = useDesigner();
  const text = messages.library;
  const [portalRef, container] = usePortalContainer();
  const [subject, setSubject] = useState<DeleteTarget | null>(target);
  const [phase, setPhase] = useState<Phase>({ name: 'checking' });
  const closeRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const focusReturn = useFocusReturn();
  const targetId = target?.id;

  const api = {
    usage: (id: string): Promise<UsagePlace[]> => kind.usage(adapter, id),
    remove: (id: string, version: number): Promise<void> => kind.remove(adapter, id, version),
    get: (id: string): Promise<VersionedRecord> => kind.get(adapter, id),
  };
  const apiRef = useRef(api);
  apiRef.current = api;
  const targetRef = useRef(target);
  targetRef.current = target;

  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts only when another item is to be deleted.
  useEffect(() => {
    const opened = targetRef.current;
    setSubject(opened);
    if (!opened) return;
    let live = true;
    setPhase({ name: 'checking' });
    apiRef.current.usage(opened.id).then(
      (places) => {
        if (live)
          setPhase(places.length > 0 ? { name: 'inUse', places } : { name: 'confirm', reloaded: false });
      },
      (error: unknown) => {
        if (!live) return;
        if (isDesignerError(error, 'NOT_FOUND')) onDeleted(opened, true);
        // The delete itself will tell: usage is only a courtesy check.
        else setPhase({ name: 'confirm', reloaded: false });
      },
    );
    return () => {
      live = false;
    };
  }, [targetId]);

  useEffect(() => {
    if (phase.name === 'inUse') closeRef.current?.focus();
    if (phase.name === 'confirm' || phase.name === 'conflict' || phase.name === 'failed')
      cancelRef.current?.focus();
  }, [phase.name]);

  async function remove() {
    if (!subject) return;
    setPhase({ name: 'deleting' });
    try {
      await apiRef.current.remove(subject.id, subject.version);
      onDeleted(subject, false);
    } catch (error) {
      if (isDesignerError(error, 'IN_USE')) setPhase({ name: 'inUse', places: error.places });
      else if (isDesignerError(error, 'CONFLICT'))
        setPhase({ name: 'conflict', current: (error.current as VersionedRecord | undefined) ?? null });
      else if (isDesignerError(error, 'NOT_FOUND')) onDeleted(subject, true);
      else setPhase({ name: 'failed' });
    }
  }

  async function reload() {
    if (!subject || phase.name !== 'conflict') return;
    let latest = phase.current;
    try {
      latest = await apiRef.current.get(subject.id);
    } catch (error) {
      if (isDesignerError(error, 'NOT_FOUND')) {
        onDeleted(subject, true);
        return;
      }
    }
    if (!latest) {
      setPhase({ name: 'failed' });
      return;
    }
    setSubject({ id: latest.id, name: kind.nameOf(latest), version: latest.version });
    onReloaded(latest);
    setPhase({ name: 'confirm', reloaded: true });
  }

  const name = subject?.name ?? '';
  const busy = phase.name === 'checking' || phase.name === 'deleting';

  return (
    <>
      <span hidden ref={portalRef} />
      <Dialog.Root
        open={target !== null}
        onOpenChange={(open) => {
          if (!open && phase.name !== 'deleting') onClose();
        }}
      >
        <Dialog.Portal container={container}>
          <Dialog.Overlay className="sona-modal-overlay" />
          <Dialog.Content
            className="sona-modal sona-library-delete"
            onOpenAutoFocus={(event) => {
              focusReturn.remember();
              event.preventDefault();
              cancelRef.current?.focus();
            }}
            onCloseAutoFocus={(event) => {
              onCloseAutoFocus?.(event);
              // The opener is a button of the row, not a Dialog.Trigger Radix would focus.
              if (!event.defaultPrevented) focusReturn.onCloseAutoFocus(event);
            }}
          >
            <div className="sona-modal__header">
              <Dialog.Title className="sona-modal__title">
                {formatMessage(text.deleteTitle, { name })}
              </Dialog.Title>
            </div>
            {phase.name === 'inUse' ? (
              <>
                <Dialog.Description className="sona-library-delete__notice" data-tone="warning">
                  <span className="sona-library-delete__icon">
                    <WarningIcon />
                  </span>
                  <span>
                    {formatMessage(wording.inUse, usageParams(phase.places, locale, libraryPlurals(text)))}
                  </span>
                </Dialog.Description>
                <div className="sona-modal__body">
                  <UsagePlaces places={phase.places} heading={text.inUsePlaces} />
                  <p className="sona-library-delete__howto">{wording.inUseHowTo}</p>
                </div>
              </>
            ) : phase.name === 'conflict' ? (
              <Dialog.Description className="sona-library-delete__notice" data-tone="warning">
                <span className="sona-library-delete__icon">
                  <WarningIcon />
                </span>
                <span>{formatMessage(text.deleteConflict, { name })}</span>
              </Dialog.Description>
            ) : phase.name === 'failed' ? (
              <Dialog.Description className="sona-library-delete__notice" data-tone="error" role="alert">
                <span className="sona-library-delete__icon">
                  <ErrorIcon />
                </span>
                <span>{text.deleteFailed}</span>
              </Dialog.Description>
            ) : (
              <Dialog.Description className="sona-modal__description">
                {phase.name === 'confirm' && phase.reloaded ? `${text.deleteReloaded} ` : ''}
                {wording.body}
              </Dialog.Description>
            )}
            {phase.name === 'checking' ? (
              <p className="sona-library-delete__checking" role="status">
                <span className="sona-spinner" aria-hidden="true" />
                {text.checkingUsage}
              </p>
            ) : null}
            <div className="sona-library-dialog__footer">
              {phase.name === 'inUse' ? (
                <button
                  ref={closeRef}
                  type="button"
                  className="sona-button sona-button--primary"
                  onClick={onClose}
                >
                  {text.close}
                </button>
              ) : (
                <>
                  <button
                    ref={cancelRef}
                    type="button"
                    className="sona-button"
                    disabled={phase.name === 'deleting'}
                    onClick={onClose}
                  >
                    {text.cancel}
                  </button>
                  {phase.name === 'conflict' ? (
                    <button type="button" className="sona-button sona-button--primary" onClick={reload}>
                      {text.reload}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="sona-button sona-library__danger"
                      disabled={busy}
                      aria-busy={phase.name === 'deleting' || undefined}
                      onClick={remove}
                    >
                      {phase.name === 'deleting' ? (
                        <span className="sona-spinner" aria-hidden="true" />
                      ) : null}
                      {phase.name === 'deleting'
                        ? text.deleting
                        : phase.name === 'failed'
                          ? text.tryAgain
                          : wording.confirm}
                    </button>
                  )}
                </>
              )}
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
