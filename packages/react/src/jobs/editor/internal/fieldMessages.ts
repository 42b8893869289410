import { actionWarnings, graphemeLength, type JobTextField, LIMITS, parseActions } from '@sona-designer/core';
import type { JobEditorMessages, Locale } from '../../../i18n';
import { formatMessage, formatNumber } from '../../../i18n';
import { stored } from '../../../records';

export const FIELD_LIMITS: Record<JobTextField, number> = {
  name: LIMITS.jobName,
  description: LIMITS.jobDescription,
  trigger: LIMITS.jobTrigger,
  instructions: LIMITS.jobInstructions,
};

// Control characters except tab and newline, as the core refuses them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const FORBIDDEN_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/**
 * The core's message for a field, in the catalogue's words: the core checks the value (through the form's zod
 * resolver) and says which field is wrong; the catalogue says it in the person's language, in the same order the
 * core reports problems (required, control character, line break, length).
 */
export function fieldMessage(
  field: JobTextField,
  value: string,
  text: JobEditorMessages,
  locale: Locale,
): string | undefined {
  const label = text.fields[field];
  const clean = stored(value);
  if (clean.length === 0) {
    return field === 'name' || field === 'instructions' ? text.errors.required[field] : undefined;
  }
  const control = FORBIDDEN_CONTROL.exec(clean);
  if (control) return formatMessage(text.errors.control, { label, position: control.index + 1 });
  if (field === 'name' && clean.includes('\n')) return formatMessage(text.errors.singleLine, { label });
  const length = graphemeLength(clean);
  const max = FIELD_LIMITS[field];
  if (length > max) {
    return formatMessage(text.errors.tooLong, {
      label,
      length: formatNumber(locale, length),
      max: formatNumber(locale, max),
      over: formatNumber(locale, length - max),
    });
  }
  return undefined;
}

export interface InstructionWarning {
  line: number;
  message: string;
}

/** The core's `actionWarnings`, in the catalogue's words. */
export function instructionWarnings(instructions: string, text: JobEditorMessages): InstructionWarning[] {
  const warnings = actionWarnings(instructions);
  if (warnings.length === 0) return [];
  const actions = parseActions(instructions);
  const firstTransfer = actions.find((match) => match.action.type === 'transfer');
  return warnings.map(({ line, code }) => {
    if (code === 'AFTER_TRANSFER') {
      return {
        line,
        message: formatMessage(text.warnAfterTransfer, { line, transferLine: firstTransfer?.line ?? line }),
      };
    }
    const action = actions.find((match) => match.line === line)?.action;
    return {
      line,
      message: formatMessage(action?.type === 'sms' ? text.warnEmptySms : text.warnEmptyTransfer, { line }),
    };
  });
}
