import type { RoutingLocale } from '../../../routing/locale';
import { CALLER_EN, CALLER_FR } from '../language/clauseSpeech';
import { foldedPhrase } from '../language/foldedPhrase';
import { sentence, toCaller } from '../language/voice';
import { fieldsFromObject } from './askedFields';
import { bodyOf } from './clauses';
import { part, type StepPart } from './stepPart';

const CONSENT = /^for (?:their |your )?(?:consent|confirmation|approval|permission|agreement)\b/i;
const WH_EN = /^(?:who|what|which|when|where|why|how)\b/i;
const WH_FR =
  /^(?:qui|que|qu[’']|quoi|quel(?:le)?s?|quand|où|pourquoi|comment|combien|ce qu[e’']?|ce qui|ce dont|à qui|à quel(?:le)?s?|de quel(?:le)?s?|sur quoi|depuis)(?=[\s’',]|$)/i;

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

/**
 * An "Ask …" clause as a question to the caller: what Sona says, whether the answer is a yes or a no, and the
 * fields the answer fills.
 */
export function askPart(clause: string, verb: string, body: string, locale: RoutingLocale): StepPart {
  return locale === 'fr' ? askFrench(clause, verb, body) : askEnglish(clause, body);
}
