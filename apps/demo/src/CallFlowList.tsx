import type { CallFlowSummaryRow } from '@sona-designer/core';
import { formatMessage, formatPhoneNumber, type Locale, selectPlural } from '@sona-designer/react';
import type { DemoMessages } from './i18n';
import { flowHref } from './useHashRoute';

interface CallFlowListProps {
  callFlows: CallFlowSummaryRow[];
  locale: Locale;
  text: DemoMessages;
}

function formatDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

export function CallFlowList({ callFlows, locale, text }: CallFlowListProps) {
  return (
    <section className="demo-panel" aria-labelledby="call-flows-heading">
      <header className="demo-panel__header">
        <h2 id="call-flows-heading">{text.callFlows}</h2>
        <p className="demo-panel__count">
          {formatMessage(selectPlural(locale, text.callFlowCount, callFlows.length), {
            count: callFlows.length,
          })}
        </p>
      </header>
      <p className="demo-panel__hint">{text.callFlowsHint}</p>
      <ul className="demo-flows" aria-labelledby="call-flows-heading">
        {callFlows.map((flow) => (
          <li key={flow.id} className="demo-flow">
            <div className="demo-flow__main">
              <h3 className="demo-flow__name" title={flow.name}>
                <a className="demo-flow__link" href={flowHref(flow.id)}>
                  {flow.name}
                </a>
              </h3>
              <p className="demo-flow__number">
                {flow.phoneNumber ? formatPhoneNumber(flow.phoneNumber) : text.noPhoneNumber}
              </p>
            </div>
            <div className="demo-flow__status">
              <ul className="demo-badges">
                <li
                  className={
                    flow.publishedRevision === null ? 'demo-badge' : 'demo-badge demo-badge--success'
                  }
                >
                  {flow.publishedRevision === null
                    ? text.neverPublished
                    : formatMessage(text.publishedRevision, { revision: flow.publishedRevision })}
                </li>
                {/* A flow never published is all draft: "unpublished changes" would say nothing more. */}
                {flow.publishedRevision !== null &&
                  (flow.hasUnpublishedChanges ? (
                    <li className="demo-badge demo-badge--warning">{text.unpublishedChanges}</li>
                  ) : (
                    <li className="demo-badge">{text.upToDate}</li>
                  ))}
              </ul>
              <p className="demo-flow__updated">
                {formatMessage(text.updated, { date: formatDate(locale, flow.updatedAt) })}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
