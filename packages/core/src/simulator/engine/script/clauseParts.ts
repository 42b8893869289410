import type { RoutingLocale } from '../../../routing/locale';
import { bookSpeech, explainSpeech, offerSpeech, saySpeech } from '../language/clauseSpeech';
import { foldedPhrase } from '../language/foldedPhrase';
import { verbKind } from '../language/verbs';
import { fieldsFromObject } from './askedFields';
import { bodyOf } from './clauses';
import { askPart } from './questionParts';
import { part, type StepPart } from './stepPart';

const KNOWLEDGE_WORDS = /\bknowledge\b|\bconnaissances\b|\bpage\b/i;
const WH_BODY = /^(?:who|what|which|when|where|why|how|qui|que|quoi|quand|où|pourquoi|comment|combien)\b/i;

/** Turns one clause of an instruction into what Sona does. */
export function clauseToPart(clause: string, locale: RoutingLocale): StepPart {
  const kind = verbKind(clause) ?? 'act';
  const { verb, body: fullBody } = bodyOf(clause);
  // What follows a semicolon explains the question to Sona ("…; renters need the owner’s approval"): not said.
  const body = ['ask', 'offer', 'book'].includes(kind) ? (fullBody.split(/\s*;\s*/)[0] ?? '') : fullBody;
  const namesKnowledge = KNOWLEDGE_WORDS.test(clause);
  switch (kind) {
    case 'ask':
      return askPart(clause, verb, body, locale);
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
      return part('say', clause, saySpeech(verb, body, locale));
    case 'explain': {
      // "Answer from Knowledge", "Explain where it usually is": only a fitting passage gives Sona something to say.
      const optional = /^(?:answer|repondez)/.test(foldedPhrase(verb)) || WH_BODY.test(body);
      return part('explain', clause, optional || namesKnowledge ? '' : explainSpeech(verb, body, locale), {
        knowledge: { query: body, named: namesKnowledge && !optional, optional },
      });
    }
    case 'offer': {
      // "Offer a visit on Monday or Tuesday" asks which one; "Offer a visit" asks yes or no.
      const choice = /\s(?:or|ou)\s/i.test(body);
      return part('offer', clause, offerSpeech(body, choice, locale), {
        awaitsReply: true,
        yesNo: !choice,
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
