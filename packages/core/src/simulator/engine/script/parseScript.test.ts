import { describe, expect, test } from 'vitest';
import { parseScript, splitInstructions } from './parseScript';

function onlyPart(instructions: string) {
  const [step] = parseScript(instructions).steps;
  return step?.parts[0];
}

describe('splitInstructions', () => {
  test('numbered and bulleted lines start steps; a line without a marker continues the step above', () => {
    expect(
      splitInstructions(
        '1. Ask for their name.\n   Spell it back.\n2) Ask for their address.\n- Say goodbye.',
      ),
    ).toEqual(['Ask for their name. Spell it back.', 'Ask for their address.', 'Say goodbye.']);
  });

  test('without markers, each line is a step; blank lines and Windows line ends are ignored', () => {
    expect(splitInstructions('Ask for their name.\r\n\r\nAsk for their address.\r\n')).toEqual([
      'Ask for their name.',
      'Ask for their address.',
    ]);
  });
});

describe('parseScript', () => {
  test('a question collects a field named from what it asks, and Sona asks it to the caller', () => {
    expect(onlyPart('1. Ask for their address.')).toMatchObject({
      kind: 'ask',
      speech: 'Could I have your address?',
      fields: [{ label: 'address', type: 'address' }],
      awaitsReply: true,
    });
    expect(onlyPart('1. Ask the caller which service they want.')).toMatchObject({
      speech: 'Could you tell me which service you want?',
      fields: [{ label: 'which service they want', type: 'text' }],
    });
    expect(onlyPart('1. Demandez son adresse courriel.')).toMatchObject({
      speech: 'Pouvez-vous me donner votre adresse courriel\u00a0?',
      fields: [{ label: 'courriel', type: 'email' }],
    });
  });

  test('one instruction asking for several things collects each of them', () => {
    expect(
      onlyPart('1. Ask for the address, the caller’s name and a phone number that works right now.')?.fields,
    ).toEqual([
      { label: 'address', type: 'address' },
      { label: 'name', type: 'name' },
      { label: 'phone number', type: 'phone' },
    ]);
  });

  test('an instruction of several clauses becomes several parts in order', () => {
    const [step] = parseScript('1. Ask for a mobile number, and read it back digit by digit.').steps;
    expect(step?.parts.map((part) => part.kind)).toEqual(['ask', 'confirm']);
  });

  test('a leading condition is kept apart from the action, with its words and alternatives', () => {
    const [first, second] = parseScript(
      '1. If the caller mentions smoke, sparks or a smell of gas, tell them to get to safety, then end the call.\n2. Otherwise, ask what happened.',
    ).steps;
    expect(first?.condition).toMatchObject({
      kind: 'if',
      negative: false,
      text: 'If the caller mentions smoke, sparks or a smell of gas',
    });
    expect(first?.condition?.alternatives.map((terms) => terms.map((term) => term.word))).toEqual([
      ['smoke'],
      ['sparks'],
      ['smell', 'gas'],
    ]);
    expect(first?.parts.map((part) => [part.kind, part.speech])).toEqual([
      ['say', 'Please get to safety.'],
      ['end', ''],
    ]);
    expect(second?.condition).toMatchObject({ kind: 'otherwise' });
  });

  test('French conditions: “Si …,” and “Sinon,”', () => {
    const [first, second] = parseScript(
      '1. Si l’appelant sent une odeur de gaz, dites-lui de sortir du bâtiment.\n2. Sinon, demandez son nom.',
    ).steps;
    expect(first?.condition?.text).toBe('Si l’appelant sent une odeur de gaz');
    expect(first?.parts[0]?.speech).toBe('Veuillez sortir du bâtiment.');
    expect(second?.condition?.kind).toBe('otherwise');
  });

  test('action tokens become actions, and replace the words that describe them', () => {
    const [step] = parseScript(
      '1. Send the caller an SMS with the link. [sms: Fill in the form: https://example.com/f]',
    ).steps;
    expect(step?.actions).toEqual([{ type: 'sms', message: 'Fill in the form: https://example.com/f' }]);
    expect(step?.parts).toEqual([]);
  });

  test('guidance Sona follows silently has nothing to say', () => {
    const [step] = parseScript('1. Never ask for a card number.').steps;
    expect(step?.parts.every((part) => part.speech === '' && !part.awaitsReply)).toBe(true);
  });

  test('the script’s language is the instructions’ language', () => {
    expect(parseScript('1. Demandez le nom de l’appelant et son numéro.').locale).toBe('fr');
    expect(parseScript('1. Ask for the name and the number of the caller.').locale).toBe('en');
  });
});
