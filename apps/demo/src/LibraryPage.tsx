import type { DesignerAdapter } from '@sona-designer/core';
import { BUSINESS_NAME } from '@sona-designer/core/demo';
import {
  CallSummaries,
  DesignerProvider,
  JobLibrary,
  KnowledgeLibrary,
  type Locale,
} from '@sona-designer/react';

interface LibraryPageProps {
  adapter: DesignerAdapter;
  library: 'jobs' | 'knowledge' | 'summaries';
  locale: Locale;
  theme: 'light' | 'dark';
  /** A viewer on the server: the libraries show their records without editing controls. */
  readOnly: boolean;
}

/** The workspace's job library, knowledge pages or call summaries, outside any call flow. */
export function LibraryPage({ adapter, library, locale, theme, readOnly }: LibraryPageProps) {
  return (
    <div className="demo-library-page">
      <DesignerProvider adapter={adapter} locale={locale} theme={theme} readOnly={readOnly}>
        {library === 'jobs' ? (
          <JobLibrary workspaceName={BUSINESS_NAME} />
        ) : library === 'knowledge' ? (
          <KnowledgeLibrary />
        ) : (
          <CallSummaries />
        )}
      </DesignerProvider>
    </div>
  );
}
