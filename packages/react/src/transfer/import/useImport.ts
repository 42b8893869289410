import { type DesignerAdapter, isDesignerError } from '@sona-designer/core';
import type { ImportMode } from '@sona-designer/core/io';
import { useEffect, useMemo, useRef, useState } from 'react';
import { errorText } from '../../i18n';
import { useMessages } from '../../state';
import type { ChosenFile, ImportActions, ImportPhase, ReadyFile } from './importPhase';
import { readFileText } from './readFileText';

type Io = typeof import('@sona-designer/core/io');

// The import code of the core loads with the dialog's first use, not with the page; kept once loaded, so switching
// between merge and replace updates the preview in the same event (a radio that lags its click confuses people).
let io: Io | null = null;
async function loadIo(): Promise<Io> {
  io ??= await import('@sona-designer/core/io');
  return io;
}

/** Lets the browser paint the latest phase before a long synchronous step (parsing and checking a large file). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The import workflow, headless: choose → read (with progress) → check → preview (merge or replace) → confirm a
 * destructive replace → import → done, with problems and failures on the way. The adapter has the last word: its
 * own checks (the same rules) can still refuse, and its problems are shown like the file's.
 */
export function useImport(adapter: DesignerAdapter, maxBytes: number): [ImportPhase, ImportActions] {
  const [phase, setPhase] = useState<ImportPhase>({ name: 'choose', notice: null });
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const messages = useMessages();
  const messagesRef = useRef(messages);
  messagesRef.current = messages;
  // Each choice gets a token; a read or check that finishes after a reset or a newer choice is dropped.
  const run = useRef({ token: 0, abort: new AbortController() });

  useEffect(
    () => () => {
      run.current.abort.abort();
      run.current.token += 1;
    },
    [],
  );

  const actions = useMemo<ImportActions>(() => {
    const start = () => {
      run.current.abort.abort();
      run.current = { token: run.current.token + 1, abort: new AbortController() };
      return run.current;
    };
    const stillCurrent = (token: number) => run.current.token === token;

    async function check(file: ChosenFile, text: string, token: number) {
      setPhase({ name: 'checking', file });
      await nextTask();
      const { parseImportDocument, previewImport } = await loadIo();
      const parsed = parseImportDocument(text);
      if (!stillCurrent(token)) return;
      if (!parsed.ok) {
        setPhase({ name: 'problems', file, problems: parsed.problems });
        return;
      }
      const current = await adapter.exportWorkspace();
      if (!stillCurrent(token)) return;
      const ready: ReadyFile = {
        ...file,
        text,
        incoming: parsed.value,
        info: parsed.info,
        migratedFrom: parsed.migratedFrom,
        flowName: parsed.info.kind === 'call-flow' ? (parsed.value.callFlows[0]?.name ?? null) : null,
        current,
      };
      const mode: ImportMode = 'merge';
      setPhase({
        name: 'preview',
        file: ready,
        mode,
        preview: previewImport(current, parsed.value, mode),
      });
    }

    async function choose(input: File) {
      const { token, abort } = start();
      const file: ChosenFile = { name: input.name, size: input.size };
      if (input.size > maxBytes) {
        setPhase({ name: 'choose', notice: { kind: 'tooLarge', size: input.size } });
        return;
      }
      if (!/\.json$/i.test(input.name) && input.type !== '' && !/json|text\/plain/.test(input.type)) {
        setPhase({ name: 'choose', notice: { kind: 'notJson' } });
        return;
      }
      setPhase({ name: 'reading', file, loaded: 0 });
      let text: string;
      try {
        text = await readFileText(
          input,
          (loaded) => {
            if (stillCurrent(token)) setPhase({ name: 'reading', file, loaded });
          },
          abort.signal,
        );
      } catch (error) {
        if (stillCurrent(token) && !abort.signal.aborted)
          setPhase({ name: 'choose', notice: { kind: 'unreadable', message: messageOf(error) } });
        return;
      }
      if (!stillCurrent(token)) return;
      try {
        await check(file, text, token);
      } catch (error) {
        // Reading the workspace for the preview failed (the file itself was fine): say so in the adapter's terms.
        if (stillCurrent(token))
          setPhase({
            name: 'choose',
            notice: { kind: 'compareFailed', message: errorText(messagesRef.current, error) },
          });
      }
    }

    async function importNow() {
      const now = phaseRef.current;
      if (now.name !== 'preview' && now.name !== 'confirm' && now.name !== 'failed') return;
      const { file, mode, preview } = now;
      const { token } = start();
      setPhase({ name: 'importing', file, mode, preview });
      try {
        const outcome = await adapter.importWorkspace(file.text, { mode });
        if (stillCurrent(token)) setPhase({ name: 'done', file, outcome });
      } catch (error) {
        if (!stillCurrent(token)) return;
        if (isDesignerError(error, 'VALIDATION') && error.problems && error.problems.length > 0)
          setPhase({ name: 'problems', file, problems: error.problems });
        else
          setPhase({ name: 'failed', file, mode, preview, message: errorText(messagesRef.current, error) });
      }
    }

    return {
      choose: (file) => void choose(file),
      setMode: (mode) => {
        const now = phaseRef.current;
        // A preview exists only once the import code is loaded.
        if (now.name !== 'preview' || now.mode === mode || !io) return;
        setPhase({ ...now, mode, preview: io.previewImport(now.file.current, now.file.incoming, mode) });
      },
      submit: () => {
        const now = phaseRef.current;
        if (now.name === 'preview' && now.preview.destructive) setPhase({ ...now, name: 'confirm' });
        else void importNow();
      },
      confirm: () => void importNow(),
      back: () => {
        const now = phaseRef.current;
        if (now.name === 'confirm' || now.name === 'failed')
          setPhase({ name: 'preview', file: now.file, mode: now.mode, preview: now.preview });
      },
      reset: () => {
        start();
        setPhase({ name: 'choose', notice: null });
      },
    };
  }, [adapter, maxBytes]);

  return [phase, actions];
}
