import type { JobTextField, UsagePlace } from '@sona-designer/core';
import { useId } from 'react';
import { formatMessage, selectPlural } from '../../../i18n';
import { BusyButton, usageParams, WarningNotice } from '../../../records';
import { useDesigner } from '../../../state';
import { jobPlurals, listOf, placeState, sortPlaces } from './usageText';

export interface ImpactConfirmProps {
  /** Every Sona step that uses the job. */
  places: readonly UsagePlace[];
  /** The fields the edit changes. */
  changed: readonly JobTextField[];
  /** The edit is being saved. */
  saving: boolean;
  /** Saves the edit. */
  onConfirm(): void;
  /** Back to the form, nothing saved. */
  onBack(): void;
}

/** Before an edit is saved: where the job is used, since the change applies there at once. */
export function ImpactConfirm({ places, changed, saving, onConfirm, onBack }: ImpactConfirmProps) {
  const { messages, locale } = useDesigner();
  const text = messages.jobEditor;
  const headingId = useId();
  const listId = useId();
  const params = usageParams(places, locale, jobPlurals(text));

  return (
    <>
      <section className="sona-job-editor__scroll sona-job-editor__impact" aria-labelledby={headingId}>
        <WarningNotice
          block="sona-job-editor"
          toneMark="modifier"
          headingId={headingId}
          title={text.impactTitle}
        >
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
        </WarningNotice>
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
          <BusyButton label={text.impactConfirm} busyLabel={text.saving} busy={saving} onClick={onConfirm} />
        </div>
      </div>
    </>
  );
}
