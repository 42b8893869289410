import type { RoutingLocale } from './locale';

// Folded (no accents, lower case). Besides grammar words, each list holds the filler of spoken calls
// ("um", "euh") and the words every trigger uses to describe a caller ("caller wants", "le client demande").
// Numbers are details of a request (party size, times, references), not what it is about. French keeps
// "place": "il vous reste de la place ?" asks for availability.
const EN = `a about above after again all am an and any are aren as at be because been before being below between both
but by can could did do does doing don down during each few for from further had has have having he her here hers him
his how i if in into is isn it its itself just let me more most my myself no nor not now of off on once only or other our
ours out over own same she should so some such than that the their them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours yourself
um uh uhm erm hmm hi hello hey yes yeah ok okay please thanks thank sorry well like so actually basically really just
morning afternoon evening good sir madam ma am guess think know want wanted wanting wants need needs needed get got
getting gonna wanna calling call called ask asking asks asked tell wondering wonder maybe something someone somebody
anything thing things could would might also still again there im ive id youre dont cant wont didnt doesnt isnt thats
won didn doesn haven hasn wasn weren couldn shouldn wouldn ve ll re
caller callers customer customers client clients person people one say says said see look looking help trying try
work works working worked problem problems issue issues place time today tomorrow yesterday tonight now soon later
next last week weeks month months day days year years monday tuesday wednesday thursday friday saturday sunday
come comes coming came go goes going went make makes made take takes took put give keep happen happens happening
happened hear heard stand sort able
two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand half`;

const FR = `a au aux avec ce ces c cet cette dans de des du elle elles en et eux il ils je j la le les leur leurs lui ma
mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
vos votre vous y d l m n s t est sont suis es etes sommes etait ete etre avoir ai as avons avez ont avait aurait serait
fait faire peu plus tres bien tout tous toute toutes aussi alors donc si comme quand ca cela ceci voila voici ici la
bonjour bonsoir salut allo oui non merci svp stp madame monsieur euh heu hum ben bah bon ben enfin genre quoi hein voila
voudrais voulais veux veut voulait vouloir souhaite souhaiterais souhaitais aimerais pourrais pouvez pourriez peux peut
savoir sais sait appelle appelait appeler appel appelant appelants client clients cliente personne quelqu quelque chose
demande demander demandais dire dis dit juste vraiment petit petite question besoin faut falloir aller vais va
probleme problemes souci soucis fois ensuite aujourd hui demain hier soir matin midi maintenant bientot semaine
semaines mois jour jours an ans annee lundi mardi mercredi jeudi vendredi samedi dimanche prochain prochaine dernier
venir viens vient passer passe prendre prends mettre donner avais avait aurais auriez sera serait
deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante cinquante cent mille demi demie`;

function toSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

export const STOP_WORDS: Record<RoutingLocale, ReadonlySet<string>> = { en: toSet(EN), fr: toSet(FR) };

// Words that mark a language without being shared by the other (used only to guess the locale).
const EN_MARKERS = toSet(
  'the and is are my i you your it to of for with have this that what can would do not',
);
const FR_MARKERS = toSet(
  'le la les et est je vous mon ma mes de des du pour avec une un pas que qui ai suis au',
);

/** Whether a folded word is filler in `locale`, plurals included ("places", "personnes"). */
export function isStopWord(word: string, locale: RoutingLocale): boolean {
  const stopWords = STOP_WORDS[locale];
  if (stopWords.has(word)) return true;
  return word.length > 3 && /[sx]$/.test(word) && stopWords.has(word.slice(0, -1));
}

/**
 * Words that are filler only after another one: "you guys" and "vous autres" just say "you"; "guys" alone may be
 * the technicians a caller waits for.
 */
const FILLER_AFTER: ReadonlyMap<string, string> = new Map([
  ['guys', 'you'],
  ['all', 'you'],
  ['folks', 'you'],
  ['autres', 'vous'],
]);

/** Whether a folded word is filler after the word before it ("guys" in "you guys"). */
export function isFillerAfter(previous: string | undefined, word: string): boolean {
  return previous !== undefined && FILLER_AFTER.get(word) === previous;
}

/**
 * Words that qualify what the caller talks about without naming it ("a new laptop", "un gros bruit"): they
 * count, but for little, so a job is not chosen because its name says "new".
 */
const MODIFIERS = toSet(
  'new old big small large little huge tiny nouveau nouvel nouvelle nouveaux nouvelles neuf neuve neufs neuves ancien ancienne vieux vieille grand grande gros grosse',
);

export function isModifier(word: string): boolean {
  return MODIFIERS.has(word);
}

/** The language of a text, guessed from its grammar words; English when undecided. */
export function guessLocale(foldedWords: readonly string[]): RoutingLocale {
  let en = 0;
  let fr = 0;
  for (const word of foldedWords) {
    if (EN_MARKERS.has(word)) en++;
    if (FR_MARKERS.has(word)) fr++;
  }
  return fr > en ? 'fr' : 'en';
}
