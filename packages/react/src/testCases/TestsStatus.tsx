import { useEffect, useId } from 'react';
import { formatMessage, provideEnglish, selectPlural, simulatorEn } from '../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../state';
import { withClassName } from '../ui';
import { TestStatusIcon } from './internal/TestStatusIcon';
import { useTestSuite, useTestSuiteApi } from './suite/useTestSuite';

// The count's texts travel with the drawer's (the `simulator` section).
provideEnglish('simulator', simulatorEn);

/** Props of `TestsStatus`. */
export interface TestsStatusProps {
  /** Added to the button. */
  className?: string;
}

/**
 * The publish bar's "12 tests · 1 failing": the flow's saved tests run on the draft after every edit, and this says
 * how they stand; it opens the drawer's Tests view (on the first failing test). When the flow requires passing tests
 * before publishing, it also says why Publish is off, and holds it (`publishHold` in the flow store).
 */
export function TestsStatus({ className }: TestsStatusProps) {
  const { messages, locale } = useDesigner();
  const text = messages.simulator.tests;
  const store = useFlowStoreApi();
  const suite = useTestSuiteApi();
  const reasonId = useId();
  const loadState = useTestSuite((state) => state.loadState);
  const total = useTestSuite((state) => state.testCases.length);
  const running = useTestSuite((state) => state.draft.running);
  const failingIds = useTestSuite((state) =>
    state.testCases
      .filter((testCase) => state.draft.results[testCase.id]?.passed === false)
      .map((testCase) => testCase.id)
      .join(' '),
  );
  const required = useFlow((state) => state.draft.settings?.requirePassingTests === true);
  const failing = failingIds ? failingIds.split(' ').length : 0;
  const held = required && total > 0 && loadState === 'ready' && (failing > 0 || running);

  useEffect(() => {
    store.setState({ publishHold: held ? reasonId : null });
  }, [held, reasonId, store]);
  useEffect(() => () => store.setState({ publishHold: null }), [store]);

  // While loading, nothing; a failed load still gives the way to the view, which says why and has Retry.
  if (loadState === 'loading') return null;

  const summary =
    total === 0 || loadState === 'error'
      ? text.noTests
      : [
          formatMessage(selectPlural(locale, text.count, total), { count: total }),
          running
            ? text.running
            : failing > 0
              ? formatMessage(text.failing, { count: failing })
              : text.allPassing,
        ].join(' · ');
  const reason = running
    ? text.blockedRunning
    : formatMessage(selectPlural(locale, text.blockedFailing, failing), { count: failing });
  const status =
    total === 0 || loadState === 'error' ? null : running ? 'pending' : failing > 0 ? 'fail' : 'pass';

  return (
    <>
      <button
        type="button"
        className={withClassName('sona-button sona-tests-status', className)}
        data-status={status ?? undefined}
        aria-label={formatMessage(text.openTests, { summary })}
        title={held ? reason : undefined}
        onClick={() => {
          const state = store.getState();
          suite.getState().show(failingIds.split(' ')[0] || null);
          const target =
            state.stepIds.find((stepId) => state.stepsById[stepId]?.kind === 'sona') ?? state.stepIds[0];
          if (target) state.testCall(state.simulatorStepId ?? target);
        }}
      >
        {status ? <TestStatusIcon status={status} /> : null}
        <span>{summary}</span>
      </button>
      {/* Read as Publish's description; shown as the count's tooltip, since a line in the bar would push its buttons
          around and a floating one would cover the inspector below. */}
      {held ? (
        <p id={reasonId} className="sona-visually-hidden">
          {reason}
        </p>
      ) : null}
    </>
  );
}
