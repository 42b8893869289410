// Baseline: a plain list of the same 10,000 jobs, every one in the DOM, filtered on each keystroke.
import { type ChangeEvent, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { demoWorkspace } from '../../../../packages/core/src/demo/index';
import { foldForSearch, type Job } from '../../../../packages/core/src/index';
import { generateJobs } from '../../../../packages/react/src/test/jobsFixtures';
import { afterNextFrame, logChanges, type PickerBench, setInputValue, trackKeyPresses } from './benchApi';

const TOTAL = 10_000;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

interface ListedJob {
  job: Job;
  /** Name, description and trigger, folded for search once. */
  text: string;
}

/** A button that opens the list: every job a row, filtered as one types. */
function PlainPicker({ jobs }: { jobs: readonly ListedJob[] }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => {
    const words = foldForSearch(query).split(/\s+/).filter(Boolean);
    return words.length === 0 ? jobs : jobs.filter(({ text }) => words.every((word) => text.includes(word)));
  }, [query, jobs]);
  if (!open) {
    return (
      <button type="button" className="bench-open" onClick={() => setOpen(true)}>
        Add job
      </button>
    );
  }
  return (
    <div
      role="dialog"
      aria-label="Add jobs"
      style={{ width: 640, margin: '40px auto', font: '14px sans-serif' }}
    >
      <input
        type="search"
        aria-label="Search jobs"
        value={query}
        onChange={(event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value)}
      />
      <p>{shown.length} jobs</p>
      <ul style={{ height: 480, overflow: 'auto', listStyle: 'none', padding: 0 }}>
        {shown.map(({ job }) => (
          <li key={job.id} className="plain-row" style={{ padding: '6px 0', borderBottom: '1px solid #ddd' }}>
            <label>
              <input
                type="checkbox"
                checked={checked.has(job.id)}
                onChange={() =>
                  setChecked((current) => {
                    const next = new Set(current);
                    if (!next.delete(job.id)) next.add(job.id);
                    return next;
                  })
                }
              />{' '}
              <strong>{job.name}</strong>
              <br />
              <span>{job.trigger}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function createBench(root: HTMLElement): PickerBench {
  const demoJobs = demoWorkspace.jobs ?? [];
  const jobs: ListedJob[] = [...demoJobs, ...generateJobs(TOTAL - demoJobs.length)]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((job) => ({ job, text: foldForSearch(`${job.name}\n${job.description}\n${job.trigger}`) }));
  const keys = trackKeyPresses();
  let log: ReturnType<typeof logChanges> | null = null;

  const rows = () => document.querySelectorAll('.plain-row').length;
  const searchBox = () => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('The list has no search box: is it open?');
    return input;
  };

  return {
    async mount() {
      createRoot(root).render(<PlainPicker jobs={jobs} />);
      while (!document.querySelector('.bench-open')) await afterNextFrame();
    },
    async open() {
      const changes = logChanges(root, () => rows() > 0);
      const start = performance.now();
      document.querySelector<HTMLButtonElement>('.bench-open')?.click();
      const shown = await changes.firstAfter(start, 'Opening the list');
      changes.stop();
      return shown.frameDoneAt - start;
    },
    rows,
    async clear() {
      setInputValue(searchBox(), '');
      await afterNextFrame();
    },
    beforeKeystroke() {
      log = logChanges(root);
    },
    async afterKeystroke() {
      const shown = await log?.firstAfter(keys.at, 'Filtering the list', 10_000);
      log?.stop();
      while (keys.frameDoneAt === 0) await afterNextFrame();
      return {
        resultsMs: (shown?.frameDoneAt ?? keys.frameDoneAt) - keys.at,
        frameMs: keys.frameDoneAt - keys.at,
      };
    },
  };
}
