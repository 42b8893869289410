import { foldForSearch } from '../../../text';

/**
 * What an instruction's verb makes Sona do. Instructions are imperatives ("Ask for…", "Demandez…"), so the first
 * word of a clause says what kind of step it is.
 */
export type VerbKind =
  | 'ask'
  | 'listen'
  | 'confirm'
  | 'say'
  | 'explain'
  | 'offer'
  | 'book'
  | 'guide'
  | 'send'
  | 'transfer'
  | 'end'
  | 'guideline'
  | 'act';

const VERBS: Record<VerbKind, string> = {
  ask: 'ask collect request find obtain take demandez demande recueillez prenez obtenez notez',
  listen: 'let listen laissez ecoutez',
  confirm:
    'read repeat sum summarise summarize recap confirm verify check relisez repetez resumez recapitulez confirmez verifiez',
  say: 'tell say inform mention remind advise warn reassure calm thank welcome apologise apologize acknowledge promise suggest recommend dites informez indiquez mentionnez rappelez conseillez prevenez rassurez remerciez accueillez excusez reconnaissez promettez precisez suggerez recommandez',
  explain: 'explain give describe answer expliquez donnez decrivez repondez',
  offer: 'offer propose proposez offrez',
  book: 'book schedule arrange reservez planifiez fixez',
  guide: 'walk guide help guidez aidez accompagnez',
  send: 'send text envoyez textez',
  transfer: 'transfer forward escalate put transferez passez',
  end: 'end hang terminez raccrochez',
  guideline:
    'never always do don speak stay use keep avoid make be try only ne n parlez restez utilisez consultez gardez evitez assurez soyez',
  act: 'treat follow open close note stop correct start begin handle traitez suivez ouvrez fermez arretez corrigez commencez',
};

const INDEX = new Map<string, VerbKind>();
for (const [kind, words] of Object.entries(VERBS) as [VerbKind, string][]) {
  for (const word of words.split(/\s+/)) if (!INDEX.has(word)) INDEX.set(word, kind);
}

/** The first word of a clause, folded, without a pronoun attached by a hyphen ("Dites-lui" → "dites"). */
export function firstWord(clause: string): string {
  return foldForSearch(clause.trim()).split(/[^a-z0-9]+/)[0] ?? '';
}

export function verbKind(clause: string): VerbKind | undefined {
  return INDEX.get(firstWord(clause));
}
