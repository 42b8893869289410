import * as Dialog from '@radix-ui/react-dialog';
import type { Job, KnowledgePage, TestCaseInput } from '@sona-designer/core';
import { simulateFlowCallSync, testCaseFromCall } from '@sona-designer/core/simulator';
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { formatMessage, isolate, provideEnglish, simulatorEn } from '../../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../../state';
import {
  formatCallMoment,
  planCallToStep,
  SaveTestDialog,
  TestsView,
  useSuiteSave,
  useTestSuite,
} from '../../testCases';
import { CloseIcon, useFocusReturn, usePortalContainer, withClassName } from '../../ui';
import { FlowCallSession } from './internal/FlowCallSession';
import { SimulatorIcon } from './internal/icons';
import { SimulatorSession } from './internal/SimulatorSession';

// The drawer's English texts come with its code, not with the package's first download.
provideEnglish('simulator', simulatorEn);

type CallMode = 'step' | 'incoming' | 'tests';

// The mode last chosen in each open flow, for the next time its drawer opens: "what happens on Christmas?" is then
// one click away. Keyed by the flow store, so another flow (or another designer) starts from the Sona step.
const rememberedModes = new WeakMap<object, CallMode>();

/** Props of `SimulatorDrawer`. */
export interface SimulatorDrawerProps {
  /** Added to the drawer's root element. */
  className?: string;
}

/**
 * "Simulated call": a side drawer where the user plays the caller and Sona answers with the jobs and knowledge of a
 * Sona step, on the draft (the default) or the published version, and shows why after each answer. End call shows
 * the call summary and records it through the adapter. Opened by `TestCallButton` (the inspector, the Sona nodes
 * and the publish bar have one); render one per flow (`CallFlowDesigner` does). The engine is the provider's
 * `simulator`, or the local engine of `@sona-designer/core`, loaded the first time a call starts.
 */
export function SimulatorDrawer({ className }: SimulatorDrawerProps) {
  const text = useDesigner().messages.simulator;
  const store = useFlowStoreApi();
  const stepId = useFlow((state) => state.simulatorStepId);
  const [portalRef, container] = usePortalContainer();
  const focusReturn = useFocusReturn();
  const content = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [mode, setMode] = useState<CallMode>(() => rememberedModes.get(store) ?? 'step');
  const { workspace, locale } = useDesigner();
  const jobs = useStore(workspace, (state) => state.jobs);
  const knowledge = useStore(workspace, (state) => state.knowledge);
  const draft = useFlow((state) => state.draft);
  const flowId = useFlow((state) => state.flowId);
  const request = useTestSuite((state) => state.request);
  const saveTest = useSuiteSave();
  const [openTestId, setOpenTestId] = useState<string | null>(null);
  const [saving, setSaving] = useState<{ initial: TestCaseInput; note?: string } | null>(null);
  const [savedNotice, setSavedNotice] = useState('');

  // The publish bar's count asks for the tests (opened on the first failing one).
  useEffect(() => {
    if (!request) return;
    setMode('tests');
    setOpenTestId(request.testCaseId);
    setSavedNotice('');
  }, [request]);

  function choose(next: CallMode) {
    if (next !== 'tests') rememberedModes.set(store, next);
    setMode(next);
    setOpenTestId(null);
    setSavedNotice('');
  }

  const context = () => ({
    jobs: Object.values(jobs).filter((job): job is Job => job !== undefined),
    knowledge: Object.values(knowledge).filter((page): page is KnowledgePage => page !== undefined),
  });

  /** Save as test from a call placed at a Sona step: the same words, from the incoming call at a moment that gets there. */
  function saveFromStep(sonaStepId: string, messages: string[]) {
    const planned = planCallToStep(draft, sonaStepId, context(), { messages });
    saveCall(planned.call, planned.reached ? undefined : text.tests.unreachable);
  }

  function saveCall(call: TestCaseInput['call'], note?: string) {
    const result = simulateFlowCallSync(draft, call, context());
    const last = result.ending.stepId ?? result.path[result.path.length - 1]?.stepId;
    const title = draft.steps.find((step) => step.id === last)?.title ?? text.title;
    const when = formatCallMoment(call.at, locale, true);
    const initial = testCaseFromCall(call, result, {
      name: formatMessage(text.tests.defaultName, { step: title, when }).slice(0, 120),
      callFlowId: flowId,
    });
    setSaving(note ? { initial, note } : { initial });
  }

  return (
    <>
      <span hidden ref={portalRef} />
      <Dialog.Root
        open={stepId !== null}
        onOpenChange={(open) => {
          if (!open) store.getState().testCall(null);
        }}
      >
        <Dialog.Portal container={container}>
          <Dialog.Overlay
            className="sona-modal-overlay sona-simulator__overlay"
            data-mode={mode === 'incoming' ? 'incoming' : undefined}
          />
          <Dialog.Content
            ref={content}
            className={withClassName('sona-simulator', className)}
            onOpenAutoFocus={(event) => {
              focusReturn.remember();
              // The caller speaks next: start in the message box.
              event.preventDefault();
              (input.current ?? content.current)?.focus();
            }}
            onCloseAutoFocus={focusReturn.onCloseAutoFocus}
          >
            <header className="sona-simulator__header">
              <span className="sona-simulator__badge">
                <SimulatorIcon name="phone" size={18} />
              </span>
              <div className="sona-simulator__heading">
                <Dialog.Title className="sona-simulator__title">{text.title}</Dialog.Title>
                <Dialog.Description className="sona-simulator__description">
                  {text.description}
                </Dialog.Description>
              </div>
              <Dialog.Close className="sona-icon-button sona-simulator__close" aria-label={text.close}>
                <CloseIcon />
              </Dialog.Close>
            </header>
            <fieldset className="sona-simulator__modes">
              <legend className="sona-visually-hidden">{text.flowCall.modeLabel}</legend>
              <div className="sona-simulator__segmented">
                {(['step', 'incoming', 'tests'] as const).map((option) => (
                  <label key={option} className="sona-simulator__segment">
                    <input
                      type="radio"
                      name={`${id}-mode`}
                      value={option}
                      checked={mode === option}
                      onChange={() => choose(option)}
                    />
                    <span className="sona-simulator__mode-label">
                      {option === 'step'
                        ? text.flowCall.modeStep
                        : option === 'incoming'
                          ? text.flowCall.modeIncoming
                          : text.tests.modeTests}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            {savedNotice ? (
              <p className="sona-simulator__saved" role="status">
                <span>{savedNotice}</span>
                <button
                  type="button"
                  className="sona-button sona-button--ghost"
                  onClick={() => choose('tests')}
                >
                  {text.tests.modeTests}
                </button>
              </p>
            ) : null}
            {stepId ? (
              mode === 'tests' ? (
                <div className="sona-simulator__session">
                  <div className="sona-simulator__scroll">
                    <TestsView openTestId={openTestId} />
                  </div>
                </div>
              ) : mode === 'incoming' ? (
                <FlowCallSession inputRef={input} onSaveAsTest={(call) => saveCall(call)} />
              ) : (
                <SimulatorSession
                  stepId={stepId}
                  inputRef={input}
                  onSaveAsTest={(messages) => saveFromStep(stepId, messages)}
                />
              )
            ) : null}
            {saving ? (
              <SaveTestDialog
                open
                onOpenChange={(open) => {
                  if (!open) setSaving(null);
                }}
                initial={saving.initial}
                names={{ graph: draft, jobs, knowledge }}
                save={saveTest}
                {...(saving.note ? { note: saving.note } : {})}
                onSaved={(saved) =>
                  setSavedNotice(formatMessage(text.tests.saved, { name: isolate(saved.name) }))
                }
              />
            ) : null}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
