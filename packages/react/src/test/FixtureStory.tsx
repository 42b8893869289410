// The frame of the saving and publishing stories and tests: a fixture designer plus an optional setup of the store.
import type { DesignerAdapter } from '@sona-designer/core';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import type { Locale } from '../i18n/messages';
import type { FlowStore } from '../state/flow/flowStore';
import { createFixtureAdapter, FixtureDesigner } from '../test/fixtures';
import { StoreProbe } from './saveFixtures';

export interface FixtureStoryProps {
  makeAdapter?: () => DesignerAdapter;
  flowId?: string;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
  saveDelayMs?: number;
  /** Runs once, when the flow is loaded. */
  setup?(store: FlowStore, adapter: DesignerAdapter): unknown;
  children: ReactNode;
}

export function FixtureStory({ makeAdapter, setup, children, ...props }: FixtureStoryProps) {
  const [adapter] = useState(() => (makeAdapter ? makeAdapter() : createFixtureAdapter()));
  const done = useRef(false);
  const onReady = useCallback(
    (store: FlowStore) => {
      if (done.current) return;
      done.current = true;
      void setup?.(store, adapter);
    },
    [setup, adapter],
  );
  return (
    <FixtureDesigner adapter={adapter} {...props}>
      {setup ? <StoreProbe onReady={onReady} /> : null}
      {children}
    </FixtureDesigner>
  );
}
