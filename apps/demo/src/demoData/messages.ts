import type { Locale } from '@sona-designer/react';

/** Strings of the demo's data controls: reset, the large workspace switch and the notes about other tabs. */
export interface DemoDataMessages {
  largeWorkspace: string;
  largeWorkspaceHint: string;
  preparingLarge: string;
  preparingFailed: string;
  reset: string;
  resetTitle: string;
  resetBody: string;
  resetTabs: string;
  resetConfirm: string;
  resetting: string;
  resetFailed: string;
  resetDone: string;
  cancel: string;
  resetElsewhere: string;
  dismiss: string;
  /** The badge naming where the data lives: `{backend}` is one of the two below. */
  backend: string;
  backendMemory: string;
  /** `{host}`: the server's address; `{role}`: one of the two roles below. */
  backendServer: string;
  roleEditor: string;
  roleViewer: string;
  /** `{reason}`: what the server or the network said. */
  serverFailed: string;
}

export const demoDataMessages: Record<Locale, DemoDataMessages> = {
  en: {
    largeWorkspace: 'Large workspace',
    largeWorkspaceHint: '10,000 jobs and a 500-step flow',
    preparingLarge: 'Generating 10,000 jobs and a 500-step flow…',
    preparingFailed: 'The demo workspace could not be prepared. Reload the page to try again.',
    reset: 'Reset demo data',
    resetTitle: 'Reset the demo data?',
    resetBody:
      'Jobs, knowledge pages, call flows and call summaries go back to how the demo started. Every change made since is lost, including edits not saved yet.',
    resetTabs: 'Other open tabs of the demo are reset too.',
    resetConfirm: 'Reset demo data',
    resetting: 'Resetting…',
    resetFailed: 'The demo data could not be reset: {reason} Try again.',
    resetDone: 'The demo data is back to how the demo started.',
    cancel: 'Cancel',
    resetElsewhere:
      'The demo data was reset or replaced by an import in another tab: this page shows the data as it is now.',
    dismiss: 'Dismiss',
    backend: 'Data: {backend}',
    backendMemory: 'in this browser',
    backendServer: 'server {host} · {role}',
    roleEditor: 'editor',
    roleViewer: 'viewer',
    serverFailed: 'The demo could not open the workspace on the server. {reason}',
  },
  fr: {
    largeWorkspace: 'Grand espace de travail',
    largeWorkspaceHint: '10\u00a0000 tâches et un flux de 500\u00a0étapes',
    preparingLarge: 'Génération de 10\u00a0000 tâches et d’un flux de 500\u00a0étapes…',
    preparingFailed: 'L’espace de démonstration n’a pas pu être préparé. Rechargez la page pour réessayer.',
    reset: 'Réinitialiser la démo',
    resetTitle: 'Réinitialiser les données de la démo\u00a0?',
    resetBody:
      'Les tâches, les pages de connaissances, les flux d’appels et les résumés d’appels reviennent à leur état de départ. Toutes les modifications faites depuis sont perdues, y compris celles pas encore enregistrées.',
    resetTabs: 'Les autres onglets ouverts de la démo sont aussi réinitialisés.',
    resetConfirm: 'Réinitialiser',
    resetting: 'Réinitialisation…',
    resetFailed: 'Les données n’ont pas pu être réinitialisées\u00a0: {reason} Réessayez.',
    resetDone: 'Les données de la démo sont revenues à leur état de départ.',
    cancel: 'Annuler',
    resetElsewhere:
      'Les données de la démo ont été réinitialisées ou remplacées par un import dans un autre onglet\u00a0: cette page montre les données actuelles.',
    dismiss: 'Fermer',
    backend: 'Données\u00a0: {backend}',
    backendMemory: 'dans ce navigateur',
    backendServer: 'serveur {host} · {role}',
    roleEditor: 'éditeur',
    roleViewer: 'lecteur',
    serverFailed: 'La démo n’a pas pu ouvrir l’espace de travail sur le serveur. {reason}',
  },
};
