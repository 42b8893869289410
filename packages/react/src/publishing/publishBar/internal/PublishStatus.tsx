import * as Popover from '@radix-ui/react-popover';
import { useId } from 'react';
import { formatMessage, selectPlural } from '../../../i18n';
import { useDesigner, useFlow } from '../../../state';
import { CheckIcon, ChevronIcon, CloseIcon, DotIcon, usePortalContainer } from '../../../ui';
import { LazyPendingChanges } from '../../lazy';
import { usePendingChangeCount } from '../usePendingChangeCount';

/** The props of `PublishStatus`. */
export interface PublishStatusProps {
  /** Just published or restored: the status is highlighted a moment, as the confirmation people see. */
  highlight?: 'published' | 'restored' | null;
}

/**
 * The draft's status: "Never published" or "Unpublished changes" (a button that opens the changes to publish),
 * or "Published · revision N".
 */
export function PublishStatus({ highlight = null }: PublishStatusProps) {
  const { messages, locale } = useDesigner();
  const text = messages.publish;
  const count = usePendingChangeCount();
  const revision = useFlow((state) => state.flow?.published?.revision ?? null);
  const [portalRef, container] = usePortalContainer();
  const titleId = useId();

  if (count === null) return <span className="sona-publish-status" ref={portalRef} />;
  if (revision !== null && count === 0) {
    return (
      // Focusable by script only: the publish bar moves the focus here after a publish disabled the button.
      <span
        className="sona-publish-status"
        data-status="published"
        data-highlight={highlight ?? undefined}
        ref={portalRef}
        tabIndex={-1}
      >
        <CheckIcon />
        <span>{formatMessage(text.publishedRevision, { revision })}</span>
      </span>
    );
  }
  const never = revision === null;

  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button
          type="button"
          className="sona-publish-status sona-publish-status--button"
          data-status={never ? 'never' : 'unpublished'}
          data-highlight={highlight ?? undefined}
          ref={portalRef}
        >
          <DotIcon />
          <span>{never ? text.neverPublished : text.unpublishedChanges}</span>
          {never ? null : (
            <>
              <span className="sona-publish-status__count" aria-hidden="true">
                {count}
              </span>
              <span className="sona-visually-hidden">
                {` (${formatMessage(selectPlural(locale, text.changeCount, count), { count })})`}
              </span>
            </>
          )}
          <ChevronIcon />
        </button>
      </Popover.Trigger>
      <Popover.Portal container={container}>
        <Popover.Content
          className="sona-publish-popover sona-publish-changes"
          aria-labelledby={titleId}
          align="start"
          sideOffset={8}
          collisionPadding={12}
          onOpenAutoFocus={(event) => {
            // Focus the panel, so its title is read first and no button looks pre-selected.
            event.preventDefault();
            (event.currentTarget as HTMLElement | null)?.focus();
          }}
        >
          <div className="sona-publish-popover__header">
            <h2 id={titleId} className="sona-publish-popover__title">
              {text.changesTitle}
            </h2>
            <Popover.Close className="sona-publish-popover__close" aria-label={text.close}>
              <CloseIcon />
            </Popover.Close>
          </div>
          <LazyPendingChanges headingLevel={3} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
