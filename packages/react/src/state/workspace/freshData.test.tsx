import { type DesignerAdapter, DesignerError, type Job } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { FlowCanvas } from '../../canvas';
import { createFakeScheduler, type FakeScheduler } from '../../test/fakeScheduler';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { DesignerProvider } from '../DesignerProvider';
import { FlowProvider } from '../flow/FlowProvider';
import { SchedulerContext } from '../flow/SchedulerContext';
import { REFRESH_RETRY_MS } from './workspaceStore';

// A job renamed elsewhere reaches the canvas chip of a designer whose re-reads fail or answer out of order.

const JOB = JOB_IDS.takeMessage;

interface Held {
  resolve(job: Job): void;
  reject(error: unknown): void;
  asked: Promise<Job>;
}

/** The fixture adapter whose `getJob` answers only when the test says so (or fails), in any order. */
function heldAdapter() {
  const base = createFixtureAdapter();
  const held: Held[] = [];
  const adapter: DesignerAdapter = {
    ...base,
    getJob(id) {
      return new Promise<Job>((resolve, reject) => {
        held.push({ resolve, reject, asked: base.getJob(id) });
      });
    },
  };
  return { base, adapter, held };
}

async function rename(adapter: DesignerAdapter, name: string): Promise<Job> {
  const current = await adapter.getJob(JOB);
  return adapter.updateJob(JOB, { name }, current.version);
}

function Designer({ adapter, scheduler }: { adapter: DesignerAdapter; scheduler: FakeScheduler }) {
  return (
    <SchedulerContext.Provider value={scheduler}>
      <DesignerProvider adapter={adapter}>
        <FlowProvider flowId={FIXTURE_FLOWS.main}>
          <FlowCanvas height="700px" />
        </FlowProvider>
      </DesignerProvider>
    </SchedulerContext.Provider>
  );
}

/** The job names the canvas's Sona cards show. */
const chipNames = (container: HTMLElement) =>
  [...container.querySelectorAll('.sona-job-chip')].map((chip) => chip.textContent);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => {
  rejections.push(event.reason);
};

beforeEach(() => {
  rejections = [];
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.removeEventListener('unhandledrejection', onRejection);
  expect(rejections).toEqual([]);
});

describe('fresh data after change events', () => {
  test('answers arriving out of order: the chip shows the newest name (v11 answers before v10)', async () => {
    const { base, adapter, held } = heldAdapter();
    const scheduler = createFakeScheduler();
    const screen = await render(<Designer adapter={adapter} scheduler={scheduler} />);
    await expect.poll(() => chipNames(screen.container)).toContain('Take a message');

    const v10 = await rename(base, 'v10');
    await settle();
    await rename(base, 'v11');
    await settle();
    expect(held).toHaveLength(2);
    held[1]?.resolve(await (held[1] as Held).asked);
    await expect.poll(() => chipNames(screen.container)).toContain('v11');
    held[0]?.resolve(v10);
    await settle();
    await settle();
    expect(chipNames(screen.container)).toContain('v11');
    expect(chipNames(screen.container)).not.toContain('v10');
    expect(chipNames(screen.container)).not.toContain('Take a message');
  });

  test('a flaky adapter: the failed re-read is retried and the chip ends with the latest name', async () => {
    const { base, adapter, held } = heldAdapter();
    const scheduler = createFakeScheduler();
    const screen = await render(<Designer adapter={adapter} scheduler={scheduler} />);
    await expect.poll(() => chipNames(screen.container)).toContain('Take a message');

    await rename(base, 'Renamed');
    await settle();
    expect(held).toHaveLength(1);
    held[0]?.reject(new DesignerError('UNAVAILABLE', 'The workspace could not be reached.'));
    await settle();
    expect(chipNames(screen.container)).toContain('Take a message');

    scheduler.advance(REFRESH_RETRY_MS);
    expect(held).toHaveLength(2);
    held[1]?.resolve(await (held[1] as Held).asked);
    await expect.poll(() => chipNames(screen.container)).toContain('Renamed');
    expect(chipNames(screen.container)).not.toContain('Take a message');
  });
});
