import { describe, expect, test } from 'vitest';
import { demoKnowledge } from '../conversationFixtures';
import { findPassage, namedPage } from './findPassage';

describe('findPassage', () => {
  test.each([
    ['How much is a service call?', 'kb-prices', 'Service call, first hour included: $145'],
    [
      'Do you work on Sundays?',
      'kb-hours',
      'Office and phone lines: Monday to Friday: 7:30 to 17:30; Saturday: 9:00 to 13:00; Sunday: closed',
    ],
    [
      'Do you serve Laval?',
      'kb-service-area',
      'We serve the island of Montréal, Laval and the South Shore (Longueuil, Brossard, Saint-Lambert).',
    ],
    [
      'Can I pay by cheque?',
      'kb-policies',
      'Payment is due within 30 days by card, Interac e-transfer or cheque.',
    ],
    ['Combien coûte un appel de service ?', 'kb-prices', 'Service call, first hour included: $145'],
    [
      'Desservez-vous la Rive-Sud ?',
      'kb-service-area',
      'Nous desservons l’île de Montréal, Laval et la Rive-Sud.',
    ],
  ])('“%s” → %s', (question, pageId, passage) => {
    expect(findPassage(demoKnowledge, question)).toMatchObject({ pageId, passage });
  });

  test('nothing for a question the pages do not cover', () => {
    expect(findPassage(demoKnowledge, 'Do you sell garden furniture?')).toBeNull();
    expect(findPassage(demoKnowledge, 'Do you fix cars?')).toBeNull();
    expect(findPassage([], 'What are your hours?')).toBeNull();
  });

  test('a named page limits the search to it, and finds nothing when it is not attached', () => {
    const pricesOnly = demoKnowledge.filter((page) => page.id === 'kb-prices');
    expect(findPassage(demoKnowledge, 'cancellation', { page: 'Policies', minCoverage: 0 })?.pageId).toBe(
      'kb-policies',
    );
    expect(findPassage(pricesOnly, 'cancellation fee', { page: 'Policies', minCoverage: 0 })).toBeNull();
  });

  test('namedPage reads the page an instruction names', () => {
    expect(namedPage('Give the price ranges from the Prices page')).toBe('Prices');
    expect(namedPage('explain the $75 late-cancellation fee (see Policies)')).toBe('Policies');
    expect(namedPage('confirm it is in the service area (see the Service area page)')).toBe('Service area');
    expect(namedPage('Use Knowledge for the services offered')).toBeUndefined();
  });
});
