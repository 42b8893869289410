import type { Job, TestCase } from '@sona-designer/core';
import { callerTurns, pathEdgeIds, type TestCaseResult } from '@sona-designer/core/simulator';
import { useEffect, useId, useRef, useState } from 'react';
import { errorText, formatMessage, isolate } from '../../i18n';
import { useTeachJob } from '../../jobs';
import { useDesigner, useFlowStoreApi } from '../../state';
import { ArrowIcon, DiscardConfirm, usePortalContainer } from '../../ui';
import { SaveTestDialog } from '../SaveTestDialog';
import { useSuiteSave, useTestSuiteApi } from '../suite/useTestSuite';
import { changeOf } from './changeOf';
import { describeCall, describeExpectation, describeFailure, type NameLookup } from './describeTest';
import { TeachFromTest } from './TeachFromTest';
import { TestStatusIcon } from './TestStatusIcon';

export interface TestDetailProps {
  testCase: TestCase;
  draftResult: TestCaseResult | undefined;
  publishedResult: TestCaseResult | undefined;
  /** The draft changed and the suite is running again: the result shown is the previous one. */
  running: boolean;
  names: NameLookup;
  editable: boolean;
  onBack(): void;
}

/**
 * One saved test and what its call did on the draft: every expectation met or not (with why), the path on the canvas,
 * and the conversation turn by turn, opened on the turn where it failed.
 */
export function TestDetail({
  testCase,
  draftResult,
  publishedResult,
  running,
  names,
  editable,
  onBack,
}: TestDetailProps) {
  const { messages, locale } = useDesigner();
  const text = messages.simulator.tests;
  const flowStore = useFlowStoreApi();
  const suite = useTestSuiteApi();
  const save = useSuiteSave();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const failingTurnRef = useRef<HTMLLIElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [portalRef, container] = usePortalContainer();
  const teaching = useTeachJob();
  // The check a teach was made from, kept after the check passes so its Undo stays.
  const [teachFrom, setTeachFrom] = useState<{ index: number; job: Job } | null>(null);

  const status = draftResult === undefined ? 'pending' : draftResult.passed ? 'pass' : 'fail';
  const change = changeOf(draftResult, publishedResult);
  const failures = new Map((draftResult?.failures ?? []).map((failure) => [failure.index, failure]));
  const failingTurn = draftResult?.failures.find((failure) => failure.turn !== undefined)?.turn;
  const turns = draftResult ? callerTurns(draftResult.result) : [];
  const path = draftResult?.result.path ?? [];

  /**
   * The job a failing "job fires" check expected and what the caller said at its turn, when teaching can fix it: the
   * step that answered the turn is a Sona step of the draft with that job attached (else the job could not fire there,
   * whatever its trigger says).
   */
  function teachable(index: number): { job: Job; sentence: string } | undefined {
    const expectation = testCase.expectations[index];
    const failure = failures.get(index);
    if (expectation?.kind !== 'job-fires' || expectation.turn === undefined) return undefined;
    if (failure?.detail.code !== 'job-not-fired') return undefined;
    const turn = turns[expectation.turn - 1];
    const job = names.jobs[expectation.jobId];
    const step = names.graph.steps.find((each) => each.id === turn?.stepId);
    if (!turn || !job || step?.kind !== 'sona' || !step.jobIds.includes(job.id)) return undefined;
    const transcript = turn.result.state.transcript;
    const sentence = transcript[transcript.length - 2]?.text.trim() ?? '';
    return sentence ? { job, sentence } : undefined;
  }

  // Opened on where it failed: the failing turn when there is one, else the test's name.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per test opened.
  useEffect(() => {
    const target = failingTurnRef.current ?? headingRef.current;
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }, [testCase.id]);

  // The canvas shows where the test's call went on the draft.
  const pathKey = path.map((step) => step.stepId).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path, by its step ids, is what the canvas shows.
  useEffect(() => {
    const { draft, showSimulatorPath } = flowStore.getState();
    const stepIds = path.map((step) => step.stepId);
    showSimulatorPath(
      stepIds.length === 0
        ? null
        : {
            stepIds,
            edgeIds: pathEdgeIds(path, draft.edges),
            currentStepId: stepIds[stepIds.length - 1] ?? null,
          },
    );
  }, [pathKey, flowStore]);
  useEffect(() => () => flowStore.getState().showSimulatorPath(null), [flowStore]);

  /** Teaching under check `index`: offered while it fails for a reason teaching fixes, kept once taught from. */
  function teachControl(index: number) {
    const target = teachable(index);
    const taughtHere = teachFrom?.index === index;
    // The job as the workspace has it now: after a teach, Undo saves over the taught version.
    const job = taughtHere ? (names.jobs[teachFrom.job.id] ?? teachFrom.job) : target?.job;
    if (!job || (!target && !taughtHere)) return null;
    return (
      <TeachFromTest
        job={job}
        status={taughtHere ? teaching.status : null}
        busy={teaching.pendingJobId !== null}
        onTeach={() => {
          if (!target) return;
          setTeachFrom({ index, job: target.job });
          teaching.teach(target.job, target.sentence);
        }}
        onUndo={() => teaching.undo(job)}
      />
    );
  }

  return (
    <div ref={portalRef} className="sona-tests sona-tests__detail">
      <button type="button" className="sona-button sona-button--ghost sona-tests__back" onClick={onBack}>
        <span className="sona-tests__back-icon">
          <ArrowIcon />
        </span>
        {text.back}
      </button>
      <div className="sona-tests__detail-head">
        <TestStatusIcon status={status} />
        <div className="sona-tests__detail-title">
          <h3 ref={headingRef} tabIndex={-1} className="sona-tests__detail-name">
            <bdi>{testCase.name}</bdi>
          </h3>
          <p className="sona-tests__status" aria-live="polite">
            {status === 'pending' ? text.notRun : status === 'pass' ? text.passes : text.fails}
            {running ? ` · ${text.running}` : ''}
            {change ? (
              <span className="sona-tests__change" data-change={change}>
                {change === 'broken' ? text.brokenByDraft : text.fixedByDraft}
              </span>
            ) : null}
            {publishedResult && !change ? (
              <span className="sona-tests__published">
                {publishedResult.passed ? text.publishedPasses : text.publishedFails}
              </span>
            ) : null}
          </p>
        </div>
        {editable ? (
          <div className="sona-tests__detail-actions">
            <button type="button" className="sona-button" onClick={() => setEditing(true)}>
              {text.edit}
            </button>
            <button
              type="button"
              className="sona-button sona-button--danger-ghost"
              onClick={() => {
                setDeleteError(null);
                setConfirmDelete(true);
              }}
            >
              {text.delete}
            </button>
          </div>
        ) : null}
      </div>
      {deleteError ? (
        <p className="sona-notice sona-notice--error" role="alert">
          {deleteError}
        </p>
      ) : null}
      <p className="sona-tests__call">{describeCall(testCase.call, text, locale)}</p>

      <section className="sona-tests__section" aria-labelledby={`${id}-checks`}>
        <h4 id={`${id}-checks`} className="sona-tests__section-title">
          {text.expectations}
        </h4>
        <ul className="sona-tests__checks">
          {testCase.expectations.map((expectation, index) => {
            const failure = failures.get(index);
            const met = draftResult !== undefined && !failure;
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: expectations have no id; their order is fixed.
                key={index}
                className="sona-tests__check"
                data-status={draftResult === undefined ? 'pending' : met ? 'pass' : 'fail'}
              >
                <TestStatusIcon status={draftResult === undefined ? 'pending' : met ? 'pass' : 'fail'} />
                <span>
                  <span className="sona-visually-hidden">
                    {draftResult === undefined ? text.notRun : met ? text.met : text.notMet}:{' '}
                  </span>
                  {describeExpectation(expectation, text, names)}
                  {failure ? (
                    <span className="sona-tests__failure">
                      {describeFailure(failure.detail, text, false)}
                    </span>
                  ) : null}
                  {editable ? teachControl(index) : null}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      {path.length > 0 ? (
        <section className="sona-tests__section" aria-labelledby={`${id}-path`}>
          <h4 id={`${id}-path`} className="sona-tests__section-title">
            {messages.simulator.flowCall.pathTitle}
          </h4>
          <ol className="sona-tests__path">
            {path.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a step can come twice on a path (a menu replayed).
              <li key={`${index}-${step.stepId}`} data-kind={step.kind}>
                <bdi>{step.title}</bdi>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section className="sona-tests__section" aria-labelledby={`${id}-conversation`}>
        <h4 id={`${id}-conversation`} className="sona-tests__section-title">
          {text.conversation}
        </h4>
        {turns.length === 0 ? (
          <p className="sona-tests__none">{text.noConversation}</p>
        ) : (
          <ol className="sona-tests__turns">
            {turns.map(({ turn, result }) => {
              const transcript = result.state.transcript;
              const said = transcript[transcript.length - 2]?.text ?? '';
              const failing = turn === failingTurn;
              return (
                <li
                  key={turn}
                  ref={failing ? failingTurnRef : undefined}
                  tabIndex={failing ? -1 : undefined}
                  className="sona-tests__turn"
                  data-failing={failing ? true : undefined}
                  aria-label={failing ? formatMessage(text.failsAtTurn, { turn }) : undefined}
                >
                  <p className="sona-tests__turn-label">
                    {failing ? formatMessage(text.failsAtTurn, { turn }) : formatMessage(text.turn, { turn })}
                  </p>
                  <p className="sona-tests__said" data-speaker="caller">
                    <span className="sona-tests__speaker">{messages.simulator.caller}</span>
                    <bdi>{said}</bdi>
                  </p>
                  <p className="sona-tests__said" data-speaker="sona">
                    <span className="sona-tests__speaker">{messages.simulator.sona}</span>
                    <bdi>{result.reply}</bdi>
                  </p>
                  {result.trace.job ? (
                    <p className="sona-tests__trace">
                      {messages.simulator.traceJob} {isolate(result.trace.job.name)}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {editing ? (
        <SaveTestDialog
          open
          onOpenChange={(open) => {
            if (!open) setEditing(false);
          }}
          existing={testCase}
          initial={testCase}
          names={names}
          save={save}
        />
      ) : null}
      <DiscardConfirm
        open={confirmDelete}
        container={container}
        messages={{
          discardTitle: formatMessage(text.deleteTitle, { name: isolate(testCase.name) }),
          discardBody: text.deleteBody,
          discard: text.deleteConfirm,
          keepEditing: text.cancel,
        }}
        onKeep={() => setConfirmDelete(false)}
        onDiscard={() => {
          setConfirmDelete(false);
          suite
            .getState()
            .remove(testCase.id, testCase.version)
            .then(onBack, (error: unknown) =>
              setDeleteError(formatMessage(text.deleteFailed, { message: errorText(messages, error) })),
            );
        }}
      />
    </div>
  );
}
