import { useEffect, useId, useRef, useState } from 'react';
import { formatMessage } from '../../i18n';
import { TestCallButton } from '../../simulator';
import { useDesigner, useFlow, useFlowStoreApi } from '../../state';
import { LazyTestsStatus } from '../../testCases/lazy';
import { CheckIcon, SpinnerIcon, UploadIcon, withClassName } from '../../ui';
import { LazyPublishError, LazyPublishProblems } from '../lazy';
import { RevisionHistory } from '../revisions/RevisionHistory';
import { PublishStatus } from './internal/PublishStatus';
import { usePendingChangeCount } from './usePendingChangeCount';

/** Props of `PublishBar`. */
export interface PublishBarProps {
  /** Added to the bar's root element, e.g. to place it in your own toolbar. */
  className?: string;
  /** How long the "Published revision N" confirmation stays, in milliseconds (6000 by default). */
  confirmationMs?: number;
}

type Notice = { key: 'published' | 'restored'; revision: number; at: number };

/**
 * The draft's publish status and the Publish button, with the changes publishing would make, the problems that
 * block it, why the last attempt failed, and the revision history.
 */
export function PublishBar({ className, confirmationMs = 6000 }: PublishBarProps) {
  const { messages } = useDesigner();
  const text = messages.publish;
  const store = useFlowStoreApi();
  const count = usePendingChangeCount();
  const publishing = useFlow((state) => state.publishState === 'publishing');
  const publishError = useFlow((state) => (state.publishState === 'error' ? state.publishError : null));
  const blocked = useFlow((state) => state.issues.some((issue) => issue.severity === 'error'));
  const locked = useFlow((state) => state.readOnly || state.loadState !== 'ready');
  const hold = useFlow((state) => state.publishHold);
  const [dismissed, setDismissed] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const problemsId = useId();
  const root = useRef<HTMLElement>(null);
  const focusStatus = useRef(false);

  // Confirm any publish, whoever started it (this button, a shortcut, the host). Compared with the revision when it
  // started: the adapter's change event may bring the new revision in before the publish itself returns.
  useEffect(() => {
    let before: number | undefined;
    return store.subscribe((state, previous) => {
      const revision = state.flow?.published?.revision;
      if (state.publishState === 'publishing' && previous.publishState !== 'publishing') {
        before = previous.flow?.published?.revision;
      }
      if (
        previous.publishState === 'publishing' &&
        state.publishState === 'idle' &&
        revision !== undefined &&
        revision !== before
      ) {
        setNotice({ key: 'published', revision, at: Date.now() });
      }
    });
  }, [store]);

  // Publishing disables the button under the focus: the focus moves to the status that now says "Published", rather
  // than falling to the page (where a keyboard user would start again from the top).
  useEffect(() => {
    if (notice?.key !== 'published' || !focusStatus.current) return;
    focusStatus.current = false;
    const owner = root.current?.ownerDocument;
    const active = owner?.activeElement;
    if (active && active !== owner.body && !active.matches(':disabled')) return;
    root.current?.querySelector<HTMLElement>('.sona-publish-status')?.focus();
  }, [notice]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), confirmationMs);
    return () => clearTimeout(timer);
  }, [notice, confirmationMs]);

  const disabled = locked || publishing || blocked || !!hold || count === null || count === 0;
  const showError = publishError !== null && publishError !== dismissed;

  return (
    <section ref={root} className={withClassName('sona-publish-bar', className)} aria-label={text.region}>
      <PublishStatus highlight={notice?.key ?? null} />
      <div className="sona-publish-bar__actions">
        <LazyPublishProblems id={problemsId} />
        <RevisionHistory
          onRestored={(revision) => setNotice({ key: 'restored', revision, at: Date.now() })}
        />
        <LazyTestsStatus />
        <TestCallButton />
        <button
          type="button"
          className="sona-button sona-button--primary sona-publish-bar__publish"
          disabled={disabled}
          aria-describedby={blocked ? problemsId : (hold ?? undefined)}
          onClick={() => {
            setNotice(null);
            focusStatus.current = true;
            void store.getState().publish();
          }}
        >
          {publishing ? <SpinnerIcon /> : <UploadIcon />}
          <span>{publishing ? text.publishing : text.publish}</span>
        </button>
      </div>
      <div className="sona-publish-bar__feedback">
        {/* Read out, not shown: the status itself says it (highlighted a moment), and a floating note would cover
            the controls below the bar (the inspector's close button). */}
        <p className="sona-publish-bar__notice sona-visually-hidden" role="status">
          {notice ? (
            <span className="sona-publish-bar__notice-text" data-kind={notice.key} key={notice.at}>
              <CheckIcon />
              {formatMessage(notice.key === 'published' ? text.publishSuccess : text.restored, {
                revision: notice.revision,
              })}
            </span>
          ) : null}
        </p>
        {showError ? (
          <LazyPublishError error={publishError} onDismiss={() => setDismissed(publishError)} />
        ) : null}
      </div>
    </section>
  );
}
