import type { RoutingLocale } from '../../../routing/locale';

/**
 * Instructions speak about the caller ("Ask for the caller’s name"); Sona speaks to them ("Could I have your
 * name?"). These rules turn the words about the caller into words to the caller, in English and French.
 */
type Rule = [RegExp, string | ((...groups: string[]) => string)];

const EN_RULES: readonly Rule[] = [
  [/\bthe caller[’']s\b/gi, 'your'],
  [/\bthe callers?\b/gi, 'you'],
  [/\bhis or her\b/gi, 'your'],
  [/\bhe or she\b/gi, 'you'],
  [/\bthemselves\b/gi, 'yourself'],
  [/\btheirs\b/gi, 'yours'],
  [/\btheir\b/gi, 'your'],
  // "them" is the caller after verbs done to people ("call them back"); "explains them" is about things.
  [
    /\b(call|reach|contact|transfer|thank|tell|ask|help|send|text|remind|put|email|give|let|offer|suit|welcome|reassure|connect|notify|inform|update|serve|phone|book|guide|direct|advise|warn|refer|stop|for|with|to)\s+them\b/gi,
    '$1 you',
  ],
  [
    /\b(transferring|calling|texting|sending|connecting|putting|helping|asking|telling|booking|reaching)\s+them\b/gi,
    '$1 you',
  ],
  [/\bthey\b/gi, 'you'],
];

const EN_AGREEMENT: Record<string, string> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  'doesn’t': 'don’t',
  "doesn't": "don't",
  'isn’t': 'aren’t',
  "isn't": "aren't",
  'hasn’t': 'haven’t',
  "hasn't": "haven't",
  'wasn’t': 'weren’t',
  "wasn't": "weren't",
};

/** "you wants" → "you want": the verb after a new "you" loses its third-person ending. */
function agreeEnglish(text: string): string {
  return text
    .replace(/\byou ([a-z’']+)\b/gi, (whole, verb: string) => {
      const lower = verb.toLowerCase();
      const fixed = EN_AGREEMENT[lower];
      if (fixed) return `you ${fixed}`;
      if (lower.length <= 3 || !lower.endsWith('s') || /(ss|us|is|ous)$/.test(lower)) return whole;
      if (lower.endsWith('ies')) return `you ${verb.slice(0, -3)}y`;
      if (/(ch|sh|x|o)es$/.test(lower)) return `you ${verb.slice(0, -2)}`;
      return `you ${verb.slice(0, -1)}`;
    })
    .replace(/\b(you [a-z]+ (?:or|and) )([a-z]{3,}?)s\b/gi, '$1$2');
}

const FR_RULES: readonly Rule[] = [
  // Impersonal "il" stays: "il y a", "il s’agit", "il faut".
  [/\bil (y|s[’']agit|faut)\b/gi, 'il\u2060 $1'],
  [
    /\b(?:(les|le|la)\s+|(l)[’']\s*)([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:de|à) l[’']appelant\b/giu,
    (_whole, article = '', elided = '', noun = '') =>
      `${(article || elided).toLowerCase() === 'les' ? 'vos' : 'votre'} ${noun}`,
  ],
  [
    /\b(?:le|la|l[’'])\s?((?:re)?contact\p{L}*|rappel\p{L}*|joindr\p{L}*|aider|aidera|informer|informera|appeler)\b/giu,
    'vous $1',
  ],
  [/(?<!\p{L})à l[’']appelant\b/giu, 'vous'],
  [/\bl[’']appelant\b/gi, 'vous'],
  [/\bqu[’']il\b(?!\u2060)/gi, 'que vous'],
  [/\bs[’']il\b(?!\u2060)/gi, 'si vous'],
  [/\bil\b(?!\u2060)/gi, 'vous'],
  [/\bson\b/gi, 'votre'],
  [/\bsa\b/gi, 'votre'],
  [/\bses\b/gi, 'vos'],
  [/\blui\b/gi, 'vous'],
  [/\u2060/g, ''],
];

const FR_AGREEMENT: Record<string, string> = {
  a: 'avez',
  est: 'êtes',
  veut: 'voulez',
  peut: 'pouvez',
  sait: 'savez',
  voit: 'voyez',
  entend: 'entendez',
  connaît: 'connaissez',
  connait: 'connaissez',
  dit: 'dites',
  fait: 'faites',
  doit: 'devez',
  prend: 'prenez',
  vient: 'venez',
  préfère: 'préférez',
  appelle: 'appelez',
  rappelle: 'rappelez',
  aimerait: 'aimeriez',
  voudrait: 'voudriez',
  pourrait: 'pourriez',
  souhaiterait: 'souhaiteriez',
  aurait: 'auriez',
  serait: 'seriez',
};

function conjugateFrench(verb: string): string | undefined {
  const fixed = FR_AGREEMENT[verb.toLowerCase()];
  if (fixed) return fixed;
  // Regular verbs of the first group: "souhaite" → "souhaitez"; infinitives ("dire") and nouns are left alone.
  const regular = /e$/.test(verb) && !/(?:re|ée)$/.test(verb);
  if (verb.length > 3 && regular && !/^(votre|vous|quelque|comme|notre|même)$/i.test(verb)) return `${verb}z`;
  return undefined;
}

function agreeFrench(text: string): string {
  return text
    .replace(
      /\bvous ((?:en |y |le |la |les |l[’']|me |m[’'])?)([\p{L}]+)/gu,
      (whole, clitic: string, verb: string) => {
        const conjugated = conjugateFrench(verb);
        return conjugated ? `vous ${clitic}${conjugated}` : whole;
      },
    )
    .replace(/\b(vous \p{L}+ (?:ou|et) )(\p{L}+)/gu, (whole, start: string, verb: string) => {
      const conjugated = conjugateFrench(verb);
      return conjugated ? `${start}${conjugated}` : whole;
    });
}

function apply(text: string, rules: readonly Rule[]): string {
  let out = text;
  for (const [pattern, replacement] of rules) {
    out =
      typeof replacement === 'string'
        ? out.replace(pattern, replacement)
        : out.replace(pattern, (...args) => replacement(...(args.slice(0, -2) as string[])));
  }
  return out;
}

/** Words about the caller, turned into words to the caller. */
export function toCaller(text: string, locale: RoutingLocale): string {
  return locale === 'fr' ? agreeFrench(apply(text, FR_RULES)) : agreeEnglish(apply(text, EN_RULES));
}

/** Words about the caller, kept in the third person but shorter: for field names ("which service they want"). */
export function aboutCaller(text: string, locale: RoutingLocale): string {
  if (locale === 'fr') {
    return text
      .replace(/\s+(?:de|à) l[’']appelant\b/gi, '')
      .replace(/\bl[’']appelant\b/gi, 'il')
      .trim();
  }
  return toCaller(text, 'en')
    .replace(/\byourself\b/gi, 'themselves')
    .replace(/\byours\b/gi, 'theirs')
    .replace(/\byour\b/gi, 'their')
    .replace(/\byou\b/gi, 'they')
    .trim();
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A sentence ending with exactly one final mark; French puts a no-break space before “?” and “!”. */
export function sentence(text: string, locale: RoutingLocale, mark: '.' | '?' | '!' = '.'): string {
  const body = capitalize(text.trim().replace(/[\s.,;:!?]+$/u, ''));
  if (body === '') return '';
  return mark === '.' || locale === 'en' ? `${body}${mark}` : `${body}\u00a0${mark}`;
}

/** “quoted” in English, « quoted » in French. */
export function quoted(text: string, locale: RoutingLocale): string {
  return locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/** "a, b and c" / "a, b et c". */
export function listOf(items: readonly string[], locale: RoutingLocale): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = locale === 'fr' ? 'et' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
