import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatMessage } from '../../../i18n';
import { useDesigner, useFlow } from '../../../state';
import type { CallVersion, PublishedAvailability } from './useSimulatedStep';

export interface CallSetupProps {
  stepId: string;
  version: CallVersion;
  published: PublishedAvailability;
  publishedRevision: number | null;
  onStepChange(stepId: string): void;
  onVersionChange(version: CallVersion): void;
}

/** Which Sona step the call runs on, and on which version: the draft (the default) or the published flow. */
export function CallSetup({
  stepId,
  version,
  published,
  publishedRevision,
  onStepChange,
  onVersionChange,
}: CallSetupProps) {
  const text = useDesigner().messages.simulator;
  const id = useId();
  const sonaIds = useFlow(
    useShallow((state) => state.stepIds.filter((candidate) => state.stepsById[candidate]?.kind === 'sona')),
  );
  const titles = useFlow(
    useShallow((state) => sonaIds.map((candidate) => state.stepsById[candidate]?.title ?? '')),
  );
  const hint =
    published === 'never-published'
      ? text.neverPublished
      : published === 'not-in-published'
        ? text.notInPublished
        : version === 'draft'
          ? text.draftHint
          : formatMessage(text.publishedHint, { revision: publishedRevision ?? '' });

  return (
    <div className="sona-simulator__setup">
      <div className="sona-simulator__setup-field">
        <label className="sona-simulator__label" htmlFor={`${id}-step`}>
          {text.stepLabel}
        </label>
        <select
          id={`${id}-step`}
          className="sona-simulator__select"
          value={stepId}
          onChange={(event) => onStepChange(event.target.value)}
        >
          {sonaIds.map((candidate, index) => (
            <option key={candidate} value={candidate}>
              {titles[index]}
            </option>
          ))}
        </select>
      </div>
      <fieldset
        className="sona-simulator__setup-field sona-simulator__versions"
        aria-describedby={`${id}-hint`}
      >
        <legend className="sona-simulator__label">{text.versionLabel}</legend>
        <div className="sona-simulator__segmented">
          {(['draft', 'published'] as const).map((option) => (
            <label key={option} className="sona-simulator__segment">
              <input
                type="radio"
                name={`${id}-version`}
                value={option}
                checked={version === option}
                disabled={option === 'published' && published !== 'available'}
                onChange={() => onVersionChange(option)}
              />
              <span>{option === 'draft' ? text.draft : text.published}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p id={`${id}-hint`} className="sona-simulator__hint sona-simulator__setup-hint">
        {hint}
      </p>
    </div>
  );
}
