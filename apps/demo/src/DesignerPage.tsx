import type { DesignerAdapter } from '@sona-designer/core';
import { CallFlowDesigner, type Locale } from '@sona-designer/react';
import type { DemoMessages } from './i18n';

interface DesignerPageProps {
  adapter: DesignerAdapter;
  flowId: string;
  locale: Locale;
  theme: 'light' | 'dark';
  text: DemoMessages;
  /** A viewer on the server: the designer shows the flow without editing controls. */
  readOnly: boolean;
}

/** One call flow in the designer, the whole width of the page. */
export function DesignerPage({ adapter, flowId, locale, theme, text, readOnly }: DesignerPageProps) {
  return (
    <div className="demo-designer-page">
      <a className="demo-back" href="#/">
        {text.backToOverview}
      </a>
      <CallFlowDesigner adapter={adapter} flowId={flowId} locale={locale} theme={theme} readOnly={readOnly} />
    </div>
  );
}
