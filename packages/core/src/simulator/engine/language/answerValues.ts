import { foldedPhrase } from './foldedPhrase';

/** `reference`: an invoice, order, claim or file number. */
export type FieldType = 'name' | 'phone' | 'email' | 'address' | 'reference' | 'text';

/**
 * A piece of information an instruction asks for, named as the instruction names it. Defined with the reading of
 * answers (not with the script) because both the script and the turns use it, and words sit below both.
 */
export interface FieldSpec {
  label: string;
  type: FieldType;
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
