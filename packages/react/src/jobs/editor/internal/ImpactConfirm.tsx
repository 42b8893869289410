import type { JobTextField, UsagePlace } from '@sona-designer/core';
import { useEffect, useId, useRef } from 'react';
import { formatMessage, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import { SpinnerIcon, WarningIcon } from '../../../ui';
import { listOf, placeState, sortPlaces, usageParams } from './usageText';

export interface ImpactConfirmProps {
  places: readonly UsagePlace[];
  /** The fields the edit changes. */
  changed: readonly JobTextField[];
  saving: boolean;
  onConfirm(): void;
  onBack(): void;
}

/** Before an edit is saved: where the job is used, since the change applies there at once. */
export function ImpactConfirm({ places, changed, saving, onConfirm, onBack }: ImpactConfirmProps) {
  const { messages, locale } = useDesigner();
  const text = messages.jobEditor;
  const headingId = useId();
  const listId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const params = usageParams(places, text, locale);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      <section className="sona-job-editor__scroll sona-job-editor__impact" aria-labelledby={headingId}>
        <div className="sona-job-editor__notice sona-job-editor__notice--warning">
          <span className="sona-job-editor__warning-icon">
            <WarningIcon />
          </span>
          <div>
            <h3 id={headingId} ref={heading} tabIndex={-1} className="sona-job-editor__notice-title">
              {text.impactTitle}
            </h3>
            <p className="sona-job-editor__notice-body">
              {formatMessage(selectPlural(locale, text.impactBody, params.stepCount), params)}
            </p>
            {changed.length > 0 ? (
              <p className="sona-job-editor__notice-body">
                {formatMessage(text.impactChanged, {
                  fields: listOf(
                    locale,
                    changed.map((field) => text.fields[field]),
                  ),
                })}
              </p>
            ) : null}
            <p className="sona-job-editor__notice-note">{text.impactLive}</p>
          </div>
        </div>
        <h4 id={listId} className="sona-job-editor__list-label">
          {text.impactListLabel}
        </h4>
        <ul className="sona-job-editor__places" aria-labelledby={listId}>
          {sortPlaces(places, locale).map((place) => (
            <li key={`${place.callFlowId}/${place.stepId}`} className="sona-job-editor__place">
              <span className="sona-job-editor__place-name">
                <span>{place.callFlowName}</span>
                <span className="sona-job-editor__place-separator" aria-hidden="true">
                  ›
                </span>
                <span className="sona-visually-hidden">, </span>
                <span className="sona-job-editor__place-step">{place.stepTitle}</span>
              </span>
              <span className="sona-job-editor__badge" data-state={place.inPublished ? 'published' : 'draft'}>
                {placeState(place, text)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <div className="sona-job-editor__footer">
        <div className="sona-job-editor__actions">
          <button type="button" className="sona-button" onClick={onBack} disabled={saving}>
            {text.impactBack}
          </button>
          <button
            type="button"
            className="sona-button sona-button--primary"
            onClick={onConfirm}
            disabled={saving}
            aria-busy={saving || undefined}
          >
            {saving ? <SpinnerIcon /> : null}
            {saving ? text.saving : text.impactConfirm}
          </button>
        </div>
      </div>
    </>
  );
}
