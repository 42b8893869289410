import type { Locale, PluralMessage } from '@sona-designer/react';

/** The demo page's own strings; the components bring theirs from `@sona-designer/react`. */
export interface DemoMessages {
  documentTitle: string;
  title: string;
  tagline: string;
  language: string;
  theme: string;
  light: string;
  dark: string;
  callFlows: string;
  callFlowsHint: string;
  callFlowCount: PluralMessage;
  publishedRevision: string;
  neverPublished: string;
  unpublishedChanges: string;
  upToDate: string;
  noPhoneNumber: string;
  updated: string;
  knowledge: string;
  knowledgeHint: string;
  knowledgeCount: PluralMessage;
  jobLibrary: string;
  jobLibraryHint: string;
  jobCount: PluralMessage;
  loading: string;
  loadFailed: string;
  loadFailedHint: string;
  retry: string;
  backToOverview: string;
  openFlow: string;
  manageJobs: string;
  manageKnowledge: string;
  navLabel: string;
  navCallFlows: string;
  navJobs: string;
  navKnowledge: string;
  navSummaries: string;
}

export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

export const demoMessages: Record<Locale, DemoMessages> = {
  en: {
    documentTitle: 'Sona Designer demo',
    title: 'Sona Designer demo',
    tagline:
      '{business}, a bilingual plumbing and heating company in Montréal, running on the in-memory adapter.',
    language: 'Language',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    callFlows: 'Call flows',
    callFlowsHint:
      'Each phone number runs a call flow. Changes to a draft reach real calls once it is published.',
    callFlowCount: { one: '{count} call flow', other: '{count} call flows' },
    publishedRevision: 'Published revision {revision}',
    neverPublished: 'Never published',
    unpublishedChanges: 'Unpublished changes',
    upToDate: 'Up to date',
    noPhoneNumber: 'No phone number',
    updated: 'Updated {date}',
    knowledge: 'Knowledge',
    knowledgeHint: 'Reference pages Sona answers questions from.',
    knowledgeCount: { one: '{count} page', other: '{count} pages' },
    jobLibrary: 'Job library',
    jobLibraryHint: 'Jobs are Sona’s playbooks. Editing one applies at once to every Sona step that uses it.',
    jobCount: { one: '{count} job', other: '{count} jobs' },
    loading: 'Loading the workspace…',
    loadFailed: 'The workspace could not be loaded.',
    loadFailedHint: 'The service did not answer. Check your connection, then try again.',
    retry: 'Retry',
    backToOverview: '← Call flows and jobs',
    openFlow: 'Open {name}',
    manageJobs: 'Open the job library →',
    manageKnowledge: 'Manage knowledge pages →',
    navLabel: 'Demo pages',
    navCallFlows: 'Call flows',
    navJobs: 'Jobs',
    navKnowledge: 'Knowledge',
    navSummaries: 'Call summaries',
  },
  fr: {
    documentTitle: 'Démo de Sona Designer',
    title: 'Démo de Sona Designer',
    tagline:
      '{business}, une entreprise bilingue de plomberie et de chauffage à Montréal, sur l’adaptateur en mémoire.',
    language: 'Langue',
    theme: 'Thème',
    light: 'Clair',
    dark: 'Sombre',
    callFlows: 'Flux d’appels',
    callFlowsHint:
      'Chaque numéro suit un flux d’appels. Les modifications du brouillon s’appliquent aux appels une fois publiées.',
    callFlowCount: { one: '{count} flux d’appels', other: '{count} flux d’appels' },
    publishedRevision: 'Révision {revision} publiée',
    neverPublished: 'Jamais publié',
    unpublishedChanges: 'Modifications non publiées',
    upToDate: 'À jour',
    noPhoneNumber: 'Aucun numéro',
    updated: 'Modifié le {date}',
    knowledge: 'Connaissances',
    knowledgeHint: 'Les pages de référence à partir desquelles Sona répond aux questions.',
    knowledgeCount: { one: '{count} page', other: '{count} pages' },
    jobLibrary: 'Bibliothèque de tâches',
    jobLibraryHint:
      'Les tâches sont le guide opérationnel de Sona. Modifier une tâche s’applique aussitôt à toutes les étapes Sona qui l’utilisent.',
    jobCount: { one: '{count} tâche', other: '{count} tâches' },
    loading: 'Chargement de l’espace de travail…',
    loadFailed: 'L’espace de travail n’a pas pu être chargé.',
    loadFailedHint: 'Le service n’a pas répondu. Vérifiez votre connexion, puis réessayez.',
    retry: 'Réessayer',
    backToOverview: '← Flux d’appels et tâches',
    openFlow: 'Ouvrir {name}',
    manageJobs: 'Ouvrir la bibliothèque de tâches →',
    manageKnowledge: 'Gérer les pages de connaissances →',
    navLabel: 'Pages de la démo',
    navCallFlows: 'Flux d’appels',
    navJobs: 'Tâches',
    navKnowledge: 'Connaissances',
    navSummaries: 'Résumés d’appels',
  },
};
