import type { BusinessHoursStep, Job, KnowledgePage, PhoneMenuStep, TestCall } from '@sona-designer/core';
import { pathEdgeIds, simulateFlowCallSync } from '@sona-designer/core/simulator';
import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { formatMessage, isolate, provideEnglish, simulatorEn } from '../../../i18n';
import { useDesigner, useFlow, useFlowStoreApi } from '../../../state';
import {
  browserZone,
  QUICK_PICKS,
  type QuickPick,
  quickPickTime,
  toCallTime,
  wallTimeIn,
} from '../../../testCases';
import { describeFlowReason } from './describeFlowStep';
import { SimulatorIcon } from './icons';
import { Keypad } from './Keypad';
import { SimulatorSession } from './SimulatorSession';

// The mode's English texts come with the drawer's code.
provideEnglish('simulator', simulatorEn);

/** How long the path waits at each step before the next: the call is seen moving on the canvas. */
const STEP_DELAY_MS = 120;

const PICK_LABELS = {
  now: 'pickNow',
  weekday: 'pickWeekday',
  saturday: 'pickSaturday',
  christmas: 'pickChristmas',
  newYear: 'pickNewYear',
} as const;

export interface FlowCallSessionProps {
  /** The caller's message box once the call reaches a Sona step. */
  inputRef: RefObject<HTMLTextAreaElement | null>;
  /** Save as test: the call as placed so far, with what the caller said to Sona. */
  onSaveAsTest?(call: TestCall): void;
}

interface PlacedCall {
  /** Changes with every call placed from scratch: the path is revealed again from its start. */
  id: number;
  keys: string[];
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * "From the incoming call": the call comes in at a chosen moment (the business-hours step's zone decides open,
 * closed or holiday), walks the draft step by step with why, stops at a phone menu for the caller's key, and hands
 * over to the usual conversation at the Sona step it reaches. The canvas highlights the path as it goes.
 */
export function FlowCallSession({ inputRef, onSaveAsTest }: FlowCallSessionProps) {
  const { messages, locale, workspace, simulator } = useDesigner();
  const text = messages.simulator.flowCall;
  const store = useFlowStoreApi();
  const id = useId();
  const draft = useFlow((state) => state.draft);
  const hours = draft.steps.find((step): step is BusinessHoursStep => step.kind === 'business-hours');
  const zone = hours?.schedule.timeZone ?? browserZone();
  const jobs = useStore(workspace, (state) => state.jobs);
  const knowledge = useStore(workspace, (state) => state.knowledge);

  const [at, setAt] = useState(() => wallTimeIn(zone));
  const [callerNumber, setCallerNumber] = useState('');
  const [answered, setAnswered] = useState(false);
  const [placed, setPlaced] = useState<PlacedCall | null>(null);
  const [shown, setShown] = useState(0);
  // Sona finished its conversation by itself: the call goes on from its step with what the caller said there.
  const [finished, setFinished] = useState<{ stepId: string; keys: string; messages: string[] } | null>(null);
  const firstKeyRef = useRef<HTMLButtonElement>(null);
  const pathRef = useRef<HTMLOListElement>(null);
  // Set by a click (a quick pick, Place the call, a key), never by typing a date: focus then follows the call.
  const focusAfter = useRef<'placed' | 'key' | null>(null);

  const result = useMemo(() => {
    if (!placed) return null;
    return simulateFlowCallSync(
      draft,
      {
        at: toCallTime(at, zone) ?? at,
        callerNumber: callerNumber.trim(),
        keys: placed.keys,
        answered,
        messages: finished?.messages ?? [],
      },
      {
        jobs: Object.values(jobs).filter((job): job is Job => job !== undefined),
        knowledge: Object.values(knowledge).filter((page): page is KnowledgePage => page !== undefined),
      },
    );
  }, [placed, draft, at, zone, callerNumber, answered, jobs, knowledge, finished]);

  // Keys run out at the first menu that gets no input: the call waits there for the caller's key.
  const fullPath = result?.path ?? [];
  const waitIndex = fullPath.findIndex((step) => step.detail.code === 'menu-no-input');
  const path = waitIndex >= 0 ? fullPath.slice(0, waitIndex + 1) : fullPath;
  const visible = path.slice(0, shown);
  const revealed = result !== null && shown >= path.length;
  const waitingMenu =
    revealed && waitIndex >= 0
      ? (draft.steps.find((step) => step.id === path[waitIndex]?.stepId) as PhoneMenuStep | undefined)
      : undefined;
  // Once Sona finished, its conversation stays on screen while the path goes on below it.
  const sonaStepId =
    finished?.stepId ??
    (revealed && waitIndex < 0 && result?.outcome === 'in-conversation' ? result.ending.stepId : null);

  // The call moves one step at a time, so the canvas and screen readers follow it.
  useEffect(() => {
    if (shown >= path.length) return;
    if (reducedMotion()) {
      setShown(path.length);
      return;
    }
    const timer = setTimeout(() => setShown((count) => count + 1), STEP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [shown, path.length]);

  // The step just reached stays in sight, even when the path sits in a short panel above a conversation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each step reached (or the keypad appearing) scrolls.
  useEffect(() => {
    const list = pathRef.current;
    const target = list?.parentElement?.nextElementSibling?.matches('.sona-flow-call__keypad')
      ? list.parentElement.nextElementSibling
      : list?.lastElementChild;
    target?.scrollIntoView?.({ block: 'nearest' });
  }, [shown, waitIndex, revealed]);

  const visibleIds = visible.map((step) => step.stepId).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the visible steps, by id, are what the canvas shows.
  useEffect(() => {
    const stepIds = visible.map((step) => step.stepId);
    store.getState().showSimulatorPath(
      stepIds.length === 0
        ? null
        : {
            stepIds,
            edgeIds: pathEdgeIds(visible, draft.edges),
            currentStepId: stepIds[stepIds.length - 1] ?? null,
          },
    );
  }, [visibleIds, draft.edges, store]);
  useEffect(() => () => store.getState().showSimulatorPath(null), [store]);

  // After a key, focus goes where the call went: the next keypad, the message box, or the path.
  useEffect(() => {
    const cause = focusAfter.current;
    if (!revealed || !cause) return;
    focusAfter.current = null;
    if (waitingMenu) firstKeyRef.current?.focus();
    else if (sonaStepId) inputRef.current?.focus();
    else if (cause === 'key') pathRef.current?.focus();
  }, [revealed, waitingMenu, sonaStepId, inputRef]);

  function place(keys: string[] = []) {
    setFinished(null);
    setPlaced((previous) => ({ id: (previous?.id ?? 0) + 1, keys }));
    setShown(0);
  }

  function changeAt(next: string) {
    setAt(next);
    // Another moment is another call: from scratch.
    if (placed) place();
  }

  function pick(choice: QuickPick) {
    setAt(quickPickTime(choice, zone));
    focusAfter.current = 'placed';
    place();
  }

  function press(key: string) {
    if (!placed) return;
    focusAfter.current = 'key';
    setPlaced({ ...placed, keys: [...placed.keys, key] });
  }

  const last = visible[visible.length - 1];
  const announcement = last
    ? `${formatMessage(text.reached, { index: visible.length, step: last.title })}. ${
        waitingMenu && shown === path.length
          ? text.waitingKey
          : describeFlowReason(last.detail, messages, locale)
      }`
    : '';
  const options: Record<string, string> = {};
  for (const option of waitingMenu?.options ?? []) options[option.digit] = option.label;

  const panel = (
    <div className="sona-flow-call" data-conversation={sonaStepId ? true : undefined}>
      <div className="sona-flow-call__setup">
        <div className="sona-simulator__setup-field sona-flow-call__when">
          <label className="sona-simulator__label" htmlFor={`${id}-at`}>
            {text.whenLabel}
          </label>
          <input
            id={`${id}-at`}
            className="sona-simulator__select sona-flow-call__input"
            type="datetime-local"
            value={at}
            aria-describedby={`${id}-zone`}
            onChange={(event) => changeAt(event.target.value)}
          />
        </div>
        <div className="sona-simulator__setup-field sona-flow-call__number">
          <label className="sona-simulator__label" htmlFor={`${id}-number`}>
            {text.callerNumber}
          </label>
          <input
            id={`${id}-number`}
            className="sona-simulator__select sona-flow-call__input"
            type="tel"
            value={callerNumber}
            autoComplete="off"
            placeholder="+1 514 555 0100"
            aria-describedby={`${id}-number-hint`}
            onChange={(event) => setCallerNumber(event.target.value)}
          />
        </div>
        <p id={`${id}-zone`} className="sona-simulator__hint sona-flow-call__wide">
          {hours
            ? formatMessage(text.zoneHint, { zone, step: isolate(hours.title) })
            : formatMessage(text.zoneHintNoHours, { zone })}
        </p>
        <p id={`${id}-number-hint`} className="sona-visually-hidden">
          {text.callerNumberHint}
        </p>
        <fieldset className="sona-flow-call__picks sona-flow-call__wide">
          <legend className="sona-visually-hidden">{text.quickPicks}</legend>
          {QUICK_PICKS.map((choice) => (
            <button
              key={choice}
              type="button"
              className="sona-button sona-flow-call__pick"
              onClick={() => pick(choice)}
            >
              {text[PICK_LABELS[choice]]}
            </button>
          ))}
        </fieldset>
        <label className="sona-flow-call__switch sona-flow-call__wide">
          <input
            type="checkbox"
            role="switch"
            checked={answered}
            aria-checked={answered}
            aria-describedby={`${id}-answered`}
            onChange={(event) => {
              setAnswered(event.target.checked);
              if (placed) place();
            }}
          />
          <span>{text.answered}</span>
        </label>
        <p id={`${id}-answered`} className="sona-visually-hidden">
          {text.answeredHint}
        </p>
      </div>
      {result ? (
        <section className="sona-flow-call__path" aria-labelledby={`${id}-path`}>
          <h3 id={`${id}-path`} className="sona-flow-call__path-title">
            {text.pathTitle}
            {revealed && !waitingMenu ? (
              <span className="sona-flow-call__outcome" data-outcome={result.outcome}>
                {text.outcomes[result.outcome]}
              </span>
            ) : null}
          </h3>
          <ol ref={pathRef} className="sona-flow-call__steps" tabIndex={-1} aria-labelledby={`${id}-path`}>
            {visible.map((step, index) => {
              const waiting = waitingMenu !== undefined && index === waitIndex;
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: a step can come twice on a path (a menu replayed).
                  key={`${index}-${step.stepId}`}
                  className="sona-flow-call__step"
                  data-kind={step.kind}
                  data-current={index === visible.length - 1 ? true : undefined}
                >
                  <bdi className="sona-flow-call__step-title">{step.title}</bdi>
                  <span className="sona-flow-call__reason">
                    {waiting ? text.waitingKey : describeFlowReason(step.detail, messages, locale)}
                  </span>
                </li>
              );
            })}
          </ol>
          {result.path.length === 0 ? (
            <p className="sona-flow-call__reason">
              {describeFlowReason(result.ending.detail, messages, locale)}
            </p>
          ) : null}
        </section>
      ) : null}
      {waitingMenu ? <Keypad options={options} onPress={press} firstKeyRef={firstKeyRef} /> : null}
      <p className="sona-visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );

  const placedCall = (messages: string[]): TestCall => ({
    at: toCallTime(at, zone) ?? at,
    callerNumber: callerNumber.trim(),
    keys: placed?.keys ?? [],
    answered,
    messages,
  });

  if (sonaStepId && placed) {
    return (
      <SimulatorSession
        {...(onSaveAsTest
          ? { onSaveAsTest: (messages: string[]) => onSaveAsTest(placedCall(messages)) }
          : {})}
        key={`${placed.id}|${finished?.keys ?? placed.keys.join('')}|${sonaStepId}`}
        {...(simulator === null
          ? {
              // The walk after Sona uses the local engine: with a host's engine, the call stays at its Sona step.
              onSonaFinished: (said: string[]) =>
                setFinished({ stepId: sonaStepId, keys: placed.keys.join(''), messages: said }),
            }
          : {})}
        stepId={sonaStepId}
        inputRef={inputRef}
        setup={panel}
      />
    );
  }
  return (
    <div className="sona-simulator__session">
      <div className="sona-simulator__scroll">{panel}</div>
      <div className="sona-simulator__footer">
        <button
          type="button"
          className="sona-button sona-button--primary"
          onClick={() => {
            focusAfter.current = 'placed';
            place();
          }}
        >
          <SimulatorIcon name={placed ? 'restart' : 'phone'} />
          {placed ? text.restart : text.start}
        </button>
        {onSaveAsTest && revealed && !waitingMenu ? (
          <button
            type="button"
            className="sona-button sona-simulator__save-test"
            onClick={() => onSaveAsTest(placedCall([]))}
          >
            <SimulatorIcon name="summary" />
            {messages.simulator.tests.saveAsTest}
          </button>
        ) : null}
      </div>
    </div>
  );
}
