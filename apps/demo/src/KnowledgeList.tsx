import type { KnowledgePage } from '@sona-designer/core';
import { formatMessage, type Locale, selectPlural } from '@sona-designer/react';
import type { DemoMessages } from './i18n';

interface KnowledgeListProps {
  pages: KnowledgePage[];
  locale: Locale;
  text: DemoMessages;
}

export function KnowledgeList({ pages, locale, text }: KnowledgeListProps) {
  return (
    <section className="demo-panel" aria-labelledby="knowledge-heading">
      <header className="demo-panel__header">
        <h2 id="knowledge-heading">{text.knowledge}</h2>
        <p className="demo-panel__count">
          {formatMessage(selectPlural(locale, text.knowledgeCount, pages.length), { count: pages.length })}
        </p>
      </header>
      <p className="demo-panel__hint">
        {text.knowledgeHint}{' '}
        <a className="demo-link" href="#/knowledge">
          {text.manageKnowledge}
        </a>
      </p>
      <ul className="demo-jobs" aria-labelledby="knowledge-heading">
        {pages.map((page) => (
          <li key={page.id} className="demo-job">
            <span className="demo-job__name" title={page.title}>
              {page.title}
            </span>
            <span className="demo-job__description" title={page.content.split('\n')[0]}>
              {page.content.split('\n')[0]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
