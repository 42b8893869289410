import type { JobTemplate } from '@sona-designer/core';
import { useEffect, useState } from 'react';
import { useDesigner } from '../../../state';

export type TemplatesLoad =
  | { status: 'loading' }
  | { status: 'ready'; templates: JobTemplate[] }
  | { status: 'error'; error: unknown };

/** The built-in templates in the designer's language, from the adapter. */
export function useTemplates(): { load: TemplatesLoad; retry(): void } {
  const { adapter, locale } = useDesigner();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<TemplatesLoad>({ status: 'loading' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on Retry.
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    adapter.listTemplates(locale).then(
      (templates) => {
        if (live) setLoad({ status: 'ready', templates });
      },
      (error: unknown) => {
        if (live) setLoad({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [adapter, locale, attempt]);

  return { load, retry: () => setAttempt((count) => count + 1) };
}
