import type { TestCase } from '@sona-designer/core';
import type { TestCaseResult } from '@sona-designer/core/simulator';
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { errorText, formatMessage, provideEnglish, simulatorEn } from '../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../state';
import { changeOf } from './internal/changeOf';
import { describeFailure, type NameLookup } from './internal/describeTest';
import { TestDetail } from './internal/TestDetail';
import { TestStatusIcon } from './internal/TestStatusIcon';
import { useTestSuite, useTestSuiteApi } from './suite/useTestSuite';

// The view's texts travel with the drawer's (the `simulator` section).
provideEnglish('simulator', simulatorEn);

type Filter = 'all' | 'failing' | 'changed';

/** Props of `TestsView`. */
export interface TestsViewProps {
  /** Shown first: the test to open (e.g. the failing one the publish bar pointed at); the list otherwise. */
  openTestId?: string | null;
}

/**
 * The drawer's Tests view: the flow's saved test cases with their result on the draft (run again after every edit)
 * and on the published revision, filtered to the failing ones or those the draft changed, with Run all and the
 * "require passing tests" setting. A test opens on its failing turn.
 */
export function TestsView({ openTestId = null }: TestsViewProps) {
  const { messages, readOnly, workspace } = useDesigner();
  const text = messages.simulator.tests;
  const suite = useTestSuiteApi();
  const flowStore = useFlowStoreApi();
  const id = useId();
  const loadState = useTestSuite((state) => state.loadState);
  const loadError = useTestSuite((state) => state.loadError);
  const testCases = useTestSuite((state) => state.testCases);
  const draftRun = useTestSuite((state) => state.draft);
  const publishedRun = useTestSuite((state) => state.published);
  const publishedRevision = useFlow((state) => state.flow?.published?.revision ?? null);
  const draft = useFlow((state) => state.draft);
  const required = useFlow((state) => state.draft.settings?.requirePassingTests === true);
  const editable = useFlow((state) => !state.readOnly && state.loadState === 'ready') && !readOnly;
  const jobs = useStore(workspace, (state) => state.jobs);
  const knowledge = useStore(workspace, (state) => state.knowledge);
  const [filter, setFilter] = useState<Filter>('all');
  const [openId, setOpenId] = useState<string | null>(openTestId);
  const listRef = useRef<HTMLUListElement>(null);
  const returnTo = useRef<string | null>(null);

  useEffect(() => setOpenId(openTestId), [openTestId]);

  // Back from a test: focus returns to its row.
  useEffect(() => {
    if (openId !== null || !returnTo.current) return;
    const row = listRef.current?.querySelector<HTMLElement>(
      `[data-test-id="${CSS.escape(returnTo.current)}"]`,
    );
    returnTo.current = null;
    row?.focus();
  }, [openId]);

  const names: NameLookup = { graph: draft, jobs, knowledge };
  const failing = testCases.filter((testCase) => draftRun.results[testCase.id]?.passed === false);
  const changed = testCases.filter(
    (testCase) => changeOf(draftRun.results[testCase.id], publishedRun.results[testCase.id]) !== null,
  );
  const passed = testCases.length - failing.length;
  const shown = filter === 'failing' ? failing : filter === 'changed' ? changed : testCases;
  const open = openId ? testCases.find((testCase) => testCase.id === openId) : undefined;

  if (open) {
    return (
      <TestDetail
        testCase={open}
        draftResult={draftRun.results[open.id]}
        publishedResult={publishedRun.results[open.id]}
        running={draftRun.running}
        names={names}
        editable={editable}
        onBack={() => {
          returnTo.current = open.id;
          setOpenId(null);
        }}
      />
    );
  }

  if (loadState === 'loading') {
    return (
      <div className="sona-tests sona-tests__state" role="status">
        <span className="sona-spinner" aria-hidden="true" />
        {text.loading}
      </div>
    );
  }
  if (loadState === 'error') {
    return (
      <div className="sona-tests sona-tests__state" role="alert">
        <p>{formatMessage(text.loadFailed, { message: errorText(messages, loadError) })}</p>
        <button type="button" className="sona-button" onClick={() => void suite.getState().load()}>
          {text.retry}
        </button>
      </div>
    );
  }

  const progress = draftRun.running
    ? formatMessage(text.runningProgress, { done: draftRun.done, total: draftRun.total || testCases.length })
    : '';
  const publishedPassed = testCases.filter(
    (testCase) => publishedRun.results[testCase.id]?.passed === true,
  ).length;

  return (
    <div className="sona-tests">
      <div className="sona-tests__toolbar">
        {/* Read out when a run changes the results; the progress below is not, or every slice would be spoken. */}
        <div className="sona-tests__summary" role="status">
          <p className="sona-tests__summary-line" data-failing={failing.length > 0 ? true : undefined}>
            {formatMessage(text.draftSummary, { passed, total: testCases.length })}
          </p>
          <p className="sona-tests__summary-sub">
            {publishedRevision === null
              ? text.neverPublished
              : formatMessage(text.publishedSummary, {
                  passed: publishedPassed,
                  total: testCases.length,
                  revision: publishedRevision,
                })}
          </p>
        </div>
        <button
          type="button"
          className="sona-button"
          disabled={testCases.length === 0}
          onClick={() => suite.getState().runAll()}
        >
          {text.runAll}
        </button>
      </div>
      <p className="sona-tests__progress">{progress}</p>
      <label className="sona-flow-call__switch sona-tests__require">
        <input
          type="checkbox"
          role="switch"
          checked={required}
          aria-checked={required}
          disabled={!editable}
          aria-describedby={`${id}-require`}
          onChange={(event) => {
            const on = event.target.checked;
            flowStore.getState().change(text.requireSetting, (graph) => {
              const { settings, ...rest } = graph;
              const { requirePassingTests: _previous, ...others } = settings ?? {};
              const next = on ? { ...others, requirePassingTests: true } : others;
              return Object.keys(next).length > 0 ? { ...rest, settings: next } : rest;
            });
          }}
        />
        <span>{text.requireSetting}</span>
      </label>
      <p id={`${id}-require`} className="sona-simulator__hint sona-tests__require-hint">
        {text.requireHint}
      </p>
      {testCases.length === 0 ? (
        <div className="sona-tests__empty">
          <p className="sona-tests__empty-title">{text.emptyTitle}</p>
          <p>{text.emptyBody}</p>
        </div>
      ) : (
        <>
          <fieldset className="sona-tests__filters">
            <legend className="sona-visually-hidden">{text.filterLabel}</legend>
            <div className="sona-simulator__segmented">
              {(
                [
                  ['all', text.filterAll, testCases.length],
                  ['failing', text.filterFailing, failing.length],
                  ['changed', text.filterChanged, changed.length],
                ] as const
              ).map(([value, label, count]) => (
                <label key={value} className="sona-simulator__segment">
                  <input
                    type="radio"
                    name={`${id}-filter`}
                    value={value}
                    checked={filter === value}
                    onChange={() => setFilter(value)}
                  />
                  <span>{formatMessage(label, { count })}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {shown.length === 0 ? (
            <p className="sona-tests__none">{filter === 'failing' ? text.noFailing : text.noChanged}</p>
          ) : (
            <ul ref={listRef} className="sona-tests__list" aria-label={text.heading}>
              {shown.map((testCase) => (
                <TestRow
                  key={testCase.id}
                  testCase={testCase}
                  draft={draftRun.results[testCase.id]}
                  published={publishedRun.results[testCase.id]}
                  onOpen={() => setOpenId(testCase.id)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

interface TestRowProps {
  testCase: TestCase;
  draft: TestCaseResult | undefined;
  published: TestCaseResult | undefined;
  onOpen(): void;
}

function TestRow({ testCase, draft, published, onOpen }: TestRowProps) {
  const text = useDesigner().messages.simulator.tests;
  const status = draft === undefined ? 'pending' : draft.passed ? 'pass' : 'fail';
  const change = changeOf(draft, published);
  const first = draft?.failures[0];
  return (
    <li className="sona-tests__item">
      <button
        type="button"
        className="sona-tests__row"
        data-test-id={testCase.id}
        data-status={status}
        onClick={onOpen}
      >
        <TestStatusIcon status={status} />
        <span className="sona-tests__row-main">
          <bdi className="sona-tests__name">{testCase.name}</bdi>
          <span className="sona-tests__status">
            {status === 'pending' ? text.notRun : status === 'pass' ? text.passes : text.fails}
            {change ? (
              <span className="sona-tests__change" data-change={change}>
                {change === 'broken' ? text.brokenByDraft : text.fixedByDraft}
              </span>
            ) : null}
          </span>
          {first ? <span className="sona-tests__failure">{describeFailure(first.detail, text)}</span> : null}
        </span>
      </button>
    </li>
  );
}
