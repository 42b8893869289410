// Our JobPicker over a workspace of 10,000 jobs (some with 10,000-character instructions).
import '@sona-designer/react/styles.css';
import { DesignerProvider, FlowProvider, JobPicker, useFlow } from '@sona-designer/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { DesignerAdapter } from '../../../../packages/core/src/index';
import { createLargeWorkspaceAdapter } from '../../../../packages/react/src/test/jobsFixtures';
import { afterNextFrame, logChanges, type PickerBench, setInputValue, trackKeyPresses } from './benchApi';

/** The main line's Sona step in the demo workspace the large one grows from. */
const STEP_ID = 'front-desk';

/** The picker with a button that opens it; `onReady` hears when the flow has loaded. */
function Page({ onReady }: { onReady(ready: boolean): void }) {
  const [open, setOpen] = useState(false);
  const ready = useFlow((state) => state.loadState === 'ready');
  useEffect(() => {
    onReady(ready);
  }, [ready, onReady]);
  return (
    <>
      <button type="button" className="bench-open" onClick={() => setOpen(true)}>
        Add job
      </button>
      <JobPicker open={open} onOpenChange={setOpen} stepId={STEP_ID} />
    </>
  );
}

export function createBench(root: HTMLElement): PickerBench {
  const workspace = createLargeWorkspaceAdapter(10_000);
  // When the adapter answered the latest first page of a search: the picker then shows it.
  const answered = { query: '', at: 0 };
  const adapter: DesignerAdapter = {
    ...workspace,
    async listJobs(query = {}) {
      const page = await workspace.listJobs(query);
      if (!query.ids && !query.cursor) {
        answered.query = query.query ?? '';
        answered.at = performance.now();
      }
      return page;
    },
  };
  const keys = trackKeyPresses();
  let flowReady = false;
  const onReady = (ready: boolean) => {
    flowReady = ready;
  };
  let log: ReturnType<typeof logChanges> | null = null;

  const rows = () => document.querySelectorAll('.sona-job-row').length;
  const searchBox = () => {
    const input = document.querySelector<HTMLInputElement>('.sona-job-picker input[type="search"]');
    if (!input) throw new Error('The picker has no search box: is it open?');
    return input;
  };

  /** Resolves when the answer for the box's text is shown: the first change after the answer, or the answer itself when nothing changed. */
  async function resultsShown(since: number): Promise<number> {
    const query = searchBox().value.trim();
    const started = performance.now();
    for (;;) {
      if (answered.query === query && answered.at >= since) {
        const change = log?.changes.find((candidate) => candidate.at >= answered.at);
        if (change && change.frameDoneAt > 0) return change.frameDoneAt;
        if (!change && performance.now() - answered.at > 150) return answered.at;
      }
      if (performance.now() - started > 10_000) throw new Error(`The results for “${query}” never showed.`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  return {
    async mount() {
      createRoot(root).render(
        <DesignerProvider adapter={adapter}>
          <FlowProvider flowId="flow-main" saveDelayMs={3_600_000}>
            <Page onReady={onReady} />
          </FlowProvider>
        </DesignerProvider>,
      );
      while (!flowReady) await afterNextFrame();
    },
    async open() {
      const changes = logChanges(root, () => rows() > 0);
      const start = performance.now();
      document.querySelector<HTMLButtonElement>('.bench-open')?.click();
      const shown = await changes.firstAfter(start, 'Opening the picker');
      changes.stop();
      return shown.frameDoneAt - start;
    },
    rows,
    async clear() {
      if (searchBox().value === '') return;
      const since = performance.now();
      log = logChanges(root);
      setInputValue(searchBox(), '');
      await resultsShown(since);
      log.stop();
    },
    beforeKeystroke() {
      log = logChanges(root);
    },
    async afterKeystroke() {
      const shownAt = await resultsShown(keys.at);
      log?.stop();
      while (keys.frameDoneAt === 0) await afterNextFrame();
      return { resultsMs: shownAt - keys.at, frameMs: keys.frameDoneAt - keys.at };
    },
  };
}
