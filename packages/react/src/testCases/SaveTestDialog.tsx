import * as Dialog from '@radix-ui/react-dialog';
import { type Expectation, isDesignerError, type TestCase, type TestCaseInput } from '@sona-designer/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { errorText, formatMessage, provideEnglish, simulatorEn, type TestsMessages } from '../i18n';
import { useDesigner } from '../state';
import { CloseIcon, EditorDialog, SpinnerIcon } from '../ui';
import { describeCall, describeExpectation, type NameLookup } from './internal/describeTest';

// The dialog's texts travel with the drawer's (the `simulator` section).
provideEnglish('simulator', simulatorEn);

/** The longest test name and expected reply text the adapter takes (`TestCaseInputSchema`). */
const MAX_NAME = 120;
const MAX_REPLY_TEXT = 500;

/** The label of a check's text field: what the SMS, the transfer's target or Sona's reply must contain. */
function checkTextLabel(expectation: Expectation, text: TestsMessages): string {
  if (expectation.kind === 'reply-contains') return text.checkTextReply;
  return expectation.kind === 'action-fires' && expectation.action === 'transfer'
    ? text.checkTextTransfer
    : text.checkTextSms;
}

/** The text field under a kept check that compares with a text, with its hint or its error. */
function CheckText({
  id,
  inputRef,
  label,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  inputRef(input: HTMLInputElement | null): void;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  value: string;
  onChange(value: string): void;
}) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="sona-save-test__check-text">
      <label className="sona-simulator__label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="sona-simulator__input sona-save-test__name"
        value={value}
        maxLength={MAX_REPLY_TEXT}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="sona-save-test__field-error">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="sona-simulator__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Props of `SaveTestDialog`. */
export interface SaveTestDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The test to save: a call with expectations pre-filled from what happened (`testCaseFromCall`), or a saved test. */
  initial: TestCaseInput | TestCase;
  /** Set when editing a saved test: saving updates it (with its version) instead of creating one. */
  existing?: TestCase;
  /** Titles of the steps, jobs and pages the expectations name. */
  names: NameLookup;
  /**
   * Writes the test through the adapter: creates it, or updates `existing` at `version` (the flow's suite does both
   * and runs the saved test at once). Rejects with the adapter's `DesignerError`.
   */
  save(input: TestCaseInput, existing: TestCase | undefined, version: number): Promise<TestCase>;
  /** After a save, with the saved test (the drawer then shows it among the tests). */
  onSaved?(testCase: TestCase): void;
  /** A note above the checks, e.g. that the recorded call's step is no longer reached. */
  note?: string;
}

function sameChecks(a: readonly boolean[]): boolean {
  return a.every(Boolean);
}

/** The text a check compares with, for the checks that have one (an SMS's text, a transfer's target, a reply). */
function checkText(expectation: Expectation): string | undefined {
  if (expectation.kind === 'action-fires') return expectation.contains;
  if (expectation.kind === 'reply-contains') return expectation.text;
  return undefined;
}

/** The check with its text replaced by what the person typed (trimmed). */
function withText(expectation: Expectation, typed: string | undefined): Expectation {
  if (typed === undefined) return expectation;
  if (expectation.kind === 'action-fires') return { ...expectation, contains: typed.trim() };
  if (expectation.kind === 'reply-contains') return { ...expectation, text: typed.trim() };
  return expectation;
}

/**
 * "Save as test": names the test and chooses what it checks, among the expectations pre-filled from the call (the
 * step reached, each job fired at its turn, pages quoted, actions, the outcome). The test is saved through the
 * adapter and joins the flow's suite, which runs it after every edit. A failed save keeps everything typed; closing
 * with changes asks first.
 */
export function SaveTestDialog({
  open,
  onOpenChange,
  initial,
  existing,
  names,
  save,
  onSaved,
  note,
}: SaveTestDialogProps) {
  const { messages, locale, readOnly } = useDesigner();
  const text = messages.simulator.tests;
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [checked, setChecked] = useState<boolean[]>(() => initial.expectations.map(() => true));
  // What each check with a text compares with, as typed (undefined for the checks without one).
  const [texts, setTexts] = useState<(string | undefined)[]>(() => initial.expectations.map(checkText));
  // The index of a kept reply check left empty: it would match any reply, so it is refused.
  const [emptyReply, setEmptyReply] = useState<number | null>(null);
  const textRefs = useRef<(HTMLInputElement | null)[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  // After a conflict, the version to overwrite knowingly on the next save.
  const [version, setVersion] = useState(existing?.version ?? 0);
  const nameRef = useRef<HTMLInputElement>(null);
  // A check of the person's own: a text Sona must say somewhere in the call (e.g. a price, an opening hour).
  const [says, setSays] = useState('');
  const expectations: Expectation[] = [
    ...initial.expectations
      .map((expectation, index) => withText(expectation, texts[index]))
      .filter((_, index) => checked[index]),
    ...(says.trim() ? [{ kind: 'reply-contains' as const, text: says.trim() }] : []),
  ];
  const changed =
    name !== initial.name ||
    !sameChecks(checked) ||
    says.trim() !== '' ||
    texts.some((typed, index) => typed !== checkText(initial.expectations[index] as Expectation));

  useEffect(() => {
    if (open) requestAnimationFrame(() => nameRef.current?.select());
  }, [open]);

  async function submit(event: FormEvent, done: () => void) {
    event.preventDefault();
    if (saving) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(text.nameRequired);
      nameRef.current?.focus();
      return;
    }
    if (expectations.length === 0) {
      setError(text.noChecks);
      return;
    }
    const empty = initial.expectations.findIndex(
      (expectation, index) =>
        checked[index] && expectation.kind === 'reply-contains' && !texts[index]?.trim(),
    );
    if (empty >= 0) {
      setEmptyReply(empty);
      textRefs.current[empty]?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    setNameError(null);
    try {
      const saved = await save(
        { callFlowId: initial.callFlowId, name: trimmed, call: initial.call, expectations },
        existing,
        version,
      );
      setSaving(false);
      done();
      onSaved?.(saved);
    } catch (failure) {
      setSaving(false);
      if (isDesignerError(failure, 'CONFLICT')) {
        const current = failure.current as TestCase | undefined;
        if (current) setVersion(current.version);
        setError(text.saveConflict);
      } else if (isDesignerError(failure, 'VALIDATION') && failure.fieldErrors.name) {
        setNameError(failure.fieldErrors.name);
        nameRef.current?.focus();
      } else {
        setError(formatMessage(text.saveFailed, { message: errorText(messages, failure) }));
      }
    }
  }

  return (
    <EditorDialog
      open={open}
      onOpenChange={onOpenChange}
      className="sona-save-test"
      describedBy={`${id}-description`}
      discardMessages={text}
    >
      {({ changesRef, onDone, onCancel }) => {
        changesRef.current = () => changed;
        return (
          <form className="sona-save-test__form" onSubmit={(event) => void submit(event, onDone)} noValidate>
            <div className="sona-modal__header">
              <Dialog.Title className="sona-modal__title">
                {existing ? text.editTitle : text.saveTitle}
              </Dialog.Title>
              <button
                type="button"
                className="sona-icon-button sona-save-test__close"
                aria-label={text.cancel}
                onClick={onCancel}
              >
                <CloseIcon />
              </button>
            </div>
            <div className="sona-save-test__body">
              <Dialog.Description id={`${id}-description`} className="sona-save-test__description">
                {text.saveDescription}
              </Dialog.Description>
              <p className="sona-save-test__call">{describeCall(initial.call, text, locale)}</p>
              <div className="sona-save-test__field">
                <label className="sona-simulator__label" htmlFor={`${id}-name`}>
                  {text.name}
                </label>
                <input
                  ref={nameRef}
                  id={`${id}-name`}
                  className="sona-simulator__input sona-save-test__name"
                  value={name}
                  maxLength={MAX_NAME}
                  required
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? `${id}-name-error` : undefined}
                  onChange={(event) => {
                    setName(event.target.value);
                    setNameError(null);
                  }}
                />
                {nameError ? (
                  <p id={`${id}-name-error`} className="sona-save-test__field-error">
                    {nameError}
                  </p>
                ) : null}
              </div>
              {note ? <p className="sona-save-test__note">{note}</p> : null}
              <fieldset className="sona-save-test__checks" aria-describedby={`${id}-checks-hint`}>
                <legend className="sona-simulator__label">{text.checksLegend}</legend>
                <p id={`${id}-checks-hint`} className="sona-simulator__hint">
                  {text.checksHint}
                </p>
                {initial.expectations.map((expectation, index) => {
                  const typed = texts[index];
                  const edited = withText(expectation, typed);
                  const textId = `${id}-check-${index}`;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: expectations have no id; their order is fixed.
                    <div key={index} className="sona-save-test__check-row">
                      <label className="sona-save-test__check">
                        <input
                          type="checkbox"
                          checked={checked[index] ?? false}
                          onChange={(event) => {
                            const next = [...checked];
                            next[index] = event.target.checked;
                            setChecked(next);
                            setError(null);
                            if (emptyReply === index) setEmptyReply(null);
                          }}
                        />
                        <span>{describeExpectation(edited, text, names)}</span>
                      </label>
                      {typed !== undefined && checked[index] ? (
                        <CheckText
                          id={textId}
                          inputRef={(input) => {
                            textRefs.current[index] = input;
                          }}
                          label={checkTextLabel(expectation, text)}
                          hint={expectation.kind === 'reply-contains' ? undefined : text.checkTextAnyHint}
                          error={emptyReply === index ? text.checkTextRequired : undefined}
                          value={typed}
                          onChange={(value) => {
                            const next = [...texts];
                            next[index] = value;
                            setTexts(next);
                            setError(null);
                            if (emptyReply === index) setEmptyReply(null);
                          }}
                        />
                      ) : null}
                    </div>
                  );
                })}
                <div className="sona-save-test__field sona-save-test__says">
                  <label className="sona-simulator__label" htmlFor={`${id}-says`}>
                    {text.addReplyCheck}
                  </label>
                  <input
                    id={`${id}-says`}
                    className="sona-simulator__input sona-save-test__name"
                    value={says}
                    maxLength={MAX_REPLY_TEXT}
                    placeholder={text.addReplyPlaceholder}
                    aria-describedby={`${id}-says-hint`}
                    onChange={(event) => {
                      setSays(event.target.value);
                      setError(null);
                    }}
                  />
                  <p id={`${id}-says-hint`} className="sona-simulator__hint">
                    {text.addReplyHint}
                  </p>
                </div>
              </fieldset>
              {error ? (
                <p className="sona-save-test__error" role="alert">
                  {error}
                </p>
              ) : null}
            </div>
            <div className="sona-modal__footer sona-save-test__footer">
              <button type="button" className="sona-button" onClick={onCancel}>
                {text.cancel}
              </button>
              <button
                type="submit"
                className="sona-button sona-button--primary"
                disabled={saving || readOnly}
              >
                {saving ? <SpinnerIcon /> : null}
                {saving ? text.saving : text.save}
              </button>
            </div>
          </form>
        );
      }}
    </EditorDialog>
  );
}
