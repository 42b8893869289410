import { type Step, stepOutputs } from '@sona-designer/core';
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatMessage, outputLabel } from '../../i18n';
import { useFlow, useFlowStoreApi, useMessages } from '../../state';

interface Target {
  id: string;
  name: string;
}

/** Each output of the step with a "Goes to" select: the keyboard way to connect steps. */
export function StepOutputs({ step }: { step: Step }) {
  const messages = useMessages();
  const text = messages.inspector;
  const store = useFlowStoreApi();
  const readOnly = useFlow((state) => state.readOnly);
  const edges = useFlow(useShallow((state) => state.draft.edges.filter((edge) => edge.source === step.id)));
  // Flat [id, kind, title, …] so the list only changes when a step is added, removed or renamed.
  const flat = useFlow(
    useShallow((state) =>
      state.stepIds.flatMap((id) => {
        const other = state.stepsById[id];
        return other && id !== step.id && other.kind !== 'incoming-call' ? [id, other.kind, other.title] : [];
      }),
    ),
  );
  const headingId = useId();
  const outputs = stepOutputs(step);
  if (outputs.length === 0) return null;

  const targets: Target[] = [];
  const titles = new Map<string, number>();
  for (let i = 2; i < flat.length; i += 3)
    titles.set(flat[i] as string, (titles.get(flat[i] as string) ?? 0) + 1);
  for (let i = 0; i < flat.length; i += 3) {
    const [id, kind, title] = [flat[i], flat[i + 1], flat[i + 2]] as [string, Step['kind'], string];
    // Two steps with one title are told apart by their kind.
    const name = (titles.get(title) ?? 0) > 1 ? `${title} (${messages.stepKinds.kindLabel[kind]})` : title;
    targets.push({ id, name });
  }

  function choose(output: string, target: string) {
    const edge = edges.find((candidate) => candidate.output === output);
    const labels = messages.designer.historyLabels;
    if (target === '') {
      if (edge) store.getState().disconnect(edge.id, labels.disconnect);
    } else {
      store.getState().connect(step.id, output, target, labels.connect);
    }
  }

  return (
    <section className="sona-inspector__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="sona-inspector__heading">
        {text.outputsHeading}
      </h3>
      <p className="sona-field__hint">{text.outputsHint}</p>
      <ul className="sona-outputs">
        {outputs.map((output) => {
          const label = outputLabel(messages, output.id, output.label);
          const target = edges.find((edge) => edge.output === output.id)?.target ?? '';
          const known = target === '' || targets.some((candidate) => candidate.id === target);
          return (
            <li key={output.id} className="sona-outputs__row">
              <span className="sona-outputs__label">
                {label}
                {output.optional ? <span className="sona-outputs__optional"> · {text.optional}</span> : null}
              </span>
              <select
                className="sona-input"
                aria-label={formatMessage(text.outputGoesTo, { output: label })}
                value={target}
                disabled={readOnly}
                onChange={(event) => choose(output.id, event.target.value)}
              >
                <option value="">{text.nowhere}</option>
                {known ? null : <option value={target}>{target}</option>}
                {targets.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
