import { describe, expect, it } from 'vitest';
import { createFakeScheduler } from '../../test/fakeScheduler';
import { createTimer } from './scheduler';

describe('createTimer', () => {
  it('runs the callback after the pause, a restart replacing the one waiting', () => {
    const scheduler = createFakeScheduler();
    const timer = createTimer(scheduler);
    const runs: string[] = [];
    timer.restart(100, () => runs.push('first'));
    scheduler.advance(60);
    timer.restart(100, () => runs.push('second'));
    scheduler.advance(60);
    expect(runs).toEqual([]);
    scheduler.advance(40);
    expect(runs).toEqual(['second']);
    expect(scheduler.waiting).toBe(0);
  });

  it('cancels the callback waiting', () => {
    const scheduler = createFakeScheduler();
    const timer = createTimer(scheduler);
    let ran = false;
    timer.restart(10, () => {
      ran = true;
    });
    timer.cancel();
    scheduler.advance(100);
    expect(ran).toBe(false);
  });
});

describe('createFakeScheduler', () => {
  it('runs due timers in order, at their time, including timers they start', () => {
    const scheduler = createFakeScheduler(1000);
    const seen: Array<[string, number]> = [];
    scheduler.setTimeout(() => seen.push(['b', scheduler.now()]), 20);
    scheduler.setTimeout(() => {
      seen.push(['a', scheduler.now()]);
      scheduler.setTimeout(() => seen.push(['c', scheduler.now()]), 15);
    }, 10);
    scheduler.advance(30);
    expect(seen).toEqual([
      ['a', 1010],
      ['b', 1020],
      ['c', 1025],
    ]);
    expect(scheduler.now()).toBe(1030);
  });
});
