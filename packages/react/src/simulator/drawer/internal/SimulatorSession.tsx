import type { CallSummaryInput } from '@sona-designer/core';
import { summarizeCall } from '@sona-designer/core/simulator';
import { type ReactNode, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { formatMessage, provideEnglish, simulatorEn } from '../../../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../../../state';
import { DiscardConfirm, ErrorIcon, usePortalContainer } from '../../../ui';
import { CallSetup } from './CallSetup';
import { CallSummaryView } from './CallSummaryView';
import { Composer } from './Composer';
import { SimulatorIcon } from './icons';
import { Transcript } from './Transcript';
import { useSimulatedCall } from './useSimulatedCall';
import { type CallVersion, useSimulatedStep } from './useSimulatedStep';
import { useSimulatorEngine } from './useSimulatorEngine';
import { useSummaryRecording } from './useSummaryRecording';

// The session's English texts come with the drawer's code (a host may render the session's parts alone).
provideEnglish('simulator', simulatorEn);

export interface SimulatorSessionProps {
  stepId: string;
  /** The caller's message box, focused when the drawer opens. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
  /**
   * Shown instead of the step and version choice: a call from the incoming call reached this step on the draft,
   * and shows its path there.
   */
  setup?: ReactNode;
  /** Save as test, with what the caller said so far; the button shows once the caller said something. */
  onSaveAsTest?(messages: string[]): void;
  /**
   * Sona ended the conversation itself (a goodbye, a transfer), not the person with End call: the call goes on in the
   * flow. Called once per call, with what the caller said.
   */
  onSonaFinished?(messages: string[]): void;
}

type Target = { stepId: string; version: CallVersion };

/** The inside of the drawer: which step and version, the call itself, then its summary. */
export function SimulatorSession({
  stepId,
  inputRef,
  setup,
  onSaveAsTest,
  onSonaFinished,
}: SimulatorSessionProps) {
  const { messages } = useDesigner();
  const text = messages.simulator;
  const store = useFlowStoreApi();
  const flowId = useFlow((state) => state.flowId);
  const [version, setVersion] = useState<CallVersion>('draft');
  const [restarts, setRestarts] = useState(0);
  const [view, setView] = useState<'call' | 'summary'>('call');
  const [message, setMessage] = useState('');
  const [pendingSwitch, setPendingSwitch] = useState<Target | null>(null);
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The call whose end the person caused with End call (so it is not Sona finishing), and the last one reported.
  const hungUp = useRef<number | null>(null);
  const reported = useRef<number | null>(null);
  const summaryButtonRef = useRef<HTMLButtonElement>(null);
  const [portalRef, container] = usePortalContainer();

  const engineLoad = useSimulatorEngine();
  const load = useSimulatedStep(stepId, version);
  const engine = engineLoad.status === 'ready' ? engineLoad.engine : null;
  const call = useSimulatedCall(engine, load.simulated, `${stepId}|${version}|${restarts}`);

  // The published version lost this step (or the flow was never published): test the draft.
  useEffect(() => {
    if (version === 'published' && load.published !== 'available') setVersion('draft');
  }, [version, load.published]);

  const summary = useMemo<CallSummaryInput | null>(() => {
    if (call.phase !== 'ended' || !call.state || !call.step) return null;
    return {
      ...summarizeCall(call.step, call.state),
      callFlowId: flowId,
      stepId: call.step.stepId,
      source: version,
    };
  }, [call.phase, call.state, call.step, flowId, version]);
  const recording = useSummaryRecording(summary, call.callId);

  const [focusTarget, setFocusTarget] = useState<{
    target: 'input' | 'heading' | 'summary';
    at: number;
  } | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    const element =
      focusTarget.target === 'heading'
        ? headingRef.current
        : focusTarget.target === 'summary'
          ? summaryButtonRef.current
          : inputRef.current;
    element?.focus();
  }, [focusTarget, inputRef]);
  const focus = (target: 'input' | 'heading' | 'summary') => setFocusTarget({ target, at: Date.now() });

  const inProgress = call.phase !== 'ended' && call.turns.some((turn) => turn.speaker === 'caller');

  function applySwitch(target: Target) {
    if (target.stepId !== stepId) store.getState().testCall(target.stepId);
    setVersion(target.version);
    setView('call');
    setMessage('');
  }

  function requestSwitch(target: Target) {
    if (inProgress) setPendingSwitch(target);
    else applySwitch(target);
  }

  function restart() {
    setRestarts((count) => count + 1);
    setView('call');
    setMessage('');
    setNotice('');
    focus('input');
  }

  function send() {
    if (call.send(message)) {
      setMessage('');
      setNotice('');
    }
    focus('input');
  }

  function cancel() {
    const kept = call.cancel();
    if (kept) setMessage((typed) => (typed.trim() ? `${kept} ${typed}` : kept));
    setNotice(text.cancelled);
    focus('input');
  }

  function endCall() {
    hungUp.current = call.callId;
    call.end();
    setView('summary');
    focus('heading');
  }

  const said = call.turns
    .filter((turn) => turn.speaker === 'caller' && !turn.failed)
    .map((turn) => turn.text);
  const saveButton =
    onSaveAsTest && said.length > 0 && version === 'draft' ? (
      <button
        type="button"
        className="sona-button sona-simulator__save-test"
        onClick={() => onSaveAsTest(said)}
      >
        <SimulatorIcon name="summary" />
        {text.tests.saveAsTest}
      </button>
    ) : null;
  useEffect(() => {
    if (call.phase !== 'ended' || hungUp.current === call.callId || reported.current === call.callId) return;
    reported.current = call.callId;
    onSonaFinished?.(said);
  });

  const canSend = call.phase === 'ready' || (call.phase === 'failed' && call.failure?.kind === 'turn');
  const versionLabel = version === 'draft' ? text.draft : text.published;

  let body: ReactNode;
  if (!load.sonaStep && version === 'draft') {
    body = <p className="sona-simulator__message">{text.noSonaStep}</p>;
  } else if (engineLoad.status === 'error' || load.loadError) {
    const failure =
      engineLoad.status === 'error'
        ? formatMessage(text.engineFailed, { message: engineLoad.message })
        : formatMessage(text.stepLoadFailed, { message: load.loadError ?? '' });
    body = (
      <div className="sona-simulator__failure" role="alert">
        <span className="sona-simulator__failure-icon">
          <ErrorIcon />
        </span>
        <p>{failure}</p>
        <button
          type="button"
          className="sona-button"
          onClick={engineLoad.status === 'error' ? engineLoad.retry : load.retry}
        >
          {text.retry}
        </button>
      </div>
    );
  } else if (view === 'summary' && summary && call.step) {
    body = (
      <>
        <div className="sona-simulator__scroll">
          <CallSummaryView
            summary={summary}
            step={call.step}
            actions={call.state?.actions ?? []}
            versionLabel={versionLabel}
            recording={recording}
            headingRef={headingRef}
          />
        </div>
        <div className="sona-simulator__footer">
          <button
            type="button"
            className="sona-button"
            onClick={() => {
              setView('call');
              focus('summary');
            }}
          >
            {text.showTranscript}
          </button>
          {saveButton}
          <button type="button" className="sona-button sona-button--primary" onClick={restart}>
            <SimulatorIcon name="restart" />
            {text.restart}
          </button>
        </div>
      </>
    );
  } else {
    const ended = call.phase === 'ended';
    body = (
      <>
        <Transcript
          call={call}
          onCancel={cancel}
          onRetry={() => {
            call.retry();
            focus('input');
          }}
        />
        {ended ? (
          <div className="sona-simulator__footer">
            <button type="button" className="sona-button" onClick={restart}>
              <SimulatorIcon name="restart" />
              {text.restart}
            </button>
            {saveButton}
            <button
              ref={summaryButtonRef}
              type="button"
              className="sona-button sona-button--primary"
              onClick={() => {
                setView('summary');
                focus('heading');
              }}
            >
              <SimulatorIcon name="summary" />
              {text.seeSummary}
            </button>
          </div>
        ) : (
          <>
            <Composer
              value={message}
              onChange={setMessage}
              onSend={send}
              canSend={canSend}
              inputRef={inputRef}
            />
            <div className="sona-simulator__footer">
              <button type="button" className="sona-button" onClick={restart}>
                <SimulatorIcon name="restart" />
                {text.restart}
              </button>
              {saveButton}
              <button
                type="button"
                className="sona-button sona-simulator__end"
                disabled={!call.state}
                onClick={endCall}
              >
                <SimulatorIcon name="hangUp" />
                {text.endCall}
              </button>
            </div>
          </>
        )}
      </>
    );
  }

  return (
    <div ref={portalRef} className="sona-simulator__session">
      {setup ?? (
        <CallSetup
          stepId={stepId}
          version={version}
          published={load.published}
          publishedRevision={load.publishedRevision}
          onStepChange={(next) => requestSwitch({ stepId: next, version })}
          onVersionChange={(next) => requestSwitch({ stepId, version: next })}
        />
      )}
      {body}
      <p className="sona-visually-hidden" role="status">
        {notice}
      </p>
      <DiscardConfirm
        open={pendingSwitch !== null}
        container={container}
        messages={{
          discardTitle: text.switchTitle,
          discardBody: text.switchBody,
          discard: text.switchConfirm,
          keepEditing: text.keepCall,
        }}
        onKeep={() => setPendingSwitch(null)}
        onDiscard={() => {
          if (pendingSwitch) applySwitch(pendingSwitch);
          setPendingSwitch(null);
        }}
      />
    </div>
  );
}
