// The frame of the library stories and browser tests: a DesignerProvider over an adapter, at a fixed height.
import type { DesignerAdapter } from '@sona-designer/core';
import { type ComponentType, type ReactElement, type ReactNode, useState } from 'react';
import type { Locale } from '../i18n/messages';
import { DesignerProvider } from '../state/DesignerProvider';
import { createFixtureAdapter } from './fixtures';

export interface LibraryFrameProps {
  /** Called once; the demo workspace by default. */
  makeAdapter?: () => DesignerAdapter;
  /** Or an adapter made by the caller (a test that checks the adapter afterwards). */
  adapter?: DesignerAdapter;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
  /** The libraries fill their container's height. */
  height?: string;
  children: ReactNode;
}

export function LibraryFrame({
  makeAdapter,
  adapter: given,
  locale = 'en',
  theme = 'light',
  readOnly = false,
  height = 'calc(100vh - 3rem)',
  children,
}: LibraryFrameProps) {
  const [adapter] = useState(() => given ?? makeAdapter?.() ?? createFixtureAdapter());
  return (
    <DesignerProvider adapter={adapter} locale={locale} theme={theme} readOnly={readOnly}>
      <div style={{ height }}>{children}</div>
    </DesignerProvider>
  );
}

/** What a library story sets in `parameters.fixture` (the theme comes from the toolbar). */
export type LibraryFixture = Omit<LibraryFrameProps, 'children' | 'theme'>;

/** The render of a library's stories: `Library` in the frame of `parameters.fixture` over `defaults`. */
export function libraryStoryRender(Library: ComponentType, defaults: LibraryFixture = {}) {
  return (
    _args: unknown,
    { parameters, globals }: { parameters: { fixture?: unknown }; globals: { theme?: unknown } },
  ): ReactElement => (
    <LibraryFrame
      {...defaults}
      {...((parameters.fixture ?? {}) as LibraryFixture)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <Library />
    </LibraryFrame>
  );
}
