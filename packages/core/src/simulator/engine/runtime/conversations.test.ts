import { describe, expect, test } from 'vitest';
import { demoKnowledge, demoStep, sonaStep, templateJob } from '../conversationFixtures';
import { summarizeCall } from '../outputs/summary';
import { simulateCall } from './scriptedCall';

/** Sona's replies of a call, greeting first. */
function replies(call: ReturnType<typeof simulateCall>): string[] {
  return call.results.map((result) => result.reply);
}

describe('scripted calls on the built-in templates', () => {
  test('“Take a message” (English): every question in order, the urgent branch, a read-back, message taken', () => {
    const step = sonaStep([templateJob('take-a-message', 'en'), templateJob('billing-question', 'en')]);
    const call = simulateCall(step, [
      'Hi, can I leave a message for Julie?',
      'Julie in accounting',
      'My name is Paul Martin',
      'No, please call me on 514 555 0188',
      'Yes',
      'The invoice you sent me is wrong, it is urgent',
      'I have to pay it by Friday',
      'Yes, that is right',
      'No thanks, goodbye',
    ]);

    const said = replies(call);
    expect(said[1]).toBe('Could you tell me who the message is for?');
    expect(said[2]).toBe('Thank you. Could I have your full name?');
    expect(said[4]).toBe('Let me read that back: 5 1 4 5 5 5 0 1 8 8. Is that correct?');
    // Step 6 ("If the caller says it is urgent, ask why") runs because the caller said "urgent".
    expect(said[6]).toBe('Thank you. Could you tell me why?');
    expect(call.results[6]?.trace.reason.explanation).toContain(
      'Step 6 runs: “\u2068If the caller says it is urgent\u2069”',
    );
    expect(said[8]).toMatch(/^The message will be passed on\. Thank you for calling\./);
    expect(call.state.ended).toBe(true);

    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Paul Martin',
      jobId: 'job-take-a-message-en',
      outcome: 'message-taken',
      collected: {
        'who the message is for': 'Julie in accounting',
        name: 'Paul Martin',
        'phone number': '514 555 0188',
        message: 'The invoice you sent me is wrong, it is urgent',
        why: 'I have to pay it by Friday',
      },
      actions: [],
      turns: 19,
    });
  });

  test('“Take a message”: the urgent step is skipped when the caller never says it is urgent', () => {
    const step = sonaStep([templateJob('take-a-message', 'en')]);
    const call = simulateCall(step, [
      'I would like to leave a message for Marc',
      'Marc',
      'Anna Lee',
      'Yes it is',
      'Yes',
      'Please call me back about the quote',
    ]);
    const last = call.results[6];
    expect(last?.reply).toBe(
      'Thank you. Let me read that back: Please call me back about the quote. Is that correct?',
    );
    expect(last?.trace.instructions?.map(({ index, status }) => [index, status])).toEqual([
      [6, 'skipped'],
      [7, 'performed'],
    ]);
    expect(last?.trace.reason.explanation).toContain(
      'Skipped step 6: “\u2068If the caller says it is urgent\u2069”',
    );
  });

  test('“Prendre un rendez-vous” (French) with an SMS action: French questions, the SMS fired with its text', () => {
    const job = templateJob('book-an-appointment', 'fr', (text) =>
      text.replace(
        /^7\. .*$/m,
        '7. Envoyez un SMS de confirmation. [sms: Votre demande de rendez-vous est bien reçue. L’équipe vous confirmera l’heure.]',
      ),
    );
    const step = sonaStep([job, templateJob('take-a-message', 'fr')]);
    const call = simulateCall(step, [
      'Bonjour, je voudrais prendre rendez-vous',
      'Un détartrage',
      'Mardi matin',
      'Jeudi après-midi',
      'Je m’appelle Chloé Lavoie',
      '514 555 0150',
      'Oui',
      'Oui, c’est exact',
      'Non merci, au revoir',
    ]);
    const said = replies(call);
    expect(said[1]).toBe('Pouvez-vous me dire quel service vous souhaitez\u00a0?');
    expect(said[4]).toBe('Merci. Pouvez-vous me donner votre nom complet\u00a0?');
    expect(said[8]).toContain(
      'Je vous ai envoyé un SMS\u00a0: «\u00a0Votre demande de rendez-vous est bien reçue. L’équipe vous confirmera l’heure.\u00a0»',
    );
    expect(call.results[8]?.trace.actions).toEqual([
      {
        type: 'sms',
        message: 'Votre demande de rendez-vous est bien reçue. L’équipe vous confirmera l’heure.',
      },
    ]);
    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Chloé Lavoie',
      outcome: 'appointment-booked',
      intent:
        'Appel pour «\u00a0\u2068Prendre un rendez-vous\u2069\u00a0»\u00a0: «\u00a0\u2068Bonjour, je voudrais prendre rendez-vous\u2069\u00a0».',
      collected: {
        'quel service il souhaite': 'Un détartrage',
        'jour et l’heure qu’il préfère': 'Mardi matin',
        'second choix': 'Jeudi après-midi',
        nom: 'Chloé Lavoie',
        'numéro de téléphone': '514 555 0150',
      },
      actions: [
        {
          type: 'sms',
          detail: 'Votre demande de rendez-vous est bien reçue. L’équipe vous confirmera l’heure.',
        },
      ],
    });
  });

  test('“Qualify a lead”: a sales job with contact details collected is a qualified lead', () => {
    const step = sonaStep([templateJob('qualify-a-lead', 'en'), templateJob('take-a-message', 'en')]);
    const call = simulateCall(step, [
      'Hi, I would like a quote to install solar panels',
      'Solar panels on my roof',
      'It is for my home',
      'In the spring',
      'Around 20,000 dollars',
      'Omar Haddad',
      'omar.haddad@example.com',
      'Yes',
      'Yes, that is everything',
      'No thanks, bye',
    ]);
    expect(call.results[7]?.reply).toBe(
      'Thank you. Let me read that back: omar.haddad@example.com. Is that correct?',
    );
    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Omar Haddad',
      outcome: 'lead-qualified',
      collected: { email: 'omar.haddad@example.com', name: 'Omar Haddad' },
    });
  });
});

describe('actions', () => {
  // The template transfers to “a manager”; a person names the member, as they would in the editor.
  const escalate = templateJob('escalate-to-a-manager', 'en', (text) =>
    text.replace('[transfer member: a manager]', '[transfer member: Sophie Tremblay]'),
  );

  test('a transfer asks the caller first, fires with its destination, and Sona leaves the call', () => {
    const step = sonaStep([escalate]);
    const call = simulateCall(step, [
      'I want to speak to a manager, this is unacceptable',
      'The technician never showed up',
      'Paul Martin',
      'Invoice 4411',
      'Yes',
      'Transfer me now please',
      'Yes',
      'Hello? Are you still there?',
    ]);
    const said = replies(call);
    expect(said[6]).toContain(
      'I’m going to transfer you to Sophie Tremblay. I won’t be able to come back to the call after that. Shall I transfer you now?',
    );
    expect(call.results[6]?.trace.actions).toEqual([]);
    expect(said[7]).toBe('Transferring you to Sophie Tremblay now. Goodbye!');
    expect(call.results[7]?.trace.actions).toEqual([
      { type: 'transfer', target: 'member', destination: 'Sophie Tremblay' },
    ]);
    // The call is over: the caller's last message was never answered.
    expect(call.results).toHaveLength(8);
    expect(call.state).toMatchObject({ ended: true, outcome: 'transferred' });
    expect(summarizeCall(step, call.state)).toMatchObject({
      outcome: 'transferred',
      actions: [{ type: 'transfer', detail: 'member: Sophie Tremblay' }],
      collected: { problem: 'The technician never showed up', name: 'Paul Martin', 'file number': '4411' },
    });
  });

  test('a caller who prefers a message is not transferred: the condition picks the message branch, message taken', () => {
    const step = sonaStep([escalate]);
    const call = simulateCall(step, [
      'I want to speak to a manager',
      'My heater broke again',
      'Paul Martin',
      'No',
      'Yes',
      'I would rather leave a message',
      '514 555 0123',
      'Yes',
    ]);
    expect(call.results[6]?.reply).toBe('Could I have the best number to call you back?');
    expect(call.state.actions).toEqual([]);
    expect(call.state).toMatchObject({ ended: true });
    expect(summarizeCall(step, call.state).outcome).toBe('message-taken');
  });

  test('the demo’s after-hours emergency: consent to the fee, then the transfer to the on-call number', () => {
    const step = demoStep('flow-main', 'after-hours', 'published');
    const call = simulateCall(step, [
      'A pipe burst in the basement and water is everywhere',
      'Yes, it is closed now',
      '77 rue Jarry, Luc Girard, 514 555 0133',
      'Yes, that is fine',
      'Yes',
    ]);
    expect(call.results[4]?.trace.reason.explanation).toContain(
      'Skipped step 6: “\u2068Without consent\u2069”',
    );
    expect(call.results[4]?.reply).toContain('I’m going to transfer you to +15145550166.');
    expect(call.state.actions).toEqual([{ type: 'transfer', target: 'number', destination: '+15145550166' }]);
    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Luc Girard',
      outcome: 'transferred',
      collected: { address: '77 rue Jarry', name: 'Luc Girard', 'phone number': '514 555 0133' },
    });
  });

  test('a caller who declines the transfer stays with Sona', () => {
    const transfer = sonaStep([
      {
        id: 'job-support',
        name: 'Technical support',
        description: 'Hands technical problems to the support team.',
        trigger: 'The caller has a technical problem with their account.',
        instructions:
          '1. Ask for the account number.\n2. Transfer the call to support. [transfer inbox: Support]\n3. Tell the caller the support team will email them today.',
      },
    ]);
    const call = simulateCall(transfer, [
      'I have a technical problem with my account',
      'A-1234',
      'No, I would rather not',
    ]);
    expect(call.results[2]?.reply).toContain('I’m going to transfer you to the “Support” shared inbox.');
    expect(call.results[3]?.reply).toBe(
      'All right, I won’t transfer you. The support team will email you today. Is there anything else I can help you with?',
    );
    expect(call.state.actions).toEqual([]);
    expect(call.state.ended).toBe(false);
  });

  test('an instruction that describes an action without its token fires nothing, and the trace says how to fix it', () => {
    // The person deleted the template's SMS token but kept the words that describe it.
    const withoutToken = templateJob('send-an-intake-form', 'en', (text) =>
      text.replace(/ \[sms: [^\]]*\]/, ''),
    );
    const step = sonaStep([withoutToken]);
    const call = simulateCall(step, [
      'Can you send me the form before my first visit?',
      'Ana Silva',
      'Yes it can',
      'Yes',
    ]);
    const last = call.results[4];
    expect(last?.reply).toContain('I can’t send you a text from here: no SMS is set up in this job.');
    expect(last?.trace.actions).toEqual([]);
    expect(last?.trace.reason.explanation).toContain(
      'Step 4 mentions an SMS but has no SMS action, so nothing was sent: insert one from the Actions menu.',
    );
  });
});

describe('conditions', () => {
  test('“Si l’appelant parle … d’une odeur de gaz” runs when the caller mentions it and ends the call', () => {
    const step = sonaStep([templateJob('after-hours-emergency', 'fr')]);
    const call = simulateCall(step, ['C’est une urgence, il y a une forte odeur de gaz dans la cuisine']);
    expect(call.results[1]?.reply).toBe(
      'Veuillez raccrocher et appeler immédiatement les services d’urgence. Merci de votre appel. Au revoir\u00a0!',
    );
    expect(call.state.ended).toBe(true);
    expect(call.results[1]?.trace.reason.matchedWords).toEqual(expect.arrayContaining(['odeur', 'gaz']));
  });

  test('without danger the safety step is skipped, and “Si cela peut attendre” follows the caller’s yes', () => {
    const step = sonaStep([templateJob('after-hours-emergency', 'fr')]);
    const call = simulateCall(step, [
      'C’est une urgence, nous n’avons plus de chauffage',
      'La chaudière est arrêtée',
      'Luc Girard',
      '12 rue Roy',
      'Oui',
      '514 555 0190',
      'Oui',
      'Oui, ça peut attendre demain matin',
    ]);
    expect(call.results[1]?.reply).toBe('Pouvez-vous me dire ce qui se passe\u00a0?');
    expect(call.results[1]?.trace.instructions?.[0]).toMatchObject({ index: 1, status: 'skipped' });
    expect(call.results[8]?.reply).toBe(
      'L’équipe vous rappellera à l’ouverture. Merci de votre appel. Au revoir\u00a0!',
    );
    expect(call.state).toMatchObject({ ended: true, actions: [] });
  });
});

describe('knowledge', () => {
  test('a question no job covers is answered with a quote of the right page', () => {
    const step = demoStep('flow-main', 'front-desk', 'published');
    const call = simulateCall(step, ['What are your opening hours on Saturday?']);
    const answer = call.results[1];
    expect(answer?.reply).toBe(
      'From our “Opening hours / Heures d’ouverture” page: “Open Monday to Friday 7:30–17:30 and Saturday 9:00–13:00; emergencies 24/7.” Is there anything else I can help you with?',
    );
    expect(answer?.trace.knowledge).toEqual({
      pageId: 'kb-hours',
      title: 'Opening hours / Heures d’ouverture',
      passage: 'Open Monday to Friday 7:30–17:30 and Saturday 9:00–13:00; emergencies 24/7.',
    });
    expect(answer?.trace.job).toBeNull();
    expect(summarizeCall(step, call.state).outcome).toBe('resolved');
  });

  test('in French, the French passage of a bilingual page', () => {
    const step = sonaStep([], demoKnowledge);
    const call = simulateCall(step, ['Quelles sont vos heures d’ouverture le samedi ?']);
    expect(call.results[1]?.trace.knowledge?.passage).toBe(
      'Bureau ouvert du lundi au vendredi de 7 h 30 à 17 h 30 et le samedi de 9 h à 13 h.',
    );
    expect(call.results[1]?.reply).toMatch(/^D’après notre page «\u00a0Opening hours/);
  });

  test('an instruction that reads from a named page quotes that page with the caller’s words', () => {
    const step = demoStep('flow-sales', 'sales', 'published');
    const call = simulateCall(step, [
      'How much would it cost to replace my electric water heater?',
      'A replacement',
      '12 Maple Street, a duplex',
    ]);
    expect(call.results[3]?.trace.knowledge).toMatchObject({
      pageId: 'kb-prices',
      passage: 'Water heater replacement (40 gallons, electric), installed: from $1,650',
    });
  });

  test('a question nothing covers: Sona offers to take a message, then takes it', () => {
    const step = demoStep('flow-main', 'front-desk', 'published');
    const call = simulateCall(step, [
      'Do you sell garden furniture?',
      'Please ask Marc to call me about the patio',
      'Nadia Haddad, 450 555 0172',
      'No thanks',
    ]);
    expect(call.results[1]?.reply).toBe(
      'I’m sorry, I don’t have an answer to that. I can take a message for the team: what would you like to tell them?',
    );
    expect(call.results[1]?.trace.knowledge).toBeNull();
    expect(call.results[3]?.reply).toBe(
      'Thank you, Nadia Haddad. I’ll pass your message on to the team. Is there anything else I can help you with?',
    );
    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Nadia Haddad',
      jobId: null,
      outcome: 'message-taken',
      collected: {
        message: 'Please ask Marc to call me about the patio',
        name: 'Nadia Haddad',
        'phone number': '450 555 0172',
      },
    });
  });
});

describe('routing inside the call', () => {
  test('the trace names the job, its confidence, the runner-up and the words that matched', () => {
    const step = demoStep('flow-main', 'front-desk', 'published');
    const call = simulateCall(step, ['I have a question about my invoice, I was charged twice']);
    const trace = call.results[1]?.trace;
    expect(trace).toMatchObject({ routed: true, job: { jobId: 'job-billing', name: 'Billing question' } });
    expect(trace?.job?.confidence).toBeGreaterThan(0.4);
    expect(trace?.runnerUp?.jobId).not.toBe('job-billing');
    expect(trace?.reason.matchedWords).toEqual(expect.arrayContaining(['invoice']));
    expect(trace?.instruction).toMatchObject({ index: 2, count: 5 });
    expect(call.results[1]?.reply).toBe(
      'Could I have the invoice number or the name and address on the account?',
    );
  });

  test('a read-back the caller corrects is read again with the correction', () => {
    const step = sonaStep([templateJob('take-a-message', 'en')]);
    const call = simulateCall(step, [
      'Can I leave a message for Julie?',
      'Julie',
      'Anna Lee',
      'No, call me on 514 555 0111',
      'No, it is 514 555 0112',
      'Yes',
    ]);
    expect(call.results[5]?.reply).toBe('Let me read that back: 514 555 0112. Is that correct?');
    expect(call.results[6]?.reply).toBe('Could I have the message, in your own words?');
    expect(call.state.collected['phone number']).toBe('514 555 0112');
  });
});
