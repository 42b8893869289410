import { describe, expect, test } from 'vitest';
import { isDecline, isGoodbye } from './callerReplies';

describe('the caller closing the call', () => {
  test('“no” with politeness declines “anything else?”, in English and French', () => {
    for (const text of [
      'No thanks',
      'No questions, thanks',
      'No other questions for now',
      'Non merci, ça ira',
      'Non, aucune autre question',
    ]) {
      expect(isDecline(text), text).toBe(true);
    }
  });

  test('“no” followed by a new request does not end the call', () => {
    for (const text of [
      'No, but I also need a quote',
      'Non, j’ai une fuite sous l’évier',
      'Thanks, and can you send the form?',
    ]) {
      expect(isDecline(text), text).toBe(false);
    }
  });

  test('goodbyes are heard in both languages', () => {
    expect(isGoodbye('That’s all, bye!')).toBe(true);
    expect(isGoodbye('Merci, bonne journée')).toBe(true);
    expect(isGoodbye('My boiler is broken')).toBe(false);
  });
});
