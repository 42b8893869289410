import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadFile, type ExportedFile } from './exportFile';

/** Where an export stands, for its button. */
export type ExportState =
  | { status: 'idle'; lastFile: string | null }
  | { status: 'busy' }
  | { status: 'failed'; message: string };

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
  const latest = useRef({ build, onExport });
  latest.current = { build, onExport };

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
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      } finally {
        busy.current = false;
      }
    })();
  }, []);

  return [state, run];
}
