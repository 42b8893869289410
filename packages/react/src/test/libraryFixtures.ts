// Workspaces and adapters for the stories and browser tests of the job and knowledge libraries (not exported).
import {
  type DesignerAdapter,
  DesignerError,
  type KnowledgePage,
  type KnowledgePatch,
  LIMITS,
  truncateGraphemes,
} from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';

/** A knowledge page no Sona step uses, so it can be deleted. */
export const UNUSED_PAGE: KnowledgePage = {
  id: 'kb-winter-promo',
  title: 'Winter promotion 2025 / Promotion d’hiver 2025',
  content: [
    'Ended on March 31, 2025: 15% off furnace tune-ups booked before December 15.',
    'La promotion est terminée : ne l’offrez plus aux clients.',
  ].join('\n'),
  version: 1,
  createdAt: '2025-11-03T14:00:00.000Z',
  updatedAt: '2025-11-03T14:00:00.000Z',
};

/** The demo workspace (26 jobs, 4 knowledge pages all in use) plus one unused page. */
export function createLibraryAdapter(options: { latencyMs?: number } = {}): DesignerAdapter {
  return createInMemoryAdapter({
    ...options,
    seed: { ...demoWorkspace, knowledge: [...(demoWorkspace.knowledge ?? []), UNUSED_PAGE] },
  });
}

const FRENCH_PARAGRAPH =
  'Nos techniciens certifiés se déplacent à Montréal, Laval, Longueuil et sur la Rive-Sud. ' +
  'Les urgences (dégât d’eau, refoulement d’égout, chauffage en panne l’hiver) sont traitées 24 h sur 24. ' +
  'Garantie d’un an sur la main-d’œuvre, pièces garanties selon le fabricant. Paiement : débit, crédit, virement. 👍🏽\n';

/** Bilingual page content with accents and an emoji, exactly `graphemes` characters as a person counts them. */
export function accentedContent(graphemes: number = LIMITS.knowledgePage): string {
  const repeat = Math.ceil(graphemes / 200) + 1;
  let text = '';
  for (let index = 0; index < repeat; index++) text += FRENCH_PARAGRAPH;
  return truncateGraphemes(text, graphemes).replace(/\s$/u, '.');
}

/**
 * Someone else saves `theirs` to the page just before this designer's first save of it: that save meets CONFLICT.
 */
export function withRemoteKnowledgeEdit(
  adapter: DesignerAdapter,
  pageId: string,
  theirs: KnowledgePatch,
): DesignerAdapter {
  let done = false;
  return {
    ...adapter,
    updateKnowledge: async (id, patch, expectedVersion) => {
      if (!done && id === pageId) {
        done = true;
        const current = await adapter.getKnowledge(id);
        await adapter.updateKnowledge(id, theirs, current.version);
      }
      return adapter.updateKnowledge(id, patch, expectedVersion);
    },
  };
}

export const SAVE_OUTAGE = 'The workspace could not be reached. Your work is kept: try again.';

/** Saving knowledge (create or update) fails `failures` times with UNAVAILABLE, then works: Retry. */
export function withFailingKnowledgeSaves(adapter: DesignerAdapter, failures = 1): DesignerAdapter {
  let left = failures;
  const outage = () => {
    if (left <= 0) return false;
    left--;
    return true;
  };
  return {
    ...adapter,
    createKnowledge: (input) =>
      outage()
        ? Promise.reject(new DesignerError('UNAVAILABLE', SAVE_OUTAGE))
        : adapter.createKnowledge(input),
    updateKnowledge: (...args) =>
      outage()
        ? Promise.reject(new DesignerError('UNAVAILABLE', SAVE_OUTAGE))
        : adapter.updateKnowledge(...args),
  };
}

const TOPICS = [
  ['Warranty', 'Garantie'],
  ['Parking', 'Stationnement'],
  ['Payment options', 'Modes de paiement'],
  ['Service area', 'Territoire desservi'],
  ['Emergency rates', 'Tarifs d’urgence'],
  ['Brands we repair', 'Marques réparées'],
  ['Permits', 'Permis'],
  ['Holiday hours', 'Horaire des fêtes'],
] as const;

const BRANCHES = [
  'Montréal',
  'Laval',
  'Longueuil',
  'Brossard',
  'Terrebonne',
  'Gatineau',
  'Québec',
  'Sherbrooke',
];

/** The demo workspace plus `count` generated pages ("Warranty / Garantie — Laval 12"), for a long knowledge list. */
export function createManyPagesAdapter(count = 2_000): DesignerAdapter {
  const pages: KnowledgePage[] = [];
  for (let index = 0; index < count; index++) {
    const [en, fr] = TOPICS[index % TOPICS.length] ?? TOPICS[0];
    const branch = BRANCHES[Math.floor(index / TOPICS.length) % BRANCHES.length] ?? 'Montréal';
    const round = Math.floor(index / (TOPICS.length * BRANCHES.length)) + 1;
    const stamp = new Date(Date.parse('2025-06-01T09:00:00.000Z') + index * 3_600_000).toISOString();
    pages.push({
      id: `kb-gen-${index.toString().padStart(5, '0')}`,
      title: `${en} / ${fr} — ${branch} ${round}`,
      content: `${en} at the ${branch} branch. / ${fr} à la succursale de ${branch}.`,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return createInMemoryAdapter({
    seed: { ...demoWorkspace, knowledge: [...(demoWorkspace.knowledge ?? []), ...pages] },
  });
}
