import type { KnowledgePage } from '..';

const CREATED_AT = '2026-01-12T14:00:00.000Z';

function page(id: string, title: string, lines: string[]): KnowledgePage {
  return { id, title, content: lines.join('\n'), version: 1, createdAt: CREATED_AT, updatedAt: CREATED_AT };
}

/** The ids of the demo's knowledge pages by topic, for stories and tests that open or attach a known page. */
export const KNOWLEDGE_IDS = {
  hours: 'kb-hours',
  prices: 'kb-prices',
  serviceArea: 'kb-service-area',
  policies: 'kb-policies',
} as const;

export const knowledge: KnowledgePage[] = [
  page(KNOWLEDGE_IDS.hours, 'Opening hours / Heures d’ouverture', [
    'Open Monday to Friday 7:30–17:30 and Saturday 9:00–13:00; emergencies 24/7.',
    'Office and phone lines:',
    '- Monday to Friday: 7:30 to 17:30',
    '- Saturday: 9:00 to 13:00',
    '- Sunday: closed',
    'Closed on statutory holidays, including June 24 (Fête nationale) and July 1 (Canada Day).',
    'Emergency service runs 24/7 for burst pipes, floods, sewer backups and no heat in winter.',
    'Bureau ouvert du lundi au vendredi de 7 h 30 à 17 h 30 et le samedi de 9 h à 13 h.',
  ]),
  page(KNOWLEDGE_IDS.prices, 'Prices / Tarifs', [
    'All prices are before taxes (GST and QST).',
    '- Service call, first hour included: $145',
    '- Each additional hour: $110',
    '- After-hours, weekend and holiday fee: $195 plus the hourly rate',
    '- Water heater replacement (40 gallons, electric), installed: from $1,650',
    '- Drain cleaning with a snake: from $225',
    '- Heat pump installation: from $6,500 before rebates',
    '- Maintenance plan: $189 per year',
    'Written quotes are free and valid for 30 days.',
  ]),
  page(KNOWLEDGE_IDS.serviceArea, 'Service area / Territoire desservi', [
    'We serve the island of Montréal, Laval and the South Shore (Longueuil, Brossard, Saint-Lambert).',
    'Trips outside this area are possible for commercial contracts only, with a travel fee of $85.',
    'Nous desservons l’île de Montréal, Laval et la Rive-Sud.',
  ]),
  page(KNOWLEDGE_IDS.policies, 'Policies / Politiques', [
    'Cancellations less than 24 hours before a visit cost $75.',
    'Warranty: 2 years on labour; parts carry the manufacturer’s warranty.',
    'Payment is due within 30 days by card, Interac e-transfer or cheque.',
    'Technicians are licensed by the RBQ and the CMMTQ.',
    'We never ask for card numbers over the phone: we send a secure payment link by SMS.',
  ]),
];
