import type { UsagePlace } from '@sona-designer/core';
import { useId } from 'react';
import { useMessages } from '../../state';

/** The props of `UsagePlaces`. */
export interface UsagePlacesProps {
  /** The Sona steps that use the record. */
  places: readonly UsagePlace[];
  /** The list's heading. */
  heading: string;
}

/** Each Sona step that uses a job or page: "Main line › Front desk", with Draft / Published. */
export function UsagePlaces({ places, heading }: UsagePlacesProps) {
  const text = useMessages().library;
  const headingId = useId();
  return (
    <section className="sona-usage-places" aria-labelledby={headingId}>
      <h3 id={headingId} className="sona-usage-places__heading">
        {heading}
      </h3>
      <ul className="sona-usage-places__list">
        {places.map((place) => {
          const where =
            place.inDraft && place.inPublished
              ? text.placeBoth
              : place.inDraft
                ? text.placeDraft
                : text.placePublished;
          return (
            <li key={`${place.callFlowId}/${place.stepId}`} className="sona-usage-places__place">
              <span className="sona-usage-places__path">
                <span className="sona-usage-places__flow">{place.callFlowName}</span>
                <span aria-hidden="true" className="sona-usage-places__separator">
                  ›
                </span>
                <span className="sona-visually-hidden">, </span>
                <span className="sona-usage-places__step">{place.stepTitle}</span>
              </span>
              <span className="sona-usage-places__where" data-where={place.inDraft ? 'draft' : 'published'}>
                {where}
              </span>
              {!place.inDraft ? (
                <span className="sona-usage-places__hint">{text.placePublishToFree}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
