import type { RoutingLocale } from '../stemmer';
import { foldedPhrase } from './answers';
import { aboutCaller } from './voice';

/** `reference`: an invoice, order, claim or file number. */
export type FieldType = 'name' | 'phone' | 'email' | 'address' | 'reference' | 'text';

/** A piece of information an instruction asks for, named as the instruction names it. */
export interface FieldSpec {
  label: string;
  type: FieldType;
}

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

const LONG_ANSWER_WORDS = 5;
const PHONE = /\+?\d[\d\s().-]{5,}\d/;
const REFERENCE = /\b[A-Z]{0,4}[-#]?\d[\w-]*\b/i;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u;
const NAME_LEAD =
  /(?:my name is|my name[’']s|name is|this is|i am|i[’']m|je m[’']appelle|mon nom est|mon nom c[’']est|moi c[’']est|ici|c[’']est|je suis)\s+/iu;
const NOT_NAME = new Set(
  'and et my mon ma from de du at a calling qui phone number numero i je the le la un une here speaking no yes oui non thanks thank merci sure ok okay hi hello bonjour allo well'.split(
    ' ',
  ),
);

/** "Yes, it's 12 rue Roy." → "12 rue Roy": the answer without its polite start and final full stop. */
export function cleanAnswer(text: string): string {
  let out = text.trim();
  let previous = '';
  while (previous !== out) {
    previous = out;
    out = out
      .replace(
        /^(?:yes|yeah|sure|ok|okay|well|um|uh|so|oui|ben|bon|alors|euh|bien sûr|d[’']accord)\b[\s,!.]*/i,
        '',
      )
      .replace(
        /^(?:it[’']s|it is|that[’']s|that is|c[’']est|ce serait|it would be|i[’']d say|je dirais)\s+/i,
        '',
      );
  }
  return out
    .replace(/^(?:please|s[’']il vous plaît)\b[\s,]*/i, '')
    .replace(/[\s,]*\b(?:please|s[’']il vous plaît|merci)[\s.!]*$/i, '')
    .replace(/[\s.!]+$/u, '')
    .trim();
}

/** A short answer loses its polite start ("It's 12 rue Roy"); a long one (a message) is kept as said. */
function wholeAnswer(text: string): string {
  return text.trim().split(/\s+/).length > LONG_ANSWER_WORDS
    ? text.trim().replace(/[\s.!]+$/u, '')
    : cleanAnswer(text);
}

function phoneOf(text: string): string | undefined {
  const match = PHONE.exec(text)?.[0];
  return match && (match.match(/\d/g)?.length ?? 0) >= 7 ? match.trim() : undefined;
}

function nameOf(text: string, alone: boolean): string | undefined {
  const lead = NAME_LEAD.exec(text);
  const rest = lead ? text.slice(lead.index + lead[0].length) : cleanAnswer(text);
  const words: string[] = [];
  let capitalised = false;
  for (const word of rest.split(/[\s,;.!?]+/)) {
    if (!word || /\d/.test(word) || NOT_NAME.has(word.toLowerCase())) break;
    // A name typed with capitals ends at the first word without one: "Jean Tremblay by text" → "Jean Tremblay".
    if (words.length === 0) capitalised = /^\p{Lu}/u.test(word);
    else if (capitalised && !/^\p{Lu}/u.test(word)) break;
    words.push(word);
    if (words.length === 4) break;
  }
  if (words.length === 0 || (!lead && !alone && !/^\p{Lu}/u.test(words[0] ?? ''))) return undefined;
  return words.join(' ');
}

/** A phone number, email or reference found in the text, for fields of those types. */
export function typedValue(text: string, type: FieldType): string | undefined {
  if (type === 'phone') return phoneOf(text);
  if (type === 'email') return EMAIL.exec(text)?.[0];
  if (type === 'reference') return REFERENCE.exec(text)?.[0];
  return undefined;
}

function isNameLike(segment: string): boolean {
  const words = segment.split(/\s+/);
  return (
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}[\p{L}’'-]*$/u.test(word)) &&
    !NOT_NAME.has(words[0]?.toLowerCase() ?? '')
  );
}

function extractOne(message: string, field: FieldSpec): Record<string, string> {
  const value =
    typedValue(message, field.type) ??
    (field.type === 'name' ? nameOf(message, true) : undefined) ??
    wholeAnswer(message);
  return value.length > 1 || /\d/.test(value) ? { [field.label]: value } : {};
}

/**
 * An answer to several questions at once ("77 rue Jarry, Luc Girard, 514 555 0133"): numbers and emails first,
 * then the comma-separated pieces: one starting with a number is the address, one in capitals the name, the rest
 * goes to the first free-text field.
 */
function extractSeveral(message: string, fields: readonly FieldSpec[]): Record<string, string> {
  const values: Record<string, string> = {};
  let rest = message;
  for (const field of fields) {
    const value = typedValue(rest, field.type);
    if (!value) continue;
    values[field.label] = value;
    rest = rest.replace(value, ' ');
  }
  const nameField = fields.find((field) => field.type === 'name');
  const lead = NAME_LEAD.exec(rest);
  if (nameField && lead) {
    const name = nameOf(rest, false);
    if (name) {
      values[nameField.label] = name;
      rest = rest.replace(name, ' ');
    }
  }
  // Callers repeat what they were asked ("Invoice 2291", "my number is…"): those words are not an answer.
  const asked = new Set(fields.flatMap((field) => foldedPhrase(field.label).split(' ')));
  const addressField = fields.find((field) => field.type === 'address');
  const leftovers: string[] = [];
  for (const piece of rest.split(/[,;]|\s+(?:and|et)\s+/i)) {
    const segment = cleanAnswer(
      piece
        .split(/\s+/)
        .filter((word) => !asked.has(foldedPhrase(word)) && !/^(?:my|mon|ma|is|est)$/i.test(word))
        .join(' '),
    );
    if (segment.length <= 1) continue;
    if (addressField && values[addressField.label] === undefined && /^\d/.test(segment)) {
      values[addressField.label] = segment;
    } else if (nameField && values[nameField.label] === undefined && isNameLike(segment)) {
      values[nameField.label] = segment;
    } else leftovers.push(segment);
  }
  const free = fields.find((field) => values[field.label] === undefined && field.type === 'text');
  if (free && leftovers.length > 0) values[free.label] = leftovers.join(', ');
  return values;
}

/** What the caller's answer says for each field asked; unrecognised text goes to the first free-text field. */
export function extractAnswer(message: string, fields: readonly FieldSpec[]): Record<string, string> {
  const [only] = fields;
  if (!only) return {};
  return fields.length === 1 ? extractOne(message, only) : extractSeveral(message, fields);
}
