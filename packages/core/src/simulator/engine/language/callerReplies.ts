import { foldedPhrase } from './foldedPhrase';

// Each list's phrases padded with spaces once, rather than on every test of every message.
const spaced = new WeakMap<readonly string[], { after: readonly string[]; around: readonly string[] }>();

function spacedOf(list: readonly string[]): { after: readonly string[]; around: readonly string[] } {
  let known = spaced.get(list);
  if (!known) {
    known = { after: list.map((item) => `${item} `), around: list.map((item) => ` ${item} `) };
    spaced.set(list, known);
  }
  return known;
}

function startsWithAny(phrase: string, starts: readonly string[]): boolean {
  const after = spacedOf(starts).after;
  return starts.some((start, i) => phrase === start || phrase.startsWith(after[i] as string));
}

function containsAny(phrase: string, parts: readonly string[]): boolean {
  const padded = ` ${phrase} `;
  return spacedOf(parts).around.some((part) => padded.includes(part));
}

// A turn asks the same question of the same message more than once (isAffirmative asks isNegative; a job's
// answer, then the script, ask again), and a call's messages again on later turns: answers are kept by text.
type Question = 'negation' | 'negative' | 'affirmative' | 'goodbye' | 'decline' | 'question';
const answers = new Map<string, Partial<Record<Question, boolean>>>();
const MAX_ANSWERS = 256;

function memo(question: Question, text: string, ask: (text: string) => boolean): boolean {
  let known = answers.get(text);
  const answer = known?.[question];
  if (answer !== undefined) return answer;
  const result = ask(text);
  if (!known) {
    if (text.length > 2000) return result;
    if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value ?? '');
    known = {};
    answers.set(text, known);
  }
  known[question] = result;
  return result;
}

const YES = [
  'yes',
  'yeah',
  'yep',
  'yup',
  'sure',
  'ok',
  'okay',
  'correct',
  'right',
  'exactly',
  'absolutely',
  'of course',
  'please',
  'go ahead',
  'fine',
  'sounds good',
  'that works',
  'that s right',
  'that is right',
  'that s correct',
  'perfect',
  'oui',
  'ouais',
  'd accord',
  'daccord',
  'exact',
  'exactement',
  'parfait',
  'bien sur',
  'volontiers',
  'ca marche',
  'c est ca',
  'c est correct',
  'c est bon',
  'tout a fait',
  'allez y',
];

const NO = ['no', 'nope', 'nah', 'not really', 'non', 'pas vraiment', 'pas du tout', 'negative'];

const WRONG = [
  'not correct',
  'not right',
  'wrong',
  'incorrect',
  'mistake',
  'pas correct',
  'pas ca',
  'faux',
  'erreur',
];

/** Words that turn a sentence negative, as folded words ("don't" folds to "don t"). */
const NEGATION =
  /(?:^| )(?:not|no|never|nothing|none|nobody|without|cannot|can t|don t|doesn t|didn t|won t|isn t|aren t|wasn t|haven t|hasn t|couldn t|wouldn t|ne|n|pas|jamais|rien|aucun|aucune|sans)(?: |$)/;

export function hasNegation(text: string): boolean {
  return memo('negation', text, hasNegationUncached);
}

function hasNegationUncached(text: string): boolean {
  return NEGATION.test(foldedPhrase(text));
}

/** A clear "no" (or "that's wrong"), from the first words of the answer. */
export function isNegative(text: string): boolean {
  return memo('negative', text, isNegativeUncached);
}

function isNegativeUncached(text: string): boolean {
  const phrase = foldedPhrase(text);
  return startsWithAny(phrase, NO) || containsAny(phrase, WRONG);
}

/** A clear "yes" that is not also a "no". */
export function isAffirmative(text: string): boolean {
  return memo('affirmative', text, isAffirmativeUncached);
}

function isAffirmativeUncached(text: string): boolean {
  const phrase = foldedPhrase(text);
  return !isNegative(text) && startsWithAny(phrase, YES);
}

const GOODBYE = [
  'bye',
  'goodbye',
  'bye bye',
  'that s all',
  'that is all',
  'that will be all',
  'that s it',
  'nothing else',
  'have a nice day',
  'have a good day',
  'au revoir',
  'c est tout',
  'rien d autre',
  'ce sera tout',
  'bonne journee',
  'bonne soiree',
  'a bientot',
];

/** The caller is leaving: "bye", "that's all", "au revoir", "c'est tout". */
export function isGoodbye(text: string): boolean {
  return memo('goodbye', text, isGoodbyeUncached);
}

function isGoodbyeUncached(text: string): boolean {
  return containsAny(foldedPhrase(text), GOODBYE);
}

const DECLINE_WORDS = new Set([
  ...'no nope nah thanks thank you not really nothing else that s it all i m good fine merci non rien d autre c est tout ca ira pas vraiment je pense que question questions more other for now today great perfect ok okay parfait aucune autres de ce sera'.split(
    ' ',
  ),
]);

/** Only "no" and politeness, nothing the caller asks for: "No thanks", "Non merci, ça ira". */
export function isDecline(text: string): boolean {
  return memo('decline', text, isDeclineUncached);
}

function isDeclineUncached(text: string): boolean {
  const words = foldedPhrase(text).split(' ').filter(Boolean);
  return words.length > 0 && isNegative(text) && words.every((word) => DECLINE_WORDS.has(word));
}

const QUESTION_STARTS = [
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
  'how',
  'do you',
  'does',
  'are you',
  'is there',
  'is it',
  'can i',
  'can you',
  'could you',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'quand',
  'ou est',
  'ou se',
  'comment',
  'combien',
  'pourquoi',
  'est ce',
  'avez vous',
  'etes vous',
  'faites vous',
  'pouvez vous',
];

/** The caller asks something rather than answers: a question mark, or a question's first words. */
export function looksLikeQuestion(text: string): boolean {
  return memo('question', text, looksLikeQuestionUncached);
}

function looksLikeQuestionUncached(text: string): boolean {
  return text.trim().endsWith('?') || startsWithAny(foldedPhrase(text), QUESTION_STARTS);
}
