import type { DesignerAdapter, SimulatorEngine } from '@sona-designer/core';
import { createContext, useContext } from 'react';
import type { Locale, Messages } from '../i18n';
import type { WorkspaceStore } from './workspace/workspaceStore';

/** What `useDesigner` gives the components inside a `DesignerProvider`. */
export interface DesignerContextValue {
  /** The adapter the provider was given. */
  adapter: DesignerAdapter;
  /** The locale shown: the `locale` prop once its catalogue is loaded, the previous one meanwhile. */
  locale: Locale;
  /** The shown locale's catalogue with the provider's `messages` overrides applied. */
  messages: Messages;
  /** True when the provider is read-only: components show everything and change nothing. */
  readOnly: boolean;
  /**
   * The provider's cache of jobs and knowledge pages (a zustand store), kept fresh by the adapter's change events.
   * Advanced, less stable surface like `useFlow`: its shape may change in a minor release.
   */
  workspace: WorkspaceStore;
  /** The host's simulator engine, or null for the built-in local one. */
  simulator: SimulatorEngine | null;
}

export const DesignerContext = createContext<DesignerContextValue | null>(null);

/** The designer's adapter, locale, messages and workspace cache. Throws outside a `DesignerProvider`. */
export function useDesigner(): DesignerContextValue {
  const value = useContext(DesignerContext);
  if (!value) throw new Error('Sona Designer components must be rendered inside <DesignerProvider>.');
  return value;
}

/**
 * The catalogue in the shown locale, with the provider's overrides: for a host's own components placed inside a
 * `DesignerProvider` that want the designer's words. Throws outside a `DesignerProvider`.
 */
export function useMessages(): Messages {
  return useDesigner().messages;
}
