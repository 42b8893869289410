import { useMessages } from '../state';
import { lazySurface } from '../ui';
import type { StepSettingsProps } from './internal/StepSettings';

/** The inspector's frame while the forms' code loads (the designer preloads it first, so it is rarely seen). */
export function StepSettingsLoading(_props: StepSettingsProps) {
  return (
    <div className="sona-inspector__placeholder" role="status">
      <span className="sona-spinner" aria-hidden="true" />
      <p>{useMessages().inspector.loading}</p>
    </div>
  );
}

/** The selected step's form, loaded on demand. */
export const LazyStepSettings = /* @__PURE__ */ lazySurface(
  () => import('./internal/StepSettings').then((module) => module.StepSettings),
  StepSettingsLoading,
);
