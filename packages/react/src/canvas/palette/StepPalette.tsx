import { STEP_KINDS, type StepKind } from '@sona-designer/core';
import { type DragEvent, useId } from 'react';
import { useFlow, useFlowStoreApi, useMessages } from '../../state';
import { withClassName } from '../../ui';
import { STEP_KIND_MIME } from '../dragData';
import { addStepBelowSelection } from '../insertStep';
import { StepIcon } from '../stepNode/internal/StepIcon';

/** Every kind a person can add: a flow has exactly one incoming call, created with it. */
export const ADDABLE_STEP_KINDS: readonly StepKind[] = STEP_KINDS.filter((kind) => kind !== 'incoming-call');

/** Props of `StepPalette`. */
export interface StepPaletteProps {
  /** Added to the palette's root element, e.g. to place it beside your canvas. */
  className?: string;
}

/**
 * The steps that can be added to the call flow. Drag one onto the canvas, or press Enter (or click) to add it
 * below the selected step, connected from that step's first free output; the new step then has focus.
 * Shows nothing in read-only mode.
 */
export function StepPalette({ className }: StepPaletteProps) {
  const messages = useMessages();
  const store = useFlowStoreApi();
  const readOnly = useFlow((state) => state.readOnly);
  const ready = useFlow((state) => state.loadState === 'ready');
  const headingId = useId();
  const hintId = useId();
  if (readOnly) return null;
  const text = messages.canvas;

  const onDragStart = (event: DragEvent<HTMLButtonElement>, kind: StepKind) => {
    event.dataTransfer.setData(STEP_KIND_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <section className={withClassName('sona-step-palette', className)} aria-labelledby={headingId}>
      <h3 id={headingId} className="sona-step-palette__heading">
        {text.palette}
      </h3>
      <p id={hintId} className="sona-step-palette__hint">
        {text.paletteHint}
      </p>
      <ul className="sona-step-palette__list">
        {ADDABLE_STEP_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="sona-step-palette__item"
              data-kind={kind}
              draggable
              disabled={!ready}
              onDragStart={(event) => onDragStart(event, kind)}
              onClick={() => addStepBelowSelection(store, messages, kind)}
              aria-describedby={`${hintId}-${kind} ${hintId}`}
            >
              <span className="sona-step-palette__icon">
                <StepIcon kind={kind} />
              </span>
              <span className="sona-step-palette__text">
                <span className="sona-step-palette__label">{messages.stepKinds.defaultTitle[kind]}</span>
                <span id={`${hintId}-${kind}`} className="sona-step-palette__item-hint" aria-hidden="true">
                  {messages.stepKinds.kindHint[kind]}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
