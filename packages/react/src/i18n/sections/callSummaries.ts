import type { CallOutcome } from '@sona-designer/core';
import type { PluralMessage } from '../types';

/** Strings of `CallSummaries`: the recorded calls, their filters and the detail of one call. */
export interface CallSummariesMessages {
  title: string;
  /** `{count}`: calls matching the filters. */
  total: PluralMessage;
  filtersLabel: string;
  flowFilter: string;
  allFlows: string;
  stepFilter: string;
  allSteps: string;
  jobFilter: string;
  allJobs: string;
  sourceFilter: string;
  allSources: string;
  draft: string;
  published: string;
  outcomeFilter: string;
  allOutcomes: string;
  outcomes: Record<CallOutcome, string>;
  clearFilters: string;
  listLabel: string;
  loading: string;
  loadFailedTitle: string;
  loadFailedFallback: string;
  retry: string;
  emptyTitle: string;
  emptyBody: string;
  noResultsTitle: string;
  noResultsBody: string;
  loadMore: string;
  loadingMore: string;
  loadMoreFailed: string;
  unknownCaller: string;
  noJob: string;
  deletedJob: string;
  deletedFlow: string;
  removedStep: string;
  simulated: string;
  realCall: string;
  detailPlaceholder: string;
  detailLabel: string;
  callerLabel: string;
  intentLabel: string;
  dateLabel: string;
  flowLabel: string;
  stepLabel: string;
  jobLabel: string;
  outcomeLabel: string;
  lengthLabel: string;
  /** `{count}`: turns of the conversation. */
  turns: PluralMessage;
  /** `{name}`: the job's name. */
  openJob: string;
  collectedHeading: string;
  nothingCollected: string;
  actionsHeading: string;
  noActions: string;
  actionSms: string;
  actionTransfer: string;
  transcriptHeading: string;
  speakerCaller: string;
  speakerSona: string;
  emptyTranscript: string;
}

const en: CallSummariesMessages = {
  title: 'Call summaries',
  total: { one: '{count} call', other: '{count} calls' },
  filtersLabel: 'Filter calls',
  flowFilter: 'Call flow',
  allFlows: 'All call flows',
  stepFilter: 'Sona step',
  allSteps: 'All Sona steps',
  jobFilter: 'Job',
  allJobs: 'All jobs',
  sourceFilter: 'Version',
  allSources: 'Draft and published',
  draft: 'Draft',
  published: 'Published',
  outcomeFilter: 'Outcome',
  allOutcomes: 'All outcomes',
  outcomes: {
    'message-taken': 'Message taken',
    transferred: 'Transferred',
    resolved: 'Resolved',
    'lead-qualified': 'Lead qualified',
    'appointment-booked': 'Appointment booked',
    abandoned: 'Abandoned',
    'no-match': 'No job matched',
  },
  clearFilters: 'Clear filters',
  listLabel: 'Calls',
  loading: 'Loading call summaries…',
  loadFailedTitle: 'Couldn’t load the call summaries.',
  loadFailedFallback: 'Check your connection, then try again.',
  retry: 'Try again',
  emptyTitle: 'No simulated calls yet',
  emptyBody:
    'Run a Test call on a Sona step: when the call ends, its summary appears here with the job it used and the full transcript.',
  noResultsTitle: 'No calls match these filters',
  noResultsBody: 'Change a filter, or clear them all to see every call.',
  loadMore: 'Load more calls',
  loadingMore: 'Loading more calls…',
  loadMoreFailed: 'Couldn’t load more calls.',
  unknownCaller: 'Unknown caller',
  noJob: 'No job',
  deletedJob: 'Deleted job',
  deletedFlow: 'Deleted call flow',
  removedStep: 'Removed step',
  simulated: 'Simulated',
  realCall: 'Real call',
  detailPlaceholder: 'Choose a call to see its summary and full transcript.',
  detailLabel: 'Call summary',
  callerLabel: 'Caller',
  intentLabel: 'Intent',
  dateLabel: 'Date',
  flowLabel: 'Call flow',
  stepLabel: 'Step',
  jobLabel: 'Job',
  outcomeLabel: 'Outcome',
  lengthLabel: 'Length',
  turns: { one: '{count} turn', other: '{count} turns' },
  openJob: 'Open “{name}”',
  collectedHeading: 'Collected fields',
  nothingCollected: 'Nothing was collected.',
  actionsHeading: 'Actions fired',
  noActions: 'No action fired.',
  actionSms: 'SMS to the caller',
  actionTransfer: 'Transfer',
  transcriptHeading: 'Transcript',
  speakerCaller: 'Caller',
  speakerSona: 'Sona',
  emptyTranscript: 'Nothing was said.',
};

const fr: CallSummariesMessages = {
  title: 'Résumés d’appels',
  total: { one: '{count} appel', other: '{count} appels' },
  filtersLabel: 'Filtrer les appels',
  flowFilter: 'Flux d’appels',
  allFlows: 'Tous les flux d’appels',
  stepFilter: 'Étape Sona',
  allSteps: 'Toutes les étapes Sona',
  jobFilter: 'Tâche',
  allJobs: 'Toutes les tâches',
  sourceFilter: 'Version',
  allSources: 'Brouillon et publiée',
  draft: 'Brouillon',
  published: 'Publiée',
  outcomeFilter: 'Issue',
  allOutcomes: 'Toutes les issues',
  outcomes: {
    'message-taken': 'Message pris',
    transferred: 'Transféré',
    resolved: 'Résolu',
    'lead-qualified': 'Prospect qualifié',
    'appointment-booked': 'Rendez-vous pris',
    abandoned: 'Abandonné',
    'no-match': 'Aucune tâche correspondante',
  },
  clearFilters: 'Effacer les filtres',
  listLabel: 'Appels',
  loading: 'Chargement des résumés d’appels…',
  loadFailedTitle: 'Impossible de charger les résumés d’appels.',
  loadFailedFallback: 'Vérifiez votre connexion, puis réessayez.',
  retry: 'Réessayer',
  emptyTitle: 'Aucun appel simulé pour l’instant',
  emptyBody:
    'Lancez un appel test sur une étape Sona : à la fin de l’appel, son résumé s’affiche ici avec la tâche utilisée et la transcription complète.',
  noResultsTitle: 'Aucun appel ne correspond à ces filtres',
  noResultsBody: 'Changez un filtre, ou effacez-les tous pour voir chaque appel.',
  loadMore: 'Charger plus d’appels',
  loadingMore: 'Chargement d’autres appels…',
  loadMoreFailed: 'Impossible de charger plus d’appels.',
  unknownCaller: 'Appelant inconnu',
  noJob: 'Aucune tâche',
  deletedJob: 'Tâche supprimée',
  deletedFlow: 'Flux d’appels supprimé',
  removedStep: 'Étape retirée',
  simulated: 'Simulé',
  realCall: 'Appel réel',
  detailPlaceholder: 'Choisissez un appel pour voir son résumé et sa transcription complète.',
  detailLabel: 'Résumé de l’appel',
  callerLabel: 'Appelant',
  intentLabel: 'Intention',
  dateLabel: 'Date',
  flowLabel: 'Flux d’appels',
  stepLabel: 'Étape',
  jobLabel: 'Tâche',
  outcomeLabel: 'Issue',
  lengthLabel: 'Durée',
  turns: { one: '{count} tour de parole', other: '{count} tours de parole' },
  openJob: 'Ouvrir « {name} »',
  collectedHeading: 'Informations recueillies',
  nothingCollected: 'Aucune information recueillie.',
  actionsHeading: 'Actions déclenchées',
  noActions: 'Aucune action déclenchée.',
  actionSms: 'SMS à l’appelant',
  actionTransfer: 'Transfert',
  transcriptHeading: 'Transcription',
  speakerCaller: 'Appelant',
  speakerSona: 'Sona',
  emptyTranscript: 'Rien n’a été dit.',
};

export const callSummaries = { en, fr };
