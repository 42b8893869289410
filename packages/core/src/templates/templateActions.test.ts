import { describe, expect, test } from 'vitest';
import { actionWarnings, type JobAction, parseActions } from '../actions';
import { sonaStep, templateJob } from '../simulator/engine/conversationFixtures';
import { simulateCall, summarizeCall } from '../simulator/engine/index';
import { parseScript } from '../simulator/engine/script/parseScript';
import { getJobTemplate, JOB_TEMPLATES, listJobTemplates, type TemplateLocale } from './index';

const LOCALES: readonly TemplateLocale[] = ['en', 'fr'];

/** What a template does, as "line: sms" or "line: transfer member" — the same in both languages. */
const EXPECTED_ACTIONS: Record<string, string[]> = {
  'take-a-message': [],
  'qualify-a-lead': [],
  'book-an-appointment': ['7: sms'],
  'reschedule-or-cancel': ['7: sms'],
  'escalate-to-a-manager': ['8: transfer member'],
  'troubleshoot-a-problem': ['9: transfer inbox'],
  'new-client-intake': [],
  'after-hours-emergency': ['8: transfer member'],
  'billing-question': [],
  'send-an-intake-form': ['4: sms'],
  'order-status': ['7: sms'],
  'request-a-callback': ['8: sms'],
};

function structure(instructions: string): string[] {
  return parseActions(instructions).map(({ action, line }) =>
    action.type === 'sms' ? `${line}: sms` : `${line}: transfer ${action.target}`,
  );
}

/** The one action of a built-in template, as the simulator should fire it. */
function templateAction(id: string, locale: TemplateLocale): JobAction {
  const [match] = parseActions(getJobTemplate(id, locale)?.instructions ?? '');
  if (!match) throw new Error(`Template “${id}” (${locale}) has no action.`);
  return match.action;
}

describe('actions in the built-in templates', () => {
  test('every template is listed here, so a new one says which actions it fires', () => {
    expect(Object.keys(EXPECTED_ACTIONS).sort()).toEqual(JOB_TEMPLATES.map(({ id }) => id).sort());
  });

  describe.each(LOCALES)('in %s', (locale) => {
    test.each(listJobTemplates(locale).map((template) => [template.id, template] as const))(
      '%s fires its SMS and transfers through tokens, with no warning in the editor',
      (id, template) => {
        const { instructions } = template;
        expect(structure(instructions)).toEqual(EXPECTED_ACTIONS[id]);
        expect(actionWarnings(instructions)).toEqual([]);
        const kinds = parseActions(instructions).map(({ action }) => action.type);
        const sms = locale === 'en' ? /\bsend\b.*\bSMS\b/i : /\benvoyez\b.*\bSMS\b/i;
        const transfer = locale === 'en' ? /\btransfer the call\b/i : /\btransférez l’appel\b/i;
        if (sms.test(instructions)) expect(kinds).toContain('sms');
        if (transfer.test(instructions)) expect(kinds).toContain('transfer');
      },
    );

    test('no step describes an SMS or a transfer without its token (the simulator would fire nothing)', () => {
      for (const template of listJobTemplates(locale)) {
        const described = parseScript(template.instructions)
          .steps.filter((step) => step.parts.some((part) => part.kind === 'send' || part.kind === 'transfer'))
          .map((step) => step.index + 1);
        expect(described, template.id).toEqual([]);
      }
    });

    test('each token ends its step, and a transfer is in the last step, after the warning to tell the caller', () => {
      const warning = locale === 'en' ? 'Tell the caller before transferring.' : 'Prévenez l’appelant';
      for (const template of listJobTemplates(locale)) {
        const lines = template.instructions.split('\n');
        for (const { action, line, end } of parseActions(template.instructions)) {
          const text = lines[line - 1] ?? '';
          expect(template.instructions.slice(end).split('\n')[0], `${template.id} line ${line}`).toBe('');
          // The prose before the token says what it does, so the step reads well in the editor.
          expect(text.replace(/\[[^\]]*\]$/, '').trim().length, template.id).toBeGreaterThan(20);
          if (action.type === 'transfer') {
            expect(line, template.id).toBe(lines.length);
            expect(text, template.id).toContain(warning);
          }
        }
      }
    });
  });

  test('a French template sends and transfers like its English one, with its own words', () => {
    for (const { id, text } of JOB_TEMPLATES) {
      expect(structure(text.fr.instructions), id).toEqual(structure(text.en.instructions));
      const english = parseActions(text.en.instructions).map(({ action }) => action);
      const french = parseActions(text.fr.instructions).map(({ action }) => action);
      french.forEach((action, index) => {
        if (action.type === 'sms') expect(action, id).not.toEqual(english[index]);
      });
    }
  });
});

describe('scripted calls on templates fire their actions', () => {
  test('“Book an appointment”: the SMS is sent with the token’s text, and the appointment is booked', () => {
    const step = sonaStep([templateJob('book-an-appointment', 'en'), templateJob('take-a-message', 'en')]);
    const sms = templateAction('book-an-appointment', 'en');
    const call = simulateCall(step, [
      'Hi, I would like to book an appointment',
      'A haircut',
      'Friday morning',
      'Saturday afternoon',
      'Emma Stone',
      '514 555 0150',
      'Yes',
      'Yes, that is right',
      'No thanks, goodbye',
    ]);
    const sent = call.results[8];
    expect(sent?.reply).toMatch(
      /^I’ve sent you a text message: “We received your appointment request\. Our team will contact you to confirm the exact time\.”/,
    );
    expect(sent?.trace.actions).toEqual([sms]);
    expect(call.state.ended).toBe(true);
    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Emma Stone',
      outcome: 'appointment-booked',
      actions: [{ type: 'sms', detail: sms.type === 'sms' ? sms.message : '' }],
      collected: { 'second choice': 'Saturday afternoon', 'phone number': '514 555 0150' },
    });
  });

  test('« Demande de rappel » : le SMS de confirmation part en français, et la demande est notée', () => {
    const step = sonaStep([templateJob('request-a-callback', 'fr'), templateJob('take-a-message', 'fr')]);
    const call = simulateCall(step, [
      'Bonjour, est-ce que quelqu’un peut me rappeler ?',
      'Le service des ventes',
      'Chloé Lavoie',
      'Oui',
      'Oui',
      'Demain après-midi',
      'Une question sur ma facture',
      'Oui, c’est exact',
      'Non merci, au revoir',
    ]);
    const sent = call.results[8];
    expect(sent?.reply).toContain(
      'Je vous ai envoyé un SMS\u00a0: «\u00a0Nous avons bien reçu votre demande de rappel. Notre équipe vous rappellera au moment que vous avez choisi.\u00a0»',
    );
    expect(sent?.trace.actions).toEqual([templateAction('request-a-callback', 'fr')]);
    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Chloé Lavoie',
      outcome: 'message-taken',
      actions: [{ type: 'sms' }],
    });
  });

  test('« Transférer à un responsable » : Sona demande avant de transférer, transfère, et quitte l’appel', () => {
    const step = sonaStep([templateJob('escalate-to-a-manager', 'fr')]);
    const call = simulateCall(step, [
      'Je veux parler à un responsable, c’est inacceptable',
      'Le technicien n’est jamais venu',
      'Paul Martin',
      'Facture 4411',
      'Oui',
      'Transférez-moi maintenant',
      'Oui',
      'Allô ? Vous êtes là ?',
    ]);
    expect(call.results[6]?.reply).toBe(
      'Je vais vous transférer à un responsable. Je ne pourrai pas revenir dans l’appel ensuite. Voulez-vous que je vous transfère maintenant\u00a0?',
    );
    expect(call.results[6]?.trace.actions).toEqual([]);
    expect(call.results[7]?.reply).toBe('Je vous transfère à un responsable. Au revoir\u00a0!');
    expect(call.results[7]?.trace.actions).toEqual([templateAction('escalate-to-a-manager', 'fr')]);
    // Sona has left: the caller's last message is never answered.
    expect(call.results).toHaveLength(8);
    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Paul Martin',
      outcome: 'transferred',
      actions: [{ type: 'transfer', detail: 'member: un responsable' }],
    });
  });

  test('“After-hours emergency”: an emergency that cannot wait is transferred to the on-call technician', () => {
    const step = sonaStep([templateJob('after-hours-emergency', 'en')]);
    const call = simulateCall(step, [
      'It is an emergency, water is leaking everywhere',
      'A pipe burst in the basement',
      'Luc Girard',
      '12 Roy Street',
      'Yes',
      '514 555 0190',
      'Yes',
      'No, it cannot wait',
      'Yes',
    ]);
    expect(call.results[8]?.reply).toContain('I’m going to transfer you to an on-call technician.');
    expect(call.results[9]?.reply).toBe('Transferring you to an on-call technician now. Goodbye!');
    expect(call.state.actions).toEqual([templateAction('after-hours-emergency', 'en')]);
    expect(summarizeCall(step, call.state)).toMatchObject({
      caller: 'Luc Girard',
      outcome: 'transferred',
      collected: { address: '12 Roy Street', 'phone number': '514 555 0190' },
    });
  });

  test('“After-hours emergency”: a problem that can wait is not transferred', () => {
    const step = sonaStep([templateJob('after-hours-emergency', 'en')]);
    const call = simulateCall(step, [
      'It is an emergency, we have no heat',
      'The furnace stopped',
      'Luc Girard',
      '12 Roy Street',
      'Yes',
      '514 555 0190',
      'Yes',
      'Yes, it can wait until tomorrow',
    ]);
    expect(call.results[8]?.reply).toMatch(/^The team will call you back when the office opens\./);
    expect(call.state).toMatchObject({ ended: true, actions: [] });
    expect(summarizeCall(step, call.state).outcome).not.toBe('transferred');
  });
});
