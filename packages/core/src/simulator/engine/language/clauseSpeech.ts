import type { RoutingLocale } from '../../../routing/locale';
import { foldedPhrase } from './foldedPhrase';
import { sentence, toCaller } from './voice';

// What Sona says for the clauses whose words come from the instruction itself. Kept apart from the parsing of
// clauses so that the wording rules of each language can change without touching what a clause does.

/** The caller named at the start of a clause's body: "Tell the caller …", "Dites à l’appelant …". */
export const CALLER_EN = /^(?:the caller|them|him|her)(?:\s+|$)/i;
export const CALLER_FR = /^(?:à l[’']appelant|à la personne)\s+/i;

/** In "Tell the caller you will transfer them", "you" is Sona: it becomes "I" before "them" becomes "you". */
function sonaSpeaking(text: string): string {
  return text
    .replace(/\byou are\b/gi, 'I am')
    .replace(/\byou were\b/gi, 'I was')
    .replace(/\byourself\b/gi, 'myself')
    .replace(/\byour\b/gi, 'my')
    .replace(/\byou\b/gi, 'I')
    .replace(/,?\s+and that\s+/gi, ' and ');
}

function sayEnglish(verb: string, body: string): string {
  const lower = verb.toLowerCase();
  const rest = sonaSpeaking(body.replace(CALLER_EN, '').replace(/^that\s+/i, ''));
  // "say they are estimates only": a statement about things, not about the caller.
  const spoken = /^(?:they|it) (?:are|is)\b/i.test(rest) ? rest : toCaller(rest, 'en');
  if (lower === 'thank') return sentence(`thank you ${spoken}`, 'en');
  if (lower === 'welcome') return 'Welcome!';
  if (lower === 'apologise' || lower === 'apologize') return sentence(`I’m sorry ${spoken}`, 'en');
  if (lower === 'acknowledge') {
    return sentence(`I understand ${spoken.replace(/\s+in (?:one|a) .*$/i, '')}`, 'en');
  }
  if (lower === 'tell' || lower === 'say' || lower === 'inform') {
    if (/^to\s+/i.test(rest)) return sentence(`please ${toCaller(rest.replace(/^to\s+/i, ''), 'en')}`, 'en');
    if (rest === '') return '';
    return sentence(spoken, 'en');
  }
  return sentence(`I ${lower} ${spoken}`, 'en');
}

function sayFrench(verb: string, body: string): string {
  const folded = foldedPhrase(verb);
  const rest = body.replace(CALLER_FR, '').replace(/^à\s+/i, '');
  if (folded.startsWith('remerciez')) {
    return sentence(`merci ${toCaller(rest.replace(/^(?:l[’']appelant|le|la)\s*/i, ''), 'fr')}`, 'fr');
  }
  if (folded.startsWith('accueillez')) return 'Bienvenue\u00a0!';
  if (folded.startsWith('excusez')) return sentence(`toutes nos excuses ${toCaller(rest, 'fr')}`, 'fr');
  if (folded.startsWith('reconnaissez')) {
    return sentence(`je comprends ${toCaller(rest, 'fr').replace(/\s+en une .*$/i, '')}`, 'fr');
  }
  const that = /^(?:l[’']appelant\s+)?qu[e’]\s*(.*)$/i.exec(rest);
  if (that) return sentence(toCaller(that[1] ?? '', 'fr'), 'fr');
  const toDo = /^(?:l[’']appelant\s+)?(?:de|d[’'])\s*(.*)$/i.exec(rest);
  if (toDo) {
    const action = toCaller(toDo[1] ?? '', 'fr')
      .replace(/\bse\b/gi, 'vous')
      .replace(/\bet d(?:e\s|[’'])/gi, 'et ');
    return sentence(`veuillez ${action}`, 'fr');
  }
  return sentence(toCaller(rest, 'fr'), 'fr');
}

/** What Sona says for a "Tell", "Thank", "Apologise"… clause, from its verb and the words after it. */
export function saySpeech(verb: string, body: string, locale: RoutingLocale): string {
  return locale === 'fr' ? sayFrench(verb, body) : sayEnglish(verb, body);
}

/** "I can offer a visit on Monday. Would that suit you?"; a `choice` between things asks which one instead. */
export function offerSpeech(body: string, choice: boolean, locale: RoutingLocale): string {
  if (locale === 'fr') {
    const question = choice ? 'Que préférez-vous\u00a0?' : 'Cela vous conviendrait-il\u00a0?';
    return `${sentence(`je peux vous proposer ${toCaller(body, 'fr')}`, 'fr')} ${question}`;
  }
  const question = choice ? 'Which would you prefer?' : 'Would that suit you?';
  return `${sentence(`I can offer ${toCaller(body, 'en')}`, 'en')} ${question}`;
}

/** "Shall I book …?" */
export function bookSpeech(body: string, locale: RoutingLocale): string {
  return locale === 'fr'
    ? sentence(`voulez-vous que je réserve ${toCaller(body, 'fr')}`, 'fr', '?')
    : sentence(`shall I book ${toCaller(body, 'en')}`, 'en', '?');
}

/** Explains or gives something in the instruction's own words (used when no knowledge passage is quoted). */
export function explainSpeech(verb: string, body: string, locale: RoutingLocale): string {
  const folded = foldedPhrase(verb);
  if (locale === 'fr') {
    const lead = folded.startsWith('donnez') ? 'je vous donne' : 'je vous explique';
    return sentence(`${lead} ${toCaller(body, 'fr')}`, 'fr');
  }
  const lead = folded === 'give' ? 'let me give you' : 'let me explain';
  return sentence(`${lead} ${toCaller(body, 'en')}`, 'en');
}
