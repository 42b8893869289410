import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { formatMessage, formatNumber, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import { useStepRouter } from '../../useStepRouter';
import { MAX_BATCH_SENTENCES, parseSentences, runBatch } from '../batchRun';
import { BatchResults } from './BatchResults';

export interface BatchPanelProps {
  stepId: string;
}

interface Run {
  /** The text as it was when run, to tell when the results no longer match it. */
  text: string;
  sentences: string[];
}

/** The open "Batch test" section: the sentences, Run, and the results (loaded when the section first opens). */
export function BatchPanel({ stepId }: BatchPanelProps) {
  const { messages, locale } = useDesigner();
  const text = messages.batchCoverage;
  const [draft, setDraft] = useState('');
  const [run, setRun] = useState<Run | null>(null);
  const [askedEmpty, setAskedEmpty] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;

  const { jobs, router, jobsById } = useStepRouter(stepId);
  // Results follow the jobs live (an edited trigger, a job attached meanwhile) but keep the sentences of the run.
  const outcome = useMemo(
    () =>
      run
        ? runBatch(
            run.sentences,
            jobs.map((job) => job.id),
            (sentence) => router.route(sentence),
          )
        : null,
    [run, jobs, router],
  );

  const sentences = useMemo(() => parseSentences(draft), [draft]);
  const extra = sentences.length - MAX_BATCH_SENTENCES;
  const problem =
    extra > 0
      ? formatMessage(selectPlural(locale, text.tooMany, extra), {
          max: formatNumber(locale, MAX_BATCH_SENTENCES),
          count: formatNumber(locale, sentences.length),
          extra: formatNumber(locale, extra),
        })
      : askedEmpty && sentences.length === 0
        ? text.noSentences
        : null;

  function start() {
    if (sentences.length === 0 || extra > 0) {
      setAskedEmpty(sentences.length === 0);
      inputRef.current?.focus();
      return;
    }
    setAskedEmpty(false);
    setRun({ text: draft, sentences });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      start();
    }
  }

  return (
    <>
      <div className="sona-field">
        <label className="sona-field__label" htmlFor={inputId}>
          {text.sentencesLabel}
        </label>
        <p id={hintId} className="sona-field__hint">
          {text.hint}
        </p>
        <textarea
          ref={inputRef}
          id={inputId}
          className="sona-batch__input"
          rows={6}
          value={draft}
          placeholder={text.placeholder}
          aria-describedby={[problem ? errorId : null, hintId, countId].filter(Boolean).join(' ')}
          aria-invalid={problem ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setDraft(event.target.value);
            setAskedEmpty(false);
          }}
          onKeyDown={onKeyDown}
        />
        <div className="sona-batch__bar">
          <span id={countId} className="sona-batch__count" data-over={extra > 0 || undefined}>
            {formatMessage(selectPlural(locale, text.count, sentences.length), {
              count: formatNumber(locale, sentences.length),
            })}
          </span>
          <button type="button" className="sona-button sona-button--primary" onClick={start}>
            {text.run}
          </button>
        </div>
        {problem ? (
          <p id={errorId} className="sona-field__error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      {run && outcome ? (
        <BatchResults outcome={outcome} stale={run.text !== draft} jobsById={jobsById} />
      ) : null}
    </>
  );
}
