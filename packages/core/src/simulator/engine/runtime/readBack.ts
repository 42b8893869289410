import type { FieldSpec } from '../language/answerValues';
import { foldedPhrase } from '../language/foldedPhrase';
import type { StepPart } from '../script/stepPart';
import { phrases, type TurnContext, termsOf } from './turnContext';

function digitByDigit(value: string): string {
  return (value.match(/\d/g) ?? []).join(' ');
}

/** The collected fields a read-back names, else every field when it says "all", else the last answer. */
export function fieldsToReadBack(context: TurnContext, part: StepPart): FieldSpec[] {
  const { memory, state } = context;
  const clauseTerms = new Set(termsOf(part.clause, context));
  // "Read the message back" names the field "message"; "Read back the service and both times" names them by words.
  const exact = memory.jobFields.filter((label) => part.fields.some((field) => field.label === label));
  const named =
    exact.length > 0
      ? exact
      : memory.jobFields.filter((label) => termsOf(label, context).some((term) => clauseTerms.has(term)));
  const everything = /\b(?:all|every|everything|details|tout|toutes|tous|informations)\b/.test(
    foldedPhrase(part.clause),
  );
  const labels = named.length > 0 ? named : everything ? memory.jobFields : memory.lastFields;
  return (
    labels
      .map((label) => ({ label, type: memory.fieldTypes[label] ?? 'text' }))
      // A "yes, this number" stands for a number the simulation never sees: nothing to read back.
      .filter(({ label, type }) => {
        const value = state.collected[label];
        return value !== undefined && (type !== 'phone' || /\d/.test(value));
      })
  );
}

export function readBack(context: TurnContext, part: StepPart | null, fields: readonly FieldSpec[]): string {
  const digits = part ? /\b(?:digit|chiffre)/.test(foldedPhrase(part.clause)) : false;
  const values = fields.map(({ label, type }) => {
    const value = context.state.collected[label] ?? '';
    return digits && type === 'phone' ? digitByDigit(value) : value;
  });
  return phrases(context).readBack(values);
}
