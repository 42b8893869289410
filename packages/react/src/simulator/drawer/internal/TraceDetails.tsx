import type { TurnTrace } from '@sona-designer/core';
import type { ReactNode } from 'react';
import { formatMessage } from '../../../i18n';
import { useDesigner } from '../../../state';
import { describeAction, formatPercent, formatScore } from './describeAction';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sona-trace__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Why Sona said what it said: the job and how sure, the runner-up, the instruction, knowledge, actions, words. */
export function TraceDetails({ trace, id }: { trace: TurnTrace; id: string }) {
  const { messages, locale } = useDesigner();
  const text = messages.simulator;
  const none = <span className="sona-trace__none">{text.traceNone}</span>;
  const collected = Object.entries(trace.collected);

  return (
    <div id={id} className="sona-trace">
      {trace.reason.explanation ? <p className="sona-trace__why">{trace.reason.explanation}</p> : null}
      <dl className="sona-trace__list">
        <Row label={text.traceJob}>
          {trace.job ? (
            <>
              <strong>
                <bdi>{trace.job.name}</bdi>
              </strong>
              <span className="sona-trace__meta">
                {formatMessage(text.traceConfidence, {
                  percent: formatPercent(locale, trace.job.confidence),
                })}
                {' · '}
                {trace.routed ? text.traceChosen : text.traceContinued}
              </span>
            </>
          ) : (
            <span className="sona-trace__none">{text.traceNoJob}</span>
          )}
        </Row>
        {trace.heard ? <Row label={text.traceHeard}>{trace.heard.label[locale]}</Row> : null}
        <Row label={text.traceRunnerUp}>
          {trace.runnerUp ? (
            <>
              <bdi>{trace.runnerUp.name}</bdi>
              <span className="sona-trace__meta">
                {formatMessage(text.traceScore, { score: formatScore(locale, trace.runnerUp.score) })}
              </span>
            </>
          ) : (
            none
          )}
        </Row>
        <Row label={text.traceInstruction}>
          {trace.instruction ? (
            <>
              <span className="sona-trace__meta">
                {formatMessage(text.traceInstructionStep, {
                  index: trace.instruction.index,
                  count: trace.instruction.count,
                })}
              </span>
              <q className="sona-trace__quote">
                <bdi>{trace.instruction.text}</bdi>
              </q>
            </>
          ) : (
            none
          )}
        </Row>
        <Row label={text.traceKnowledge}>
          {trace.knowledge ? (
            <>
              <strong>
                <bdi>{trace.knowledge.title}</bdi>
              </strong>
              <blockquote className="sona-trace__passage">{trace.knowledge.passage}</blockquote>
            </>
          ) : (
            none
          )}
        </Row>
        <Row label={text.traceActions}>
          {trace.actions.length > 0 ? (
            <ul className="sona-trace__actions">
              {trace.actions.map((action, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same action may fire twice in one turn.
                <li key={index} data-type={action.type}>
                  {describeAction(text, action)}
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Row>
        {collected.length > 0 ? (
          <Row label={text.traceCollected}>
            <ul className="sona-trace__collected">
              {collected.map(([field, value]) => (
                <li key={field}>
                  <bdi className="sona-trace__field">{field}</bdi> <bdi>{value}</bdi>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        <Row label={text.traceMatched}>
          {trace.reason.matchedWords.length > 0 ? (
            <ul className="sona-trace__words">
              {trace.reason.matchedWords.map((word) => (
                <li key={word} className="sona-trace__word">
                  <bdi>{word}</bdi>
                </li>
              ))}
            </ul>
          ) : (
            <span className="sona-trace__none">{text.traceNoWords}</span>
          )}
        </Row>
      </dl>
    </div>
  );
}
