// The templates section of the catalogue: the template gallery.
import type { TemplateCategory } from '@sona-designer/core';
import type { PluralMessage } from '../types';

/** Strings of `TemplateGallery`, including the name of each template category. */
export interface TemplatesMessages {
  title: string;
  intro: string;
  search: string;
  categoryLabel: string;
  all: string;
  categories: Record<TemplateCategory, string>;
  listLabel: string;
  count: PluralMessage;
  previewLabel: string;
  startsWhen: string;
  instructions: string;
  useTemplate: string;
  customize: string;
  creating: string;
  useHint: string;
  createFailed: string;
  loading: string;
  loadFailed: string;
  retry: string;
  noMatch: string;
  clearFilters: string;
  choose: string;
  close: string;
}

export const templatesEn: TemplatesMessages = {
  title: 'Templates',
  intro: 'Start a job from a ready-made playbook: use it as it is, or customize it first.',
  search: 'Search templates',
  categoryLabel: 'Category',
  all: 'All',
  categories: {
    messages: 'Messages',
    sales: 'Sales',
    scheduling: 'Scheduling',
    support: 'Support',
    escalation: 'Escalation',
    intake: 'Intake',
    billing: 'Billing',
  },
  listLabel: 'Choose a template',
  count: { one: '{count} template', other: '{count} templates' },
  previewLabel: 'Preview',
  startsWhen: 'Starts when',
  instructions: 'Instructions',
  useTemplate: 'Use template',
  customize: 'Customize',
  creating: 'Creating the job…',
  useHint:
    'Use template creates the job as it is; you can edit it later. Customize opens it in the editor first.',
  createFailed: 'Couldn’t create the job. Nothing was lost: try again.',
  loading: 'Loading templates…',
  loadFailed: 'Couldn’t load the templates.',
  retry: 'Retry',
  noMatch: 'No template matches “{query}”.',
  clearFilters: 'Show all templates',
  choose: 'Choose a template to see its instructions.',
  close: 'Close',
};
