import { CALL_OUTCOMES, type CallFlowSummaryRow, type CallOutcome } from '@sona-designer/core';
import type { ReactNode } from 'react';
import type { CallSummariesMessages } from '../../i18n';
import type { SummaryFilters } from './filters';
import type { SonaStepOption } from './useFlowCatalog';

export interface JobOption {
  id: string;
  name: string;
}

export interface SummaryFilterBarProps {
  filters: SummaryFilters;
  onChange(filters: SummaryFilters): void;
  flows: CallFlowSummaryRow[];
  stepsOf(flowId: string): SonaStepOption[] | undefined;
  jobs: JobOption[];
  /** Shown when the filters differ from where the list started. */
  onClear: (() => void) | null;
  text: CallSummariesMessages;
}

function stepValue(flowId: string, stepId: string): string {
  return JSON.stringify([flowId, stepId]);
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  children: ReactNode;
}) {
  return (
    <label className="sona-calls__filter">
      <span className="sona-calls__filter-label">{label}</span>
      <select className="sona-calls__select" value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </label>
  );
}

/**
 * The filters of the calls. A step belongs to one flow, so its options are grouped by flow, and picking a step
 * also picks its flow.
 */
export function SummaryFilterBar({
  filters,
  onChange,
  flows,
  stepsOf,
  jobs,
  onClear,
  text,
}: SummaryFilterBarProps) {
  const stepFlows = filters.callFlowId ? flows.filter((flow) => flow.id === filters.callFlowId) : flows;
  const selectedFlowKnown = !filters.callFlowId || flows.some((flow) => flow.id === filters.callFlowId);
  const selectedStepKnown =
    !filters.stepId || (stepsOf(filters.callFlowId) ?? []).some((step) => step.id === filters.stepId);
  const selectedJobKnown = !filters.jobId || jobs.some((job) => job.id === filters.jobId);

  return (
    <fieldset className="sona-calls__filters">
      <legend className="sona-visually-hidden">{text.filtersLabel}</legend>
      <Select
        label={text.flowFilter}
        value={filters.callFlowId}
        onChange={(callFlowId) => onChange({ ...filters, callFlowId, stepId: '' })}
      >
        <option value="">{text.allFlows}</option>
        {flows.map((flow) => (
          <option key={flow.id} value={flow.id}>
            {flow.name}
          </option>
        ))}
        {selectedFlowKnown ? null : <option value={filters.callFlowId}>{filters.callFlowId}</option>}
      </Select>
      <Select
        label={text.stepFilter}
        value={filters.stepId ? stepValue(filters.callFlowId, filters.stepId) : ''}
        onChange={(value) => {
          if (value === '') return onChange({ ...filters, stepId: '' });
          const [callFlowId = '', stepId = ''] = JSON.parse(value) as string[];
          onChange({ ...filters, callFlowId, stepId });
        }}
      >
        <option value="">{text.allSteps}</option>
        {stepFlows.map((flow) => {
          const steps = stepsOf(flow.id) ?? [];
          if (steps.length === 0) return null;
          return (
            <optgroup key={flow.id} label={flow.name}>
              {steps.map((step) => (
                <option key={step.id} value={stepValue(flow.id, step.id)}>
                  {step.title}
                </option>
              ))}
            </optgroup>
          );
        })}
        {selectedStepKnown ? null : (
          <option value={stepValue(filters.callFlowId, filters.stepId)}>{filters.stepId}</option>
        )}
      </Select>
      <Select
        label={text.jobFilter}
        value={filters.jobId}
        onChange={(jobId) => onChange({ ...filters, jobId })}
      >
        <option value="">{text.allJobs}</option>
        {jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {job.name}
          </option>
        ))}
        {selectedJobKnown ? null : <option value={filters.jobId}>{text.deletedJob}</option>}
      </Select>
      <Select
        label={text.sourceFilter}
        value={filters.source}
        onChange={(source) => onChange({ ...filters, source: source as SummaryFilters['source'] })}
      >
        <option value="">{text.allSources}</option>
        <option value="draft">{text.draft}</option>
        <option value="published">{text.published}</option>
      </Select>
      <Select
        label={text.outcomeFilter}
        value={filters.outcome}
        onChange={(outcome) => onChange({ ...filters, outcome: outcome as CallOutcome | '' })}
      >
        <option value="">{text.allOutcomes}</option>
        {CALL_OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {text.outcomes[outcome]}
          </option>
        ))}
      </Select>
      {onClear ? (
        <button type="button" className="sona-button sona-calls__clear" onClick={onClear}>
          {text.clearFilters}
        </button>
      ) : null}
    </fieldset>
  );
}
