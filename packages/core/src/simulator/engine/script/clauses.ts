import { verbKind } from '../language/verbs';

const VERB_TOKEN = /^\s*([\p{L}’']+(?:-(?:lui|le|la|les|leur|en|y|moi|vous|nous))?)\s*/u;
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

/** A clause's verb as written ("Dites-lui") and the words after it. */
export function bodyOf(clause: string): { verb: string; body: string } {
  const match = VERB_TOKEN.exec(clause);
  if (!match) return { verb: '', body: clause };
  return { verb: match[1] ?? '', body: clause.slice(match[0].length).trim() };
}
