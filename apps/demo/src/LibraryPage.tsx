import type { DesignerAdapter } from '@sona-designer/core';
import {
  CallSummaries,
  DesignerProvider,
  JobLibrary,
  KnowledgeLibrary,
  type Locale,
} from '@sona-designer/react';
import type { DemoMessages } from './i18n';

interface LibraryPageProps {
  adapter: DesignerAdapter;
  library: 'jobs' | 'knowledge' | 'summaries';
  locale: Locale;
  theme: 'light' | 'dark';
  text: DemoMessages;
}

/** The workspace's job library, knowledge pages or call summaries, outside any call flow. */
export function LibraryPage({ adapter, library, locale, theme, text }: LibraryPageProps) {
  return (
    <div className="demo-library-page">
      <a className="demo-back" href="#/">
        {text.backToOverview}
      </a>
      <DesignerProvider adapter={adapter} locale={locale} theme={theme}>
        {library === 'jobs' ? (
          <JobLibrary />
        ) : library === 'knowledge' ? (
          <KnowledgeLibrary />
        ) : (
          <CallSummaries />
        )}
      </DesignerProvider>
    </div>
  );
}
