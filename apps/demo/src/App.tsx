import { BUSINESS_NAME } from '@sona-designer/core/demo';
import { formatMessage, type Locale, loadMessages } from '@sona-designer/react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { CallFlowList } from './CallFlowList';
import { DemoNav } from './DemoNav';
import { BackendBadge, DemoDataControls, ResetNotice } from './demoData/DemoDataControls';
import { demoDataMessages } from './demoData/messages';
import { useDemoWorkspace } from './demoData/useDemoWorkspace';
import { demoMessages, LANGUAGE_NAMES } from './i18n';
import { JobLibrary } from './JobLibrary';
import { KnowledgeList } from './KnowledgeList';
import { SegmentedControl } from './SegmentedControl';
import { useFocusOnRouteChange } from './useFocusOnRouteChange';
import { useHashRoute } from './useHashRoute';
import { useWorkspaceOverview } from './useWorkspaceOverview';

type Theme = 'light' | 'dark';

// The designer (canvas, forms, dialogs) loads when a flow is opened, so the overview starts fast.
const DesignerPage = lazy(() =>
  import('./DesignerPage').then((module) => ({ default: module.DesignerPage })),
);
const LibraryPage = lazy(() => import('./LibraryPage').then((module) => ({ default: module.LibraryPage })));

export function App() {
  const [locale, setLocale] = useState<Locale>('en');
  // The language switch shows the choice at once; the page follows when the components' catalogue is in.
  const [requestedLocale, setRequestedLocale] = useState<Locale>(locale);
  const latestRequest = useRef(locale);
  const [theme, setTheme] = useState<Theme>('light');
  const route = useHashRoute();
  useFocusOnRouteChange(route);
  const demo = useDemoWorkspace();
  const adapter = demo.state.status === 'ready' ? demo.state.workspace.adapter : null;
  const backend = demo.state.status === 'ready' ? demo.state.workspace.backend : null;
  // The server refuses a viewer's writes; read-only spares them the attempt.
  const readOnly = backend?.kind === 'server' && backend.role === 'viewer';
  const { state, retry } = useWorkspaceOverview(adapter, route.page === 'overview');
  const text = demoMessages[locale];
  const dataText = demoDataMessages[locale];

  // The components' French catalogue downloads on first use: the page switches once it is in, all at once (after a
  // failed download the components stay in English, the demo's own texts still switch).
  const changeLocale = (next: Locale) => {
    latestRequest.current = next;
    setRequestedLocale(next);
    const apply = () => {
      if (latestRequest.current === next) setLocale(next);
    };
    loadMessages(next).then(apply, apply);
  };

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = text.documentTitle;
  }, [locale, text]);

  return (
    <div
      className={route.page === 'overview' ? 'sona-root demo-app' : 'sona-root demo-app demo-app--designer'}
      data-theme={theme}
    >
      <header className="demo-header">
        <div className="demo-header__inner">
          <div className="demo-brand">
            <span className="demo-brand__mark" aria-hidden="true">
              S
            </span>
            <div>
              <h1 className="demo-brand__title">{text.title}</h1>
              <p className="demo-brand__tagline">
                {formatMessage(text.tagline, { business: BUSINESS_NAME })}
              </p>
            </div>
          </div>
          <div className="demo-header__controls">
            <SegmentedControl
              legend={text.language}
              value={requestedLocale}
              onChange={changeLocale}
              options={[
                { value: 'en', label: LANGUAGE_NAMES.en, lang: 'en' },
                { value: 'fr', label: LANGUAGE_NAMES.fr, lang: 'fr' },
              ]}
            />
            <SegmentedControl
              legend={text.theme}
              value={theme}
              onChange={setTheme}
              options={[
                { value: 'light', label: text.light },
                { value: 'dark', label: text.dark },
              ]}
            />
            <DemoDataControls
              text={dataText}
              large={demo.large}
              onLargeChange={demo.setLarge}
              canReset={adapter !== null && !readOnly}
              onReset={demo.reset}
              largeAvailable={backend?.kind !== 'server'}
            />
          </div>
        </div>
        <DemoNav
          route={route}
          text={text}
          aside={backend && <BackendBadge text={dataText} backend={backend} />}
        />
      </header>
      {demo.resetElsewhere && <ResetNotice text={dataText} onDismiss={demo.dismissResetNotice} />}

      {adapter === null ? (
        <main className="demo-main" tabIndex={-1}>
          {demo.state.status === 'failed' ? (
            <div className="demo-error" role="alert">
              <p className="demo-error__title">
                {demo.server
                  ? formatMessage(dataText.serverFailed, { reason: errorReason(demo.state.error) })
                  : dataText.preparingFailed}
              </p>
            </div>
          ) : (
            <Loading text={demo.large ? dataText.preparingLarge : text.loading} />
          )}
        </main>
      ) : route.page === 'jobs' || route.page === 'knowledge' || route.page === 'summaries' ? (
        <main key={demo.generation} className="demo-main demo-main--fill" tabIndex={-1}>
          <Suspense fallback={<Loading text={text.loading} />}>
            <LibraryPage
              adapter={adapter}
              library={route.page}
              locale={locale}
              theme={theme}
              readOnly={readOnly}
            />
          </Suspense>
        </main>
      ) : route.page === 'flow' ? (
        <main key={demo.generation} className="demo-main demo-main--wide" tabIndex={-1}>
          <Suspense fallback={<Loading text={text.loading} />}>
            <DesignerPage
              adapter={adapter}
              flowId={route.flowId}
              locale={locale}
              theme={theme}
              text={text}
              readOnly={readOnly}
            />
          </Suspense>
        </main>
      ) : (
        <main className="demo-main" tabIndex={-1}>
          {state.status === 'loading' && (
            <p className="demo-status" role="status">
              <span className="demo-spinner" aria-hidden="true" />
              {text.loading}
            </p>
          )}
          {state.status === 'error' && (
            <div className="demo-error" role="alert">
              <p className="demo-error__title">{text.loadFailed}</p>
              <p>{text.loadFailedHint}</p>
              <button type="button" className="demo-button" onClick={retry}>
                {text.retry}
              </button>
            </div>
          )}
          {state.status === 'ready' && (
            <div className="demo-grid">
              <div className="demo-column">
                <CallFlowList callFlows={state.overview.callFlows} locale={locale} text={text} />
                <KnowledgeList pages={state.overview.knowledge} locale={locale} text={text} />
              </div>
              <JobLibrary
                jobs={state.overview.jobs}
                total={state.overview.jobTotal}
                locale={locale}
                text={text}
              />
            </div>
          )}
        </main>
      )}
    </div>
  );
}

function Loading({ text }: { text: string }) {
  return (
    <p className="demo-status" role="status">
      <span className="demo-spinner" aria-hidden="true" />
      {text}
    </p>
  );
}

function errorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
