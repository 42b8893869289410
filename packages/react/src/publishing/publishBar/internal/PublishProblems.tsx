import * as Popover from '@radix-ui/react-popover';
import type { GraphIssue } from '@sona-designer/core';
import { useId, useRef, useState } from 'react';
import { formatMessage, selectPlural } from '../../../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../../../state';
import { ChevronIcon, CloseIcon, ErrorIcon, usePortalContainer } from '../../../ui';
import { ProblemList } from './ProblemList';

/** Props of `PublishProblems`. */
export interface PublishProblemsProps {
  /** Id of the trigger, so the Publish button can be described by it. */
  id?: string;
}

function countErrors(issues: readonly GraphIssue[]): number {
  let count = 0;
  for (const issue of issues) if (issue.severity === 'error') count++;
  return count;
}

/**
 * "Fix 3 problems before publishing": shown while the draft has errors; opens the list of problems, each a button
 * that brings its step into view on the canvas.
 */
export function PublishProblems({ id }: PublishProblemsProps) {
  const { messages, locale } = useDesigner();
  const store = useFlowStoreApi();
  const count = useFlow((state) => (state.loadState === 'ready' ? countErrors(state.issues) : 0));
  const [open, setOpen] = useState(false);
  const [portalRef, container] = usePortalContainer();
  const chosen = useRef(false);
  const titleId = useId();
  if (count === 0) return null;
  const label = formatMessage(selectPlural(locale, messages.publish.fixProblems, count), { count });

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" id={id} ref={portalRef} className="sona-publish-problems__trigger">
          <ErrorIcon />
          <span>{label}</span>
          <ChevronIcon />
        </button>
      </Popover.Trigger>
      <Popover.Portal container={container}>
        <Popover.Content
          className="sona-publish-popover sona-publish-problems"
          aria-labelledby={titleId}
          align="end"
          sideOffset={8}
          collisionPadding={12}
          onOpenAutoFocus={(event) => {
            // Focus the panel, so its title is read first and no button looks pre-selected.
            event.preventDefault();
            (event.currentTarget as HTMLElement | null)?.focus();
          }}
          onCloseAutoFocus={(event) => {
            // The canvas focuses the chosen step: do not pull focus back to the trigger.
            if (chosen.current) event.preventDefault();
            chosen.current = false;
          }}
        >
          <div className="sona-publish-popover__header">
            <h2 id={titleId} className="sona-publish-popover__title">
              {label}
            </h2>
            <Popover.Close className="sona-publish-popover__close" aria-label={messages.publish.close}>
              <CloseIcon />
            </Popover.Close>
          </div>
          <p className="sona-publish-popover__intro">{messages.publish.problemsIntro}</p>
          <ProblemList
            onChoose={(stepId) => {
              chosen.current = true;
              store.getState().focusStep(stepId);
              setOpen(false);
            }}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
