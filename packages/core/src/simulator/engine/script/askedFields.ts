import type { RoutingLocale } from '../../../routing/locale';
import type { FieldSpec, FieldType } from '../language/answerValues';
import { foldedPhrase } from '../language/foldedPhrase';
import { aboutCaller } from '../language/voice';

interface KnownField {
  /** Matched against the folded object of the instruction (see `foldedPhrase`). */
  pattern: RegExp;
  en: string;
  fr: string;
  type: FieldType;
}

// Most specific first: "invoice number" before "number", "email address" before "address", "company name" before "name".
const KNOWN_FIELDS: readonly KnownField[] = [
  {
    pattern: /\binvoice number\b|\bnumero de facture\b/,
    en: 'invoice number',
    fr: 'numéro de facture',
    type: 'reference',
  },
  {
    pattern: /\border (?:number|reference)\b|\bnumero de commande\b/,
    en: 'order number',
    fr: 'numéro de commande',
    type: 'reference',
  },
  {
    pattern: /\bclaim number\b|\bnumero de (?:reclamation|sinistre)\b/,
    en: 'claim number',
    fr: 'numéro de réclamation',
    type: 'reference',
  },
  {
    pattern: /\bfile number\b|\bnumero de dossier\b/,
    en: 'file number',
    fr: 'numéro de dossier',
    type: 'reference',
  },
  {
    pattern:
      /\b(?:email|e mail|courriel)(?: address| adresse)?\b|\badresse (?:courriel|e mail|electronique)\b/,
    en: 'email',
    fr: 'courriel',
    type: 'email',
  },
  {
    pattern: /\b(?:phone|mobile|cell|telephone|callback number)\b|\bnumber\b(?! of)|\bnumero\b(?! de)/,
    en: 'phone number',
    fr: 'numéro de téléphone',
    type: 'phone',
  },
  {
    pattern: /\bcompany(?: name)?\b|\bbusiness name\b|\b(?:nom de l )?(?:entreprise|societe|compagnie)\b/,
    en: 'company',
    fr: 'entreprise',
    type: 'text',
  },
  { pattern: /\bname\b|\bnom\b/, en: 'name', fr: 'nom', type: 'name' },
  { pattern: /\baddress\b|(?<!\bs )\badresse\b/, en: 'address', fr: 'adresse', type: 'address' },
  { pattern: /\bbudget\b/, en: 'budget', fr: 'budget', type: 'text' },
  { pattern: /\bmessage\b/, en: 'message', fr: 'message', type: 'text' },
];

const WH_START =
  /^(?:who|what|which|when|where|why|how|whether|if|qui|que|quoi|quel|quelle|quels|quelles|quand|ou|pourquoi|comment|combien|si|ce qu|ce que|ce qui|ce dont|s il|a qui|a quelle|a quel|de quel|de quelle)\b/;

const LEADING_FILLER =
  /^(?:(?:for|about|to|sur|de|du|des|the|a|an|their|your|its|le|la|les|un|une|son|sa|ses|leur|leurs|votre|vos)\s+|[ld][’']\s*)/i;

// A field name stops before what only says how to ask ("… by phone", "… if they have one").
const NAME_STOP =
  /\s(?:in|on|at|from|with|within|without|before|after|by|so|if|to|and read|and confirm|and check|dans|sans|avant|après|par|pour|si|afin)\s.*$/i;

const MAX_FIELD_WORDS = 5;
/** A question keeps more of its words: "whether they would rather be transferred…" must still make sense. */
const MAX_QUESTION_WORDS = 8;

/** The fields an instruction's object asks for: "the address, the caller’s name and a phone number" → 3 fields. */
export function fieldsFromObject(object: string, locale: RoutingLocale): FieldSpec[] {
  let folded = foldedPhrase(object);
  const isWh = WH_START.test(folded);
  const found: Array<{ at: number; spec: FieldSpec }> = [];
  for (const known of KNOWN_FIELDS) {
    if (isWh && known.type === 'text' && known.en === 'message') continue;
    const match = known.pattern.exec(folded);
    if (!match) continue;
    found.push({ at: match.index, spec: { label: known[locale], type: known.type } });
    // Blank the match so "invoice number" is not also read as a phone "number".
    folded = `${folded.slice(0, match.index)}${' '.repeat(match[0].length)}${folded.slice(match.index + match[0].length)}`;
  }
  if (found.length > 0 && !(isWh && found.every(({ spec }) => spec.type === 'text'))) {
    return found.sort((a, b) => a.at - b.at).map(({ spec }) => spec);
  }
  const label = fallbackLabel(object, locale, isWh);
  return label ? [{ label, type: 'text' }] : [];
}

function fallbackLabel(object: string, locale: RoutingLocale, isWh: boolean): string {
  let text = aboutCaller(object, locale)
    .split(isWh ? /[;:(]|\. / : /[,;:(]|\. /)[0]
    ?.trim()
    .replace(/[.!?,:]+$/, '');
  if (!text) return '';
  if (!isWh) {
    text = text.replace(NAME_STOP, '');
    let previous = '';
    while (previous !== text) {
      previous = text;
      text = text.replace(LEADING_FILLER, '');
    }
  }
  const words = text.split(/\s+/);
  const max = isWh ? MAX_QUESTION_WORDS : MAX_FIELD_WORDS;
  const label = words
    .slice(0, max)
    .join(' ')
    .replace(/[,:;]+$/, '')
    .toLowerCase();
  return words.length > max ? `${label}…` : label;
}
