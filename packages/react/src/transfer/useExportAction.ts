import { isDesignerError } from '@sona-designer/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../i18n';
import { useMessages } from '../state';
import { downloadFile, type ExportedFile } from './exportFile';

/** Where an export stands, for its button. */
export type ExportState =
  | { status: 'idle'; lastFile: string | null }
  | { status: 'busy' }
  | { status: 'failed'; message: string };

/**
 * An adapter's error in the catalogue's words; any other failure (the designer's own, already worded, or a host's
 * `onExport`) by its message.
 */
function failureText(messages: Parameters<typeof errorText>[0], error: unknown): string {
  if (isDesignerError(error) || !(error instanceof Error)) return errorText(messages, error);
  return error.message;
}

/**
 * Runs one export at a time: builds the file, then downloads it (or hands it to the host's `onExport`). A failure
 * is kept for the button to show with a retry; a click while one runs is ignored.
 */
export function useExportAction(
  build: () => Promise<ExportedFile>,
  onExport?: (file: ExportedFile) => void | Promise<void>,
): [ExportState, () => void] {
  const [state, setState] = useState<ExportState>({ status: 'idle', lastFile: null });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const messages = useMessages();
  const latest = useRef({ build, onExport, messages });
  latest.current = { build, onExport, messages };

  const run = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: 'busy' });
    void (async () => {
      try {
        const file = await latest.current.build();
        const deliver = latest.current.onExport ?? downloadFile;
        await deliver(file);
        if (mounted.current) setState({ status: 'idle', lastFile: file.fileName });
      } catch (error) {
        if (mounted.current)
          setState({ status: 'failed', message: failureText(latest.current.messages, error) });
      } finally {
        busy.current = false;
      }
    })();
  }, []);

  return [state, run];
}
