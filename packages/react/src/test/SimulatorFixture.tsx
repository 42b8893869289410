// The designer on the fixture workspace with a chosen simulator engine, for the drawer's stories and browser tests.
import type { DesignerAdapter, SimulatorEngine } from '@sona-designer/core';
import { useState } from 'react';
import { CallFlowDesigner } from '../designer/CallFlowDesigner';
import type { Locale } from '../i18n/messages';
import { DesignerProvider } from '../state/DesignerProvider';
import { createFixtureAdapter, FIXTURE_FLOWS } from './fixtures';

export interface SimulatorFixtureProps {
  makeAdapter?: () => DesignerAdapter;
  /** Made once per mount; without it the designer loads its local engine lazily, as in a host app. */
  makeEngine?: () => SimulatorEngine;
  flowId?: string;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
  /** Receives the adapter, so tests can read what was recorded. */
  onAdapter?(adapter: DesignerAdapter): void;
}

export function SimulatorFixture({
  makeAdapter,
  makeEngine,
  flowId = FIXTURE_FLOWS.main,
  locale = 'en',
  theme = 'light',
  readOnly = false,
  onAdapter,
}: SimulatorFixtureProps) {
  const [adapter] = useState(() => {
    const created = makeAdapter ? makeAdapter() : createFixtureAdapter();
    onAdapter?.(created);
    return created;
  });
  const [engine] = useState(() => makeEngine?.());
  return (
    <DesignerProvider
      adapter={adapter}
      locale={locale}
      theme={theme}
      readOnly={readOnly}
      {...(engine ? { simulator: engine } : {})}
    >
      <div style={{ height: 'calc(100vh - 3rem)', minHeight: '36rem' }}>
        <CallFlowDesigner flowId={flowId} />
      </div>
    </DesignerProvider>
  );
}
