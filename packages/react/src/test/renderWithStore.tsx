// Renders components on the fixture workspace for browser tests and hands back the flow store and the adapter.
import type { DesignerAdapter } from '@sona-designer/core';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { render } from 'vitest-browser-react';
import type { Locale } from '../i18n/messages';
import type { FlowStore } from '../state/flow/flowStore';
import type { Scheduler } from '../state/flow/scheduler';
import { createFixtureAdapter, FIXTURE_FLOWS, FixtureDesigner } from '../test/fixtures';
import { StoreProbe } from './saveFixtures';

export interface RenderWithStoreOptions {
  adapter?: DesignerAdapter;
  flowId?: string;
  locale?: Locale;
  readOnly?: boolean;
  saveDelayMs?: number;
  /** A fake clock (`createFakeScheduler`) runs the save debounce on `advance` instead of after real time. */
  scheduler?: Scheduler;
}

export async function renderWithStore(ui: ReactNode, options: RenderWithStoreOptions = {}) {
  const adapter = options.adapter ?? createFixtureAdapter();
  let store: FlowStore | undefined;
  const screen = await render(
    <FixtureDesigner
      adapter={adapter}
      flowId={options.flowId ?? FIXTURE_FLOWS.main}
      locale={options.locale ?? 'en'}
      readOnly={options.readOnly ?? false}
      saveDelayMs={options.saveDelayMs ?? 600_000}
      {...(options.scheduler ? { scheduler: options.scheduler } : {})}
    >
      <StoreProbe
        onReady={(ready) => {
          store = ready;
        }}
      />
      {ui}
    </FixtureDesigner>,
  );
  await expect.poll(() => store).toBeDefined();
  return { screen, adapter, store: store as FlowStore };
}
