import type { DesignerAdapter, SimulatorEngine } from '@sona-designer/core';
import { type ReactNode, useContext, useEffect, useMemo } from 'react';
import { applyOverrides, DEFAULT_LOCALE, type Locale, type MessageOverrides, useCatalogue } from '../i18n';
import { DesignerContext, type DesignerContextValue } from './DesignerContext';
import { SchedulerContext } from './flow/SchedulerContext';
import { createWorkspaceStore } from './workspace/workspaceStore';

/** Props of `DesignerProvider`. */
export interface DesignerProviderProps {
  /** Your backend, behind the `DesignerAdapter` interface (or `createInMemoryAdapter()` to try things). */
  adapter: DesignerAdapter;
  /**
   * English is built in; another locale's catalogue downloads on first use (nothing is rendered until it is in; a
   * switch keeps the previous language meanwhile). To render it at once, `registerMessages` or `loadMessages` first.
   */
  locale?: Locale;
  /** Replaces any string of the catalogue, section by section. */
  messages?: MessageOverrides;
  /** Shows everything and changes nothing. */
  readOnly?: boolean;
  /**
   * The colour scheme, `'light'` by default. Set as `data-theme` on the provider's root element; the CSS custom
   * properties of `@sona-designer/react/styles.css` restyle either.
   */
  theme?: 'light' | 'dark';
  /** Your own model behind simulated calls; by default the local engine of `@sona-designer/core`, loaded on first use. */
  simulator?: SimulatorEngine;
  /** Added to the provider's root element (which always has `sona-root`), e.g. to size it or scope your styles. */
  className?: string;
  /** The Sona Designer components (and any of your own) that share this provider. Rendered once messages load. */
  children: ReactNode;
}

/**
 * The root every Sona Designer component lives in: it holds the adapter, the locale and messages, and one workspace
 * cache per instance (two designers can share a page), and listens to the adapter's changes made elsewhere.
 */
export function DesignerProvider({
  adapter,
  locale = DEFAULT_LOCALE,
  messages,
  readOnly = false,
  theme = 'light',
  simulator,
  className,
  children,
}: DesignerProviderProps) {
  // The timers of the workspace's retries: the real ones, unless a test wraps the provider in a fake one.
  const scheduler = useContext(SchedulerContext);
  const workspace = useMemo(() => createWorkspaceStore(adapter, { scheduler }), [adapter, scheduler]);
  const catalogue = useCatalogue(locale);
  const shownLocale = catalogue?.locale ?? locale;
  const base = catalogue?.messages;
  const resolved = useMemo(() => base && applyOverrides(base, messages), [base, messages]);

  useEffect(() => {
    const unsubscribe = adapter.subscribe((event) => {
      workspace
        .getState()
        .applyChange(event)
        .catch(() => {
          // Never rejects (a failed re-read is retried by the store): a last guard against unhandled rejections.
        });
    });
    return () => {
      unsubscribe();
      workspace.getState().cancelRefreshes();
    };
  }, [adapter, workspace]);

  const value = useMemo<DesignerContextValue | null>(
    () =>
      resolved
        ? {
            adapter,
            locale: shownLocale,
            messages: resolved,
            readOnly,
            workspace,
            simulator: simulator ?? null,
          }
        : null,
    [adapter, shownLocale, resolved, readOnly, workspace, simulator],
  );

  return (
    <DesignerContext.Provider value={value}>
      <div
        className={className ? `sona-root ${className}` : 'sona-root'}
        data-theme={theme}
        lang={shownLocale}
        aria-busy={value ? undefined : true}
      >
        {/* Until the first catalogue is in (a few ms from cache), nothing rather than a flash of English. */}
        {value && children}
      </div>
    </DesignerContext.Provider>
  );
}
