import type { RoutingLocale } from './locale';

const MIN_STEM = 3;
const VOWEL = /[aeiouy]/;

function strip(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      const stem = word.slice(0, -suffix.length);
      if (VOWEL.test(stem)) return stem;
    }
  }
  return word;
}

const EN_SUFFIXES = [
  'ations',
  'ation',
  'ingly',
  'ings',
  'ing',
  'edly',
  'ed',
  'ly',
  'ment',
  'ness',
  'ful',
  'e',
];

/** A light English stemmer: plural, -ing, -ed, -ly and a few derivations; enough to make word forms meet. */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= MIN_STEM) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  const stripped = strip(w, EN_SUFFIXES);
  if (stripped !== w && /([b-df-hj-np-rtv-z])\1$/.test(stripped) && !/(ll|ss|zz)$/.test(stripped)) {
    return stripped.slice(0, -1);
  }
  if (stripped !== w && stripped.endsWith('ll') && stripped.length > 4) return stripped.slice(0, -1);
  return stripped.endsWith('y') && stripped.length > 3 ? `${stripped.slice(0, -1)}i` : stripped;
}

const FR_SUFFIXES = [
  'issements',
  'issement',
  'ements',
  'ement',
  'ations',
  'ation',
  'atrices',
  'atrice',
  'ateurs',
  'ateur',
  'euses',
  'euse',
  'eurs',
  'eur',
  'erions',
  'erais',
  'erait',
  'eront',
  'erai',
  'aient',
  'ais',
  'ait',
  'ant',
  'ons',
  'ees',
  'ez',
  'er',
  'ee',
  'es',
  'e',
];

/** A light French stemmer (after accents are folded): plural, common verb endings and derivations. */
export function stemFrench(word: string): string {
  let w = word;
  if (w.length <= MIN_STEM) return w;
  if (/[sx]$/.test(w) && w.length > 4 && !w.endsWith('ss')) w = w.slice(0, -1);
  return strip(w, FR_SUFFIXES);
}

/** The stem of a folded word in `locale`, so that its forms meet ("invoices", "invoiced": invoic). */
export function stem(word: string, locale: RoutingLocale): string {
  return locale === 'fr' ? stemFrench(word) : stemEnglish(word);
}
