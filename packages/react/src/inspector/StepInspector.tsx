import { useFlow, useMessages } from '../state';
import { withClassName } from '../ui';
import { LazyStepSettings } from './lazy';
import { useInspectedStep } from './useInspectedStep';

/** Props of `StepInspector`. */
export interface StepInspectorProps {
  /** Added to the panel's root element, e.g. to size it in your layout. */
  className?: string;
}

/**
 * The settings panel of the step open in the inspector (`inspectedStepId`): each valid change goes to the draft as
 * it is typed, invalid values stay in their field with the reason, and each output can be connected from here.
 */
export function StepInspector({ className }: StepInspectorProps) {
  const text = useMessages().inspector;
  const loadState = useFlow((state) => state.loadState);
  const step = useInspectedStep();
  const classes = withClassName('sona-inspector', className);

  if (loadState === 'loading') {
    return (
      <section className={classes} aria-label={text.region} aria-busy="true">
        <div className="sona-inspector__placeholder" role="status">
          <span className="sona-spinner" aria-hidden="true" />
          <p>{text.loading}</p>
        </div>
      </section>
    );
  }

  if (!step) {
    return (
      <section className={classes} aria-label={text.region}>
        <div className="sona-inspector__placeholder">
          <svg className="sona-inspector__placeholder-icon" viewBox="0 0 48 48" aria-hidden="true">
            <rect x="6" y="10" width="22" height="14" rx="4" />
            <rect x="20" y="28" width="22" height="12" rx="4" />
            <path d="M17 24v6a4 4 0 0 0 4 4" />
          </svg>
          <p className="sona-inspector__placeholder-title">{text.emptyTitle}</p>
          <p className="sona-inspector__placeholder-hint">{text.emptyHint}</p>
        </div>
      </section>
    );
  }

  return (
    <section className={classes} aria-label={text.region} data-kind={step.kind}>
      <LazyStepSettings key={step.id} step={step} />
    </section>
  );
}
