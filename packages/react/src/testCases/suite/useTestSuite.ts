import { useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { type FlowStore, SchedulerContext, useDesigner, useFlowStoreApi } from '../../state';
import type { SaveTestDialogProps } from '../SaveTestDialog';
import { createTestSuite, type TestSuite, type TestSuiteActions, type TestSuiteState } from './testSuite';

interface Held {
  suite: TestSuite;
  users: number;
}

// One suite per open flow, shared by the publish bar's count, the drawer and the save dialog: the tests run once
// per edit whoever shows them. Released when the last of them unmounts.
const suites = new WeakMap<FlowStore, Held>();

function acquire(flow: FlowStore, create: () => TestSuite): Held {
  let held = suites.get(flow);
  if (!held) {
    held = { suite: create(), users: 0 };
    suites.set(flow, held);
    void held.suite.getState().load();
  }
  held.users++;
  return held;
}

function release(flow: FlowStore, held: Held): void {
  held.users--;
  if (held.users > 0 || suites.get(flow) !== held) return;
  suites.delete(flow);
  held.suite.getState().dispose();
}

/** The test suite of the flow around, created (and loaded) by its first user. */
export function useTestSuiteApi(): TestSuite {
  const flow = useFlowStoreApi();
  const { adapter, workspace } = useDesigner();
  const scheduler = useContext(SchedulerContext);
  const create = () => createTestSuite({ flow, adapter, workspace, scheduler });
  // Held from the first render, so children read the suite at once; the effect keeps it held while mounted
  // (and takes it again after a strict-mode remount).
  const [held] = useState(() => acquire(flow, create));
  const [suite, setSuite] = useState(held.suite);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the suite belongs to the flow store; the rest is fixed.
  useEffect(() => {
    let mine = held;
    if (suites.get(flow) !== held) {
      mine = acquire(flow, create);
      setSuite(mine.suite);
    } else if (mine.users === 0) {
      mine.users++;
    }
    return () => release(flow, mine);
  }, [flow]);
  return suite;
}

/** Reads the suite of the flow around with a selector, like `useFlow`. */
export function useTestSuite<T>(selector: (state: TestSuiteState & TestSuiteActions) => T): T {
  return useStore(useTestSuiteApi(), selector);
}

/** `SaveTestDialog`'s `save` through the flow's suite: the saved test joins the list and runs at once. */
export function useSuiteSave(): SaveTestDialogProps['save'] {
  const suite = useTestSuiteApi();
  return (input, existing, version) =>
    existing
      ? suite.getState().update(existing.id, { name: input.name, expectations: input.expectations }, version)
      : suite.getState().create(input);
}
