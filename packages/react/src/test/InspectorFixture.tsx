import type { DesignerAdapter } from '@sona-designer/core';
import { type ReactNode, useState } from 'react';
import type { Locale } from '../i18n/messages';
import { InspectOnLoad } from '../inspector/internal/InspectOnLoad';
import { createFixtureAdapter, FixtureDesigner } from '../test/fixtures';

export interface InspectorFixtureProps {
  flowId?: string;
  /** The step to open in the inspector once loaded. */
  stepId?: string | undefined;
  adapter?: DesignerAdapter;
  latencyMs?: number;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
  children: ReactNode;
}

/**
 * For stories and tests: the fixture workspace with one step open, and the panel at the right of a stand-in canvas,
 * 340px wide as in the designer.
 */
export function InspectorFixture({
  flowId = 'flow-every-kind',
  stepId,
  adapter,
  latencyMs,
  locale = 'en',
  theme = 'light',
  readOnly = false,
  children,
}: InspectorFixtureProps) {
  const [fixtureAdapter] = useState(
    () => adapter ?? createFixtureAdapter(latencyMs === undefined ? {} : { latencyMs }),
  );
  return (
    <FixtureDesigner
      adapter={fixtureAdapter}
      flowId={flowId}
      locale={locale}
      theme={theme}
      readOnly={readOnly}
      saveDelayMs={60_000}
    >
      <InspectOnLoad stepId={stepId} />
      <div
        style={{
          display: 'flex',
          height: 'calc(100vh - 3rem)',
          minHeight: '32rem',
          border: '1px solid var(--sona-color-border)',
          borderRadius: 'var(--sona-radius-md)',
          overflow: 'hidden',
        }}
      >
        <div
          style={{
            flex: 1,
            background:
              'radial-gradient(circle, var(--sona-color-border) 1px, transparent 1px) 0 0 / 20px 20px, var(--sona-color-surface-muted)',
          }}
        />
        <div
          style={{
            width: 340,
            flex: 'none',
            borderLeft: '1px solid var(--sona-color-border)',
            overflowY: 'auto',
          }}
        >
          {children}
        </div>
      </div>
    </FixtureDesigner>
  );
}
