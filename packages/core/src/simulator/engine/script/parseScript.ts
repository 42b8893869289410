import { type JobAction, parseActions } from '../../../actions';
import { foldedWords } from '../../../routing/analyseText';
import type { RoutingLocale } from '../../../routing/locale';
import { guessLocale } from '../../../routing/stopWords';
import { normalizeNewlines } from '../../../text';
import { firstWord, verbKind } from '../language/verbs';
import { clauseToPart, mergeParts } from './clauseParts';
import { splitClauses } from './clauses';
import { type StepCondition, splitCondition } from './conditions';
import type { StepPart } from './stepPart';

/** One instruction of a job, ready to perform. */
export interface ScriptStep {
  /** 0-based position in the script. */
  index: number;
  /** The instruction as written, action tokens included. */
  text: string;
  condition: StepCondition | null;
  /** What Sona does, in order; empty for guidance Sona follows silently ("Never ask for card numbers"). */
  parts: StepPart[];
  /** Action tokens of the instruction, in order. */
  actions: JobAction[];
}

export interface Script {
  /** The language the instructions are written in: Sona's words come from them. */
  locale: RoutingLocale;
  steps: ScriptStep[];
}

const MARKER = /^\s*(?:\d{1,3}[.)]|[-*•]|step\s+\d{1,3}\s*[:.)-]?)\s+/i;
// Sentences end at . ! ? followed by a space; "8:00" or "$1,500" do not end one.
const SENTENCE_END = /(?<=[.!?])\s+(?=["“«(\p{Lu}])/u;

/** Numbered or bulleted lines start steps (a line without a marker continues the step above); else one per line. */
export function splitInstructions(instructions: string): string[] {
  const lines = normalizeNewlines(instructions)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const marked = lines.some((line) => MARKER.test(line));
  const steps: string[] = [];
  for (const line of lines) {
    if (!marked || MARKER.test(line) || steps.length === 0) steps.push(line.replace(MARKER, ''));
    else steps[steps.length - 1] = `${steps[steps.length - 1]} ${line}`;
  }
  return steps;
}

function withoutTokens(text: string): string {
  let out = '';
  let at = 0;
  for (const match of parseActions(text)) {
    out += text.slice(at, match.start);
    at = match.end;
  }
  return `${out}${text.slice(at)}`
    .replace(/ +([.,;:])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function parseStep(text: string, index: number, locale: RoutingLocale): ScriptStep {
  const actions = parseActions(text).map((match) => match.action);
  const { condition, action } = splitCondition(withoutTokens(text), locale);
  const [first = '', ...later] = action.split(SENTENCE_END);
  // Later sentences mostly qualify the first ("If not, …", "Stay within…"); a later question or "End there" acts.
  const clauses = [
    ...splitClauses(first),
    ...later.filter((line) => ['ask', 'end'].includes(verbKind(line) ?? '')).flatMap(splitClauses),
  ];
  let parts = mergeParts(clauses.map((clause) => clauseToPart(clause, locale)));
  if (condition?.knowledge && !parts.some((part) => part.knowledge)) {
    // "If Knowledge answers the problem, offer that answer first": the answer is the passage.
    const at = parts.findIndex((part) => ['say', 'offer', 'explain'].includes(part.kind));
    const answer = parts[at];
    if (answer) {
      parts = parts.map((part, i) =>
        i === at
          ? {
              ...answer,
              kind: 'explain',
              speech: '',
              fields: [],
              awaitsReply: false,
              yesNo: false,
              knowledge: { query: '', named: false, optional: true },
            }
          : part,
      );
    }
  }
  // A token replaces the words that describe it: "Send the caller an SMS … [sms: …]" fires the SMS instead.
  const tokenKinds = new Set(actions.map((item) => item.type));
  parts = parts.filter(
    (part) =>
      !(part.kind === 'send' && tokenKinds.has('sms')) &&
      !(part.kind === 'transfer' && tokenKinds.has('transfer')),
  );
  return { index, text, condition, parts, actions };
}

/** Instructions are imperatives: French ones start "Demandez", "Si …", "Sinon"; English ones "Ask", "If". */
function scriptLocale(steps: readonly string[], instructions: string): RoutingLocale {
  let french = 0;
  let english = 0;
  for (const step of steps) {
    const word = firstWord(step);
    if (
      /ez$/.test(word) ||
      ['si', 'sinon', 'ne', 'n', 'pour', 'avec', 'sans', 'quand', 'lorsque'].includes(word)
    )
      french++;
    else if (verbKind(step) || ['if', 'otherwise', 'when', 'for', 'to', 'with', 'without'].includes(word))
      english++;
  }
  if (french !== english) return french > english ? 'fr' : 'en';
  return guessLocale(foldedWords(instructions));
}

const cache = new Map<string, Script>();
const CACHE_SIZE = 200;

/** A job's instructions as a script: one step per instruction, parsed once per text. */
export function parseScript(instructions: string): Script {
  const cached = cache.get(instructions);
  if (cached) return cached;
  const texts = splitInstructions(instructions);
  const locale = scriptLocale(texts, instructions);
  const script: Script = { locale, steps: texts.map((text, index) => parseStep(text, index, locale)) };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  cache.set(instructions, script);
  return script;
}
