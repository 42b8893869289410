import * as Popover from '@radix-ui/react-popover';
import { memo, type Ref, useId, useState } from 'react';
import { useMessages } from '../../../state';
import { JobsIcon } from '../../../ui';

export interface CreateJobMenuProps {
  container: HTMLElement | null;
  primary?: boolean;
  onChoose(start: 'scratch' | 'template'): void;
  ref?: Ref<HTMLButtonElement>;
}

/** "Create job", then the choice: Start from scratch or Start from a template. Memoised: searches re-render its toolbar. */
export const CreateJobMenu = memo(function CreateJobMenu({
  container,
  primary = false,
  onChoose,
  ref,
}: CreateJobMenuProps) {
  const text = useMessages().jobPicker;
  const [open, setOpen] = useState(false);
  const id = useId();

  function choose(start: 'scratch' | 'template') {
    // Closing first returns focus to "Create job", where the editor's dialog sends it back when it closes.
    setOpen(false);
    onChoose(start);
  }

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger ref={ref} className={primary ? 'sona-button sona-button--primary' : 'sona-button'}>
        <JobsIcon name="add" />
        {text.createJob}
      </Popover.Trigger>
      <Popover.Portal container={container}>
        <Popover.Content
          className="sona-create-job"
          aria-label={text.createChoices}
          align="end"
          sideOffset={6}
          collisionPadding={12}
        >
          {(['scratch', 'template'] as const).map((start) => (
            // The button's name is the choice alone; the whole card is its click target (see the CSS).
            <div key={start} className="sona-create-job__choice">
              <span className="sona-create-job__icon" aria-hidden="true">
                <JobsIcon name={start === 'scratch' ? 'blank' : 'template'} size={20} />
              </span>
              <span className="sona-create-job__text">
                <button
                  type="button"
                  className="sona-create-job__title"
                  aria-describedby={`${id}-${start}-hint`}
                  onClick={() => choose(start)}
                >
                  {start === 'scratch' ? text.startFromScratch : text.startFromTemplate}
                </button>
                <span id={`${id}-${start}-hint`} className="sona-create-job__hint">
                  {start === 'scratch' ? text.startFromScratchHint : text.startFromTemplateHint}
                </span>
              </span>
            </div>
          ))}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
});
