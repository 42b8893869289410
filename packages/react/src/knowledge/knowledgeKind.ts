import type { KnowledgePage } from '@sona-designer/core';
import type { RecordKind } from '../records';

/** The fields of a knowledge page a person edits, in the order the form shows them. */
export const KNOWLEDGE_FIELDS = ['title', 'content'] as const;
/** A field of a knowledge page a person edits. */
export type KnowledgeField = (typeof KNOWLEDGE_FIELDS)[number];

/** Knowledge pages for the records kit: title and content, and how the adapter and the cache store a page. */
export const knowledgeKind: RecordKind<KnowledgePage, KnowledgeField> = {
  fields: KNOWLEDGE_FIELDS,
  nameOf: (page) => page.title,
  // The adapter's own copy, as it sent it.
  readStored: (value) => (value && typeof value === 'object' ? (value as KnowledgePage) : null),
  events: { created: 'knowledge-created', updated: 'knowledge-updated', deleted: 'knowledge-deleted' },
  get: (adapter, id) => adapter.getKnowledge(id),
  list: (adapter, query) => adapter.listKnowledge(query),
  create: (adapter, values) => adapter.createKnowledge({ title: values.title, content: values.content }),
  // Nothing changed (only spaces around the text, say): nothing to store, so no new version either.
  update: (adapter, page, patch) =>
    Object.keys(patch).length === 0
      ? Promise.resolve(page)
      : adapter.updateKnowledge(page.id, patch, page.version),
  remove: (adapter, id, version) => adapter.deleteKnowledge(id, version),
  usage: (adapter, id) => adapter.getKnowledgeUsage(id),
  remember: (workspace, page) => workspace.getState().putKnowledge(page),
  usageOf: (state, id) => state.knowledgeUsage[id],
  ensureUsage: (workspace, ids) => workspace.getState().ensureKnowledgeUsage(ids),
};
