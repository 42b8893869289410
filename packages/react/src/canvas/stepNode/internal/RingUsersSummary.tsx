import type { RingUsersStep } from '@sona-designer/core';
import { Fragment } from 'react';
import { formatMessage, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';

const SHOWN_NAMES = 2;

export function RingUsersSummary({ step }: { step: RingUsersStep }) {
  const { locale, messages } = useDesigner();
  const text = messages.canvas;
  const details = [text.ringStrategy[step.strategy]];
  if (step.strategy === 'random-batches') details.push(formatMessage(text.batchOf, { size: step.batchSize }));
  if (step.strategy === 'custom-groups' && step.groups.length > 0) {
    details.push(
      formatMessage(selectPlural(locale, text.groups, step.groups.length), { count: step.groups.length }),
    );
  }
  details.push(formatMessage(text.ringSeconds, { seconds: step.ringSeconds }));
  const names = step.targets.slice(0, SHOWN_NAMES).map((target) => target.name);
  const more = step.targets.length - names.length;
  return (
    <div className="sona-step-node__section">
      <p className="sona-step-node__meta">{details.join(' · ')}</p>
      {names.length === 0 ? (
        <p className="sona-step-node__empty">{text.nobodyToRing}</p>
      ) : (
        <p className="sona-step-node__line" title={names.join(', ')}>
          {/* Each name isolated: an override in one cannot reverse the others or the separators. */}
          {names.map((name, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two people may share a name.
            <Fragment key={index}>
              {index > 0 && ', '}
              <bdi>{name}</bdi>
            </Fragment>
          ))}
          {more > 0 && ` ${formatMessage(text.moreNames, { count: more })}`}
        </p>
      )}
    </div>
  );
}
