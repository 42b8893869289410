import * as Dialog from '@radix-ui/react-dialog';
import { useId, useRef, useState } from 'react';
import { provideEnglish, simulatorEn } from '../../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../../state';
import { CloseIcon, useFocusReturn, usePortalContainer, withClassName } from '../../ui';
import { FlowCallSession } from './internal/FlowCallSession';
import { SimulatorIcon } from './internal/icons';
import { SimulatorSession } from './internal/SimulatorSession';

// The drawer's English texts come with its code, not with the package's first download.
provideEnglish('simulator', simulatorEn);

type CallMode = 'step' | 'incoming';

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
                {(['step', 'incoming'] as const).map((option) => (
                  <label key={option} className="sona-simulator__segment">
                    <input
                      type="radio"
                      name={`${id}-mode`}
                      value={option}
                      checked={mode === option}
                      onChange={() => {
                        rememberedModes.set(store, option);
                        setMode(option);
                      }}
                    />
                    <span className="sona-simulator__mode-label">
                      {option === 'step' ? text.flowCall.modeStep : text.flowCall.modeIncoming}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            {stepId ? (
              mode === 'incoming' ? (
                <FlowCallSession inputRef={input} />
              ) : (
                <SimulatorSession stepId={stepId} inputRef={input} />
              )
            ) : null}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
