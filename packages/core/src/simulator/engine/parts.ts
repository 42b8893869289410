import type { RoutingLocale } from '../stemmer';
import { foldedPhrase } from './answers';
import { type FieldSpec, fieldsFromObject } from './fields';
import { type VerbKind, verbKind } from './verbs';
import { sentence, toCaller } from './voice';

/**
 * One thing Sona does within an instruction. "Ask for the address, and read it back" is two parts: a question,
 * then a read-back. Parts that depend on the call (read-backs, knowledge) get their words when performed.
 */
export interface StepPart {
  kind: VerbKind;
  /** The clause as written. */
  clause: string;
  /** What Sona says, when it does not depend on the call; '' when silent or computed when performed. */
  speech: string;
  /** What the caller's answer fills in. */
  fields: FieldSpec[];
  /** Sona waits for the caller after this part. */
  awaitsReply: boolean;
  /** The expected answer is a yes or a no (a "whether" question, an offer, a read-back). */
  yesNo: boolean;
  /**
   * The part reads from Knowledge: the clause as a query; `named` when the instruction names Knowledge (then Sona
   * says so when nothing fits); `optional` when Sona says nothing unless a passage fits.
   */
  knowledge: { query: string; named: boolean; optional: boolean } | null;
}

const VERB_TOKEN = /^\s*([\p{L}’']+(?:-(?:lui|le|la|les|leur|en|y|moi|vous|nous))?)\s*/u;
const KNOWLEDGE_WORDS = /\bknowledge\b|\bconnaissances\b|\bpage\b/i;
const CONSENT = /^for (?:their |your )?(?:consent|confirmation|approval|permission|agreement)\b/i;
const WH_EN = /^(?:who|what|which|when|where|why|how)\b/i;
const WH_FR =
  /^(?:qui|que|qu[’']|quoi|quel(?:le)?s?|quand|où|pourquoi|comment|combien|ce qu[e’']?|ce qui|ce dont|à qui|à quel(?:le)?s?|de quel(?:le)?s?|sur quoi|depuis)(?=[\s’',]|$)/i;
const WH_BODY = /^(?:who|what|which|when|where|why|how|qui|que|quoi|quand|où|pourquoi|comment|combien)\b/i;
const CALLER_EN = /^(?:the caller|them|him|her)(?:\s+|$)/i;
const CALLER_FR = /^(?:à l[’']appelant|à la personne)\s+/i;

const SPLIT_BEFORE = /(?:\s*;\s*|,?\s+(?:and then|then|and|puis|et|ou)\s+|,\s+)(?=\S)/giu;

/** Splits a sentence into clauses, each starting with an instruction verb; lists of nouns stay together. */
export function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SPLIT_BEFORE)) {
    const at = match.index ?? 0;
    const after = text.slice(at + match[0].length);
    const kind = verbKind(after);
    // "… and read it back" starts a clause; "… or take a message" keeps an alternative in one offer.
    if (!kind || /^\s*(?:,\s*)?(?:ou)\s/i.test(match[0]) || /\sor\s/i.test(match[0])) continue;
    clauses.push(text.slice(start, at));
    start = at + match[0].length;
  }
  clauses.push(text.slice(start));
  return clauses.map((clause) => clause.trim().replace(/[\s.;,]+$/u, '')).filter(Boolean);
}

function bodyOf(clause: string): { verb: string; body: string } {
  const match = VERB_TOKEN.exec(clause);
  if (!match) return { verb: '', body: clause };
  return { verb: match[1] ?? '', body: clause.slice(match[0].length).trim() };
}

function part(kind: VerbKind, clause: string, speech: string, extra: Partial<StepPart> = {}): StepPart {
  return { kind, clause, speech, fields: [], awaitsReply: false, yesNo: false, knowledge: null, ...extra };
}

function askEnglish(clause: string, body: string): StepPart {
  const object = body.replace(/^out\s+/i, '');
  const toCallerText = (text: string) => toCaller(text, 'en');
  if (/^(?:the caller|them|him|her)\s+to confirm\b/i.test(object) || /^to confirm\b/i.test(object)) {
    return part('ask', clause, 'Is that correct?', { awaitsReply: true, yesNo: true });
  }
  const request = /^(?:the caller|them|him|her)\s+to\s+(.*)$/i.exec(object);
  if (request) {
    const action = (request[1] ?? '').replace(/\byour\b/gi, 'my').replace(/\byou\b/gi, 'me');
    return part('ask', clause, sentence(`could you ${toCallerText(action)}`, 'en', '?'), {
      awaitsReply: true,
    });
  }
  const rest = object.replace(CALLER_EN, '');
  if (CONSENT.test(rest))
    return part('ask', clause, 'Is that all right with you?', { awaitsReply: true, yesNo: true });
  if (/^a message\b/i.test(rest) || (/^take$/i.test(bodyOf(clause).verb) && /\bmessage\b/i.test(rest))) {
    const forWhom = /\bfor\s+(.+)$/i.exec(rest)?.[1];
    const intro = forWhom ? `I can take a message for ${toCallerText(forWhom)}.` : 'I can take a message.';
    return part('ask', clause, `${intro} What would you like to say?`, {
      awaitsReply: true,
      fields: [{ label: 'message', type: 'text' }],
    });
  }
  const fields = fieldsFromObject(rest, 'en');
  if (/^(?:whether|if)\b/i.test(rest)) {
    return part('ask', clause, sentence(`could you tell me ${toCallerText(rest)}`, 'en', '?'), {
      awaitsReply: true,
      yesNo: true,
      fields,
    });
  }
  if (WH_EN.test(rest) || /^about\b/i.test(rest)) {
    return part('ask', clause, sentence(`could you tell me ${toCallerText(rest)}`, 'en', '?'), {
      awaitsReply: true,
      fields,
    });
  }
  const noun = rest.replace(/^for\s+/i, '');
  return part('ask', clause, sentence(`could I have ${toCallerText(noun)}`, 'en', '?'), {
    awaitsReply: true,
    fields,
  });
}

function askFrench(clause: string, verb: string, body: string): StepPart {
  const toCallerText = (text: string) => toCaller(text, 'fr');
  const folded = foldedPhrase(verb);
  let rest = body;
  let request = /-(?:lui|leur)$/i.test(verb) && /^(?:de|d[’'])/i.test(rest);
  if (CALLER_FR.test(rest) && /^(?:à l[’']appelant|à la personne)\s+(?:de|d[’'])/i.test(rest)) {
    rest = rest.replace(CALLER_FR, '');
    request = true;
  }
  if (request) {
    const action = rest.replace(/^(?:de|d[’'])\s*/i, '');
    if (/^confirmer\b/i.test(action)) {
      return part('ask', clause, 'Est-ce exact\u00a0?', { awaitsReply: true, yesNo: true });
    }
    const polite = toCallerText(action.replace(/\bvous\b/gi, 'me'))
      .replace(/\bse\b/gi, 'vous')
      .replace(/\bs[’']/gi, 'vous ');
    return part('ask', clause, sentence(`pourriez-vous ${polite}`, 'fr', '?'), { awaitsReply: true });
  }
  if (/\bmessage\b/i.test(rest) && (folded.startsWith('prenez') || /^un message\b/i.test(rest))) {
    return part('ask', clause, 'Je peux prendre un message. Quel est votre message\u00a0?', {
      awaitsReply: true,
      fields: [{ label: 'message', type: 'text' }],
    });
  }
  const fields = fieldsFromObject(rest, 'fr');
  if (/^(?:si|s[’']il|s[’']ils)\b/i.test(rest)) {
    return part('ask', clause, sentence(`pouvez-vous me dire ${toCallerText(rest)}`, 'fr', '?'), {
      awaitsReply: true,
      yesNo: true,
      fields,
    });
  }
  if (WH_FR.test(rest)) {
    return part('ask', clause, sentence(`pouvez-vous me dire ${toCallerText(rest)}`, 'fr', '?'), {
      awaitsReply: true,
      fields,
    });
  }
  return part('ask', clause, sentence(`pouvez-vous me donner ${toCallerText(rest)}`, 'fr', '?'), {
    awaitsReply: true,
    fields,
  });
}

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

function offerSpeech(body: string, locale: RoutingLocale): { speech: string; yesNo: boolean } {
  const choice = /\s(?:or|ou)\s/i.test(body);
  if (locale === 'fr') {
    const question = choice ? 'Que préférez-vous\u00a0?' : 'Cela vous conviendrait-il\u00a0?';
    return {
      speech: `${sentence(`je peux vous proposer ${toCaller(body, 'fr')}`, 'fr')} ${question}`,
      yesNo: !choice,
    };
  }
  const question = choice ? 'Which would you prefer?' : 'Would that suit you?';
  return { speech: `${sentence(`I can offer ${toCaller(body, 'en')}`, 'en')} ${question}`, yesNo: !choice };
}

function bookSpeech(body: string, locale: RoutingLocale): string {
  return locale === 'fr'
    ? sentence(`voulez-vous que je réserve ${toCaller(body, 'fr')}`, 'fr', '?')
    : sentence(`shall I book ${toCaller(body, 'en')}`, 'en', '?');
}

/** Explains or gives something: from Knowledge when a passage fits, else in the instruction's own words. */
function explainSpeech(verb: string, body: string, locale: RoutingLocale): string {
  const folded = foldedPhrase(verb);
  if (locale === 'fr') {
    const lead = folded.startsWith('donnez') ? 'je vous donne' : 'je vous explique';
    return sentence(`${lead} ${toCaller(body, 'fr')}`, 'fr');
  }
  const lead = folded === 'give' ? 'let me give you' : 'let me explain';
  return sentence(`${lead} ${toCaller(body, 'en')}`, 'en');
}

/** Turns one clause of an instruction into what Sona does. */
export function clauseToPart(clause: string, locale: RoutingLocale): StepPart {
  const kind = verbKind(clause) ?? 'act';
  const { verb, body: fullBody } = bodyOf(clause);
  // What follows a semicolon explains the question to Sona ("…; renters need the owner’s approval"): not said.
  const body = ['ask', 'offer', 'book'].includes(kind) ? (fullBody.split(/\s*;\s*/)[0] ?? '') : fullBody;
  const namesKnowledge = KNOWLEDGE_WORDS.test(clause);
  switch (kind) {
    case 'ask':
      return locale === 'fr' ? askFrench(clause, verb, body) : askEnglish(clause, body);
    case 'listen': {
      const about = /\b(?:explain|describe|tell|expliquer|décrire|raconter)\s+(.*)$/i.exec(body)?.[1];
      const fields = about ? fieldsFromObject(about, locale) : [];
      const speech = locale === 'fr' ? 'Je vous écoute.' : 'Please go ahead, I’m listening.';
      return part('listen', clause, speech, { awaitsReply: true, fields });
    }
    case 'confirm': {
      if (namesKnowledge) {
        return part('explain', clause, '', { knowledge: { query: body, named: true, optional: false } });
      }
      return part('confirm', clause, '', {
        fields: fieldsFromObject(body, locale),
        awaitsReply: true,
        yesNo: true,
      });
    }
    case 'say':
      return part('say', clause, locale === 'fr' ? sayFrench(verb, body) : sayEnglish(verb, body));
    case 'explain': {
      // "Answer from Knowledge", "Explain where it usually is": only a fitting passage gives Sona something to say.
      const optional = /^(?:answer|repondez)/.test(foldedPhrase(verb)) || WH_BODY.test(body);
      return part('explain', clause, optional || namesKnowledge ? '' : explainSpeech(verb, body, locale), {
        knowledge: { query: body, named: namesKnowledge && !optional, optional },
      });
    }
    case 'offer': {
      const { speech, yesNo } = offerSpeech(body, locale);
      return part('offer', clause, speech, {
        awaitsReply: true,
        yesNo,
        fields: fieldsFromObject(body, locale),
      });
    }
    case 'book':
      return part('book', clause, bookSpeech(body, locale), { awaitsReply: true, yesNo: true });
    case 'guide':
      return part('guide', clause, '', {
        knowledge: { query: body, named: true, optional: false },
        awaitsReply: true,
        yesNo: true,
      });
    case 'send':
    case 'transfer':
      return part(kind, clause, '');
    case 'end':
      return part('end', clause, '');
    default:
      return part(kind, clause, '');
  }
}

/** A listening part before a question, or a "ask them to confirm" after a read-back, says the same thing twice. */
export function mergeParts(parts: readonly StepPart[]): StepPart[] {
  const merged: StepPart[] = [];
  parts.forEach((current, i) => {
    const next = parts[i + 1];
    const previous = merged[merged.length - 1];
    if (current.kind === 'listen' && next?.kind === 'ask') return;
    if (
      current.kind === 'ask' &&
      current.yesNo &&
      current.fields.length === 0 &&
      previous?.kind === 'confirm'
    )
      return;
    // "Read back the date and the address, then confirm the booking": one read-back, one "Is that correct?".
    if (current.kind === 'confirm' && previous?.kind === 'confirm') {
      merged[merged.length - 1] = { ...previous, clause: `${previous.clause}, ${current.clause}` };
      return;
    }
    merged.push(current);
  });
  return merged;
}
