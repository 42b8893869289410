import type { DesignerAdapter, SimulatorEngine } from '@sona-designer/core';
import { createContext, useContext } from 'react';
import type { Locale, Messages } from '../i18n';
import type { WorkspaceStore } from './workspace/workspaceStore';

export interface DesignerContextValue {
  adapter: DesignerAdapter;
  locale: Locale;
  messages: Messages;
  readOnly: boolean;
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

export function useMessages(): Messages {
  return useDesigner().messages;
}
