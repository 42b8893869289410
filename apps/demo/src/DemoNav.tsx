import type { ReactNode } from 'react';
import type { DemoMessages } from './i18n';
import type { Route } from './useHashRoute';

interface DemoNavProps {
  route: Route;
  text: DemoMessages;
  /** Shown at the end of the row (where the data lives). */
  aside?: ReactNode;
}

const PAGES = [
  { page: 'overview', href: '#/', label: 'navCallFlows' },
  { page: 'jobs', href: '#/jobs', label: 'navJobs' },
  { page: 'knowledge', href: '#/knowledge', label: 'navKnowledge' },
  { page: 'summaries', href: '#/summaries', label: 'navSummaries' },
] as const;

/** The demo's pages; a call flow's designer belongs to "Call flows". */
export function DemoNav({ route, text, aside }: DemoNavProps) {
  const current = route.page === 'flow' ? 'overview' : route.page;
  return (
    <nav className="demo-nav" aria-label={text.navLabel}>
      <ul className="demo-nav__list">
        {PAGES.map(({ page, href, label }) => (
          <li key={page}>
            <a className="demo-nav__link" href={href} aria-current={current === page ? 'page' : undefined}>
              {text[label]}
            </a>
          </li>
        ))}
      </ul>
      {aside}
    </nav>
  );
}
