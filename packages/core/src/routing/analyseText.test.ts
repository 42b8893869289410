import { describe, expect, it } from 'vitest';
import { analyseText, termOf } from './analyseText';

const words = (text: string, locale?: 'en' | 'fr') =>
  analyseText(text, locale).words.map((entry) => entry.word);

describe('analyseText', () => {
  it('reads known phrases as one word, with the meaning of the phrase', () => {
    const { words: analysed } = analyseText('could we push back the visit?', 'en');
    expect(analysed.map((entry) => entry.word)).toEqual(['push back', 'visit']);
    expect(analysed[0]?.term).toBe(termOf('postpone', 'en'));
    expect(analyseText('mot de passe oublié', 'fr').words[0]?.term).toBe(termOf('password', 'en'));
  });

  it('tells the noun "will" from the verb', () => {
    const analysed = analyseText('I will call about my will', 'en').words;
    expect(analysed.map((entry) => entry.word)).toEqual(['my will']);
    expect(analysed[0]?.term).toBe(termOf('testament', 'fr'));
  });

  it('keeps every meaning of an ambiguous word', () => {
    const [crash] = analyseText('crash', 'en').words;
    expect([crash?.term, ...(crash?.also ?? [])]).toEqual(
      expect.arrayContaining([termOf('collision', 'en'), termOf('freeze', 'en')]),
    );
  });

  it('drops numbers, filler and the plurals of filler words', () => {
    expect(words('um, a table for 4 at 20h, reference 4521, thanks', 'en')).toEqual(['table', 'reference']);
    expect(words('slips in public places', 'en')).toEqual(['slips', 'public']);
    expect(words('pour six personnes', 'fr')).toEqual([]);
  });

  it('keeps French "place", which asks for availability, and drops French "ensuite"', () => {
    expect(analyseText('vous avez de la place ce soir ?', 'fr').words.map((entry) => entry.term)).toEqual([
      termOf('disponible', 'fr'),
    ]);
    expect(words('et ensuite la facture', 'fr')).toEqual(['facture']);
    expect(words('a new ensuite bathroom', 'en')).toEqual(['new', 'ensuite', 'bathroom']);
  });
});
