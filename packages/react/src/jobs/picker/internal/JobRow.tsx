import type { Job, UsagePlace } from '@sona-designer/core';
import { memo, useId } from 'react';
import { formatMessage, formatNumber, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import { JobsIcon } from '../../../ui';

export const ROW_HEIGHT = 76;

export interface JobRowProps {
  /** The freshest copy: the workspace's cached one when the job was edited since the page loaded. */
  job: Job;
  /** Where the job is used, once fetched. */
  usage: readonly UsagePlace[] | undefined;
  index: number;
  setSize: number;
  start: number;
  checked: boolean;
  disabled: boolean;
  flowId: string;
  stepId: string;
  onToggle(job: Job, checked: boolean): void;
  /** A click on a row that cannot be attached (the step is full): say why. */
  onRefused(): void;
}

/**
 * One job of the picker: a checkbox named by the job's name, its trigger on one line, and where else it is used.
 * Reads no store itself (the list passes what it needs), so rows mount and unmount cheaply as results change.
 */
export const JobRow = memo(function JobRow({
  job,
  usage,
  index,
  setSize,
  start,
  checked,
  disabled,
  flowId,
  stepId,
  onToggle,
  onRefused,
}: JobRowProps) {
  const { messages, locale } = useDesigner();
  const text = messages.jobPicker;
  const id = useId();

  let usageText = '';
  if (usage) {
    const others = usage.filter((place) => !(place.callFlowId === flowId && place.stepId === stepId));
    const flows = new Set(others.map((place) => place.callFlowId)).size;
    usageText =
      others.length === 0
        ? text.usageNone
        : formatMessage(text.usageElsewhere, {
            steps: formatMessage(selectPlural(locale, text.usageSteps, others.length), {
              count: formatNumber(locale, others.length),
            }),
            flows: formatMessage(selectPlural(locale, text.usageFlows, flows), {
              count: formatNumber(locale, flows),
            }),
          });
  }
  const trigger = job.trigger.trim();

  return (
    <li
      className="sona-job-row"
      data-checked={checked || undefined}
      data-disabled={disabled || undefined}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
    >
      {/* The label makes the whole row a click target; the checkbox's name stays the job's name alone. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a click on a disabled row explains the limit; keyboard users never reach disabled rows and read the same message in the status. */}
      <label
        className="sona-job-row__label"
        htmlFor={`${id}-box`}
        onClick={() => {
          if (disabled) onRefused();
        }}
      >
        <input
          id={`${id}-box`}
          type="checkbox"
          className="sona-job-row__box"
          data-index={index}
          checked={checked}
          disabled={disabled}
          aria-labelledby={`${id}-name`}
          aria-describedby={`${id}-trigger ${id}-usage`}
          onChange={(event) => onToggle(job, event.target.checked)}
        />
        <span className="sona-job-row__text">
          <span className="sona-job-row__top">
            <span id={`${id}-name`} className="sona-job-row__name" title={job.name}>
              {job.name}
            </span>
            {checked ? (
              <span className="sona-job-row__badge" aria-hidden="true">
                <JobsIcon name="check" size={12} />
                {text.attached}
              </span>
            ) : null}
          </span>
          <span
            id={`${id}-trigger`}
            className="sona-job-row__trigger"
            data-empty={!trigger || undefined}
            title={trigger || undefined}
          >
            {trigger ? (
              <>
                <span className="sona-job-row__trigger-label">{text.trigger}</span> <bdi>{trigger}</bdi>
              </>
            ) : (
              text.noTrigger
            )}
          </span>
          <span id={`${id}-usage`} className="sona-job-row__usage">
            {usageText}
          </span>
        </span>
      </label>
    </li>
  );
});
