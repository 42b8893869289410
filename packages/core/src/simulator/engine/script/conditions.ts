import { analyseText, foldedWords, termOf } from '../../../routing/analyseText';
import type { RoutingLocale } from '../../../routing/locale';
import { hasNegation } from '../language/callerReplies';
import { foldedPhrase } from '../language/foldedPhrase';
import { verbKind } from '../language/verbs';

/** "If they smell gas, …": the step runs only when the caller's words match. */
export interface StepCondition {
  /** As written, without the action: "If they smell gas". */
  text: string;
  /** `otherwise`: "Otherwise, …" / "Sinon, …" / "If not, …", honoured when the condition before it was not. */
  kind: 'if' | 'otherwise';
  /** "Without consent", "If it cannot wait": honoured when the caller's matching words are negative too. */
  negative: boolean;
  /** One list of terms per alternative: "smoke, sparks or a smell of gas" → [smoke], [sparks], [smell, gas]. */
  alternatives: ConditionTerm[][];
  /** "If Knowledge answers it": decided by whether a knowledge passage fits what the caller said. */
  knowledge: boolean;
}

export interface ConditionTerm {
  word: string;
  term: string;
  /** Verbs of choice ("prefer", "want") matter less than what is chosen. */
  weight: number;
}

const OTHERWISE =
  /^(?:otherwise|else|if not|if no|if that fails|failing that|sinon|si non|autrement|dans le cas contraire)\b[\s,:]*/i;
const LEAD_EN = /^(if|when|whenever|in case|unless|for|to|with|without)\s+/i;
const LEAD_FR = /^(si|s[’']ils?|lorsqu[’']?e?|quand|en cas d[e’']|pour|avec|sans|sauf si)\s*/i;
/** Short leads ("For water:", "To cancel…,") are conditions only when short: a few words before the comma. */
const SHORT_LEADS = new Set(['for', 'to', 'with', 'without', 'pour', 'avec', 'sans']);
const MAX_SHORT_LEAD_WORDS = 8;
const MAX_LEAD_WORDS = 30;

const GENERIC = new Set(
  'mention mentions mentioned report reports describe describes indicate indicates seem seems sound sounds appear appears anyone anybody parle parlent mentionne mentionnent signale evoque indique semble quelqu'.split(
    ' ',
  ),
);
const CHOICE = new Set(
  'prefer prefers rather choose chooses wish wishes like likes decide decides prefere preferent choisit choisissent aime aimerait'.split(
    ' ',
  ),
);
const CHOICE_WEIGHT = 0.3;
/** Share of an alternative's weight the caller's words must cover. */
const MATCH_SHARE = 0.6;

function conditionTerms(text: string, locale: RoutingLocale): ConditionTerm[] {
  return analyseText(text, locale)
    .words.filter(({ word }) => !GENERIC.has(word))
    .map(({ word, term }) => ({ word, term, weight: CHOICE.has(word) ? CHOICE_WEIGHT : 1 }));
}

function parseCondition(text: string, negativeLead: boolean, locale: RoutingLocale): StepCondition {
  const alternatives = text
    .replace(LEAD_EN, '')
    .replace(LEAD_FR, '')
    .split(/[,()]|\bor\b|\bou\b/i)
    .map((part) => conditionTerms(part, locale))
    .filter((terms) => terms.length > 0);
  return {
    text,
    kind: 'if',
    negative: negativeLead || hasNegation(text),
    alternatives,
    knowledge: /\bknowledge\b|\bconnaissances\b/i.test(text),
  };
}

/**
 * Splits "If X, do Y" into the condition and the action. The action starts after the first comma or colon that is
 * followed by an instruction verb, so "If they mention smoke, sparks or gas, tell them…" keeps its whole list.
 */
export function splitCondition(
  step: string,
  locale: RoutingLocale,
): { condition: StepCondition | null; action: string } {
  const otherwise = OTHERWISE.exec(step);
  if (otherwise) {
    return {
      condition: {
        text: otherwise[0].replace(/[\s,:]+$/, ''),
        kind: 'otherwise',
        negative: false,
        alternatives: [],
        knowledge: false,
      },
      action: step.slice(otherwise[0].length),
    };
  }
  const lead = LEAD_EN.exec(step) ?? LEAD_FR.exec(step);
  if (!lead) return { condition: null, action: step };
  const leadWord = foldedPhrase(lead[1] ?? '');
  const breaks = [...step.matchAll(/\s*[,:]\s+/g)];
  const verbBreak = breaks.find((match) => verbKind(step.slice((match.index ?? 0) + match[0].length)));
  const chosen = verbBreak ?? breaks[0];
  if (!chosen) return { condition: null, action: step };
  const conditionText = step.slice(0, chosen.index).trim();
  const words = foldedWords(conditionText).length;
  const limit = SHORT_LEADS.has(leadWord) ? MAX_SHORT_LEAD_WORDS : MAX_LEAD_WORDS;
  if (words > limit || (SHORT_LEADS.has(leadWord) && !verbBreak)) return { condition: null, action: step };
  const negativeLead = leadWord === 'unless' || leadWord === 'without' || leadWord === 'sans';
  return {
    condition: parseCondition(conditionText, negativeLead, locale),
    action: step.slice((chosen.index ?? 0) + chosen[0].length),
  };
}

/** What the engine knows when it reaches a conditional step. */
export interface ConditionContext {
  /** What the caller said since the job started, oldest first. */
  callerMessages: readonly string[];
  /** The caller's last answer to a yes/no question, and that question's terms. */
  lastYesNo: { answer: 'yes' | 'no'; questionTerms: readonly string[] } | null;
  /** Whether the closest conditional step before this one ran (for "Otherwise"), or null when there was none. */
  previousHonoured: boolean | null;
  /** Whether a knowledge passage answers what the caller said (for "If Knowledge answers it"). */
  knowledgeFits: () => boolean;
}

export interface ConditionResult {
  honoured: boolean;
  /** What decided: the caller's words, their yes or no to the question before, Knowledge, or the step before. */
  basis: 'words' | 'answer' | 'knowledge' | 'otherwise';
  matchedWords: string[];
}

/** Every term a caller's message can count as, in both languages: callers switch. */
function callerTerms(message: string): Set<string> {
  const terms = new Set<string>();
  for (const locale of ['en', 'fr'] as const) {
    for (const { term, word } of analyseText(message, locale).words) {
      terms.add(term);
      terms.add(termOf(word, locale === 'en' ? 'fr' : 'en'));
    }
  }
  return terms;
}

/** A caller's message as conditions read it: its terms, and each clause's terms and negation. */
interface ReadMessage {
  readonly terms: ReadonlySet<string>;
  readonly clauses: readonly { readonly terms: ReadonlySet<string>; readonly negated: boolean }[];
}

// Each conditional step reads every message the caller said since the job started, and a job has several: the
// same message was analysed again for each (four times over in both languages). Pure, so kept by text.
const readMessages = new Map<string, ReadMessage>();
const MAX_READ_MESSAGES = 500;

function readMessage(message: string): ReadMessage {
  const known = readMessages.get(message);
  if (known) return known;
  const terms = callerTerms(message);
  const read: ReadMessage = {
    terms,
    clauses: withoutLeadingParticle(message)
      .split(/[,.;:!?]|\b(?:and|but|et|mais)\b/i)
      // A message of one clause ("My sink is leaking") is its own clause: its terms are already known.
      .map((clause) => ({
        terms: clause === message ? terms : callerTerms(clause),
        negated: hasNegation(clause),
      })),
  };
  if (readMessages.size >= MAX_READ_MESSAGES) readMessages.delete(readMessages.keys().next().value ?? '');
  readMessages.set(message, read);
  return read;
}

/** "No, I smell gas": a leading yes or no answers the question before; it does not negate what follows. */
function withoutLeadingParticle(message: string): string {
  return message.replace(/^\s*(?:no|non|yes|oui|nope)\b[\s,.!]*/i, '');
}

export function evaluateCondition(condition: StepCondition, context: ConditionContext): ConditionResult {
  if (condition.kind === 'otherwise') {
    return { honoured: context.previousHonoured !== true, basis: 'otherwise', matchedWords: [] };
  }
  if (condition.knowledge)
    return { honoured: context.knowledgeFits() !== condition.negative, basis: 'knowledge', matchedWords: [] };
  for (const message of context.callerMessages) {
    const { terms, clauses } = readMessage(message);
    for (const alternative of condition.alternatives) {
      const total = alternative.reduce((sum, term) => sum + term.weight, 0);
      const matched = alternative.filter((term) => terms.has(term.term));
      const share = matched.reduce((sum, term) => sum + term.weight, 0) / total;
      // "…the window has passed and nobody came": only the clause with the matching words says yes or no.
      const negated = clauses.some(
        ({ terms: clauseTerms, negated: clauseNegated }) =>
          clauseNegated && matched.some((term) => clauseTerms.has(term.term)),
      );
      if (share >= MATCH_SHARE && negated === condition.negative) {
        return { honoured: true, basis: 'words', matchedWords: matched.map((term) => term.word) };
      }
    }
  }
  // "If it can wait" right after "Ask whether it can wait": a plain yes or no decides.
  const last = context.lastYesNo;
  const conditionTermSet = condition.alternatives.flat().map((term) => term.term);
  const related =
    conditionTermSet.length === 0 || conditionTermSet.some((term) => last?.questionTerms.includes(term));
  if (last && related) {
    return { honoured: (last.answer === 'yes') !== condition.negative, basis: 'answer', matchedWords: [] };
  }
  return { honoured: false, basis: 'words', matchedWords: [] };
}

/** The words a person would need the caller to say, for the trace: "smell", "gas". */
export function conditionWords(condition: StepCondition): string[] {
  return condition.alternatives.flat().map((term) => term.word);
}
