// The templates section of the catalogue: the template gallery.
import type { TemplateCategory } from '@sona-designer/core';
import type { PluralMessage } from '../types';

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

export const templates: { en: TemplatesMessages; fr: TemplatesMessages } = {
  en: {
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
  },
  fr: {
    title: 'Modèles',
    intro: 'Partez d’une tâche toute prête\u00a0: utilisez-la telle quelle ou personnalisez-la d’abord.',
    search: 'Rechercher des modèles',
    categoryLabel: 'Catégorie',
    all: 'Tous',
    categories: {
      messages: 'Messages',
      sales: 'Ventes',
      scheduling: 'Rendez-vous',
      support: 'Soutien',
      escalation: 'Escalade',
      intake: 'Accueil',
      billing: 'Facturation',
    },
    listLabel: 'Choisissez un modèle',
    count: { one: '{count}\u00a0modèle', other: '{count}\u00a0modèles' },
    previewLabel: 'Aperçu',
    startsWhen: 'Se déclenche quand',
    instructions: 'Instructions',
    useTemplate: 'Utiliser le modèle',
    customize: 'Personnaliser',
    creating: 'Création de la tâche…',
    useHint:
      'Utiliser le modèle crée la tâche telle quelle\u00a0; vous pourrez la modifier ensuite. Personnaliser l’ouvre d’abord dans l’éditeur.',
    createFailed: 'Impossible de créer la tâche. Rien n’est perdu\u00a0: réessayez.',
    loading: 'Chargement des modèles…',
    loadFailed: 'Impossible de charger les modèles.',
    retry: 'Réessayer',
    noMatch: 'Aucun modèle ne correspond à «\u00a0{query}\u00a0».',
    clearFilters: 'Afficher tous les modèles',
    choose: 'Choisissez un modèle pour voir ses instructions.',
    close: 'Fermer',
  },
};
