import type { PluralMessage } from '../types';

export interface DesignerMessages {
  loading: string;
  loadFailed: string;
  retry: string;
  undo: string;
  redo: string;
  undoShortcut: string;
  redoShortcut: string;
  readOnly: string;
  saving: string;
  saved: string;
  unsavedEdits: string;
  saveFailed: string;
  saveRetry: string;
  conflictTitle: string;
  conflictBody: string;
  conflictReloadTheirs: string;
  conflictKeepMine: string;
  conflictKeptNote: string;
  /** Announced after undo/redo, e.g. "Undid: Add Voicemail". */
  undid: string;
  redid: string;
  remoteUpdated: string;
  issuesSummary: PluralMessage;
  /** Labels of history entries. */
  historyLabels: {
    addStep: string;
    deleteSelection: string;
    connect: string;
    disconnect: string;
    move: string;
    duplicate: string;
    paste: string;
    editStep: string;
    autoLayout: string;
    restore: string;
    reloadTheirs: string;
    attachJob: string;
    detachJob: string;
    reorderJobs: string;
    attachKnowledge: string;
    detachKnowledge: string;
  };
}

export const designer: { en: DesignerMessages; fr: DesignerMessages } = {
  en: {
    loading: 'Loading the call flow…',
    loadFailed: 'The call flow could not be loaded.',
    retry: 'Retry',
    undo: 'Undo',
    redo: 'Redo',
    undoShortcut: 'Ctrl+Z',
    redoShortcut: 'Shift+Ctrl+Z',
    readOnly: 'Read only',
    saving: 'Saving…',
    saved: 'Saved',
    unsavedEdits: 'Unsaved edits',
    saveFailed: 'Couldn’t save',
    saveRetry: 'Retry',
    conflictTitle: 'Someone else changed this call flow',
    conflictBody:
      'Your edits were not saved because the draft changed elsewhere. Reload theirs (your version stays in Undo) or keep yours and overwrite theirs.',
    conflictReloadTheirs: 'Reload theirs',
    conflictKeepMine: 'Keep mine and overwrite',
    conflictKeptNote: 'Your version is one Undo away.',
    undid: 'Undid: {label}',
    redid: 'Redid: {label}',
    remoteUpdated: 'Updated with changes made elsewhere.',
    issuesSummary: { one: '{count} problem', other: '{count} problems' },
    historyLabels: {
      addStep: 'Add {title}',
      deleteSelection: 'Delete',
      connect: 'Connect',
      disconnect: 'Disconnect',
      move: 'Move',
      duplicate: 'Duplicate',
      paste: 'Paste',
      editStep: 'Edit {title}',
      autoLayout: 'Tidy up layout',
      restore: 'Restore revision {revision}',
      reloadTheirs: 'Reload their version',
      attachJob: 'Attach job',
      detachJob: 'Detach job',
      reorderJobs: 'Reorder jobs',
      attachKnowledge: 'Attach knowledge',
      detachKnowledge: 'Detach knowledge',
    },
  },
  fr: {
    loading: 'Chargement du flux d’appels…',
    loadFailed: 'Le flux d’appels n’a pas pu être chargé.',
    retry: 'Réessayer',
    undo: 'Annuler',
    redo: 'Rétablir',
    undoShortcut: 'Ctrl+Z',
    redoShortcut: 'Maj+Ctrl+Z',
    readOnly: 'Lecture seule',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    unsavedEdits: 'Modifications non enregistrées',
    saveFailed: 'Échec de l’enregistrement',
    saveRetry: 'Réessayer',
    conflictTitle: 'Quelqu’un d’autre a modifié ce flux d’appels',
    conflictBody:
      'Vos modifications n’ont pas été enregistrées, car le brouillon a changé ailleurs. Rechargez sa version (la vôtre reste dans Annuler) ou gardez la vôtre et remplacez la sienne.',
    conflictReloadTheirs: 'Recharger sa version',
    conflictKeepMine: 'Garder la mienne et remplacer',
    conflictKeptNote: 'Votre version est à un Annuler près.',
    undid: 'Annulé : {label}',
    redid: 'Rétabli : {label}',
    remoteUpdated: 'Mis à jour avec des modifications faites ailleurs.',
    issuesSummary: { one: '{count} problème', other: '{count} problèmes' },
    historyLabels: {
      addStep: 'Ajouter {title}',
      deleteSelection: 'Supprimer',
      connect: 'Connecter',
      disconnect: 'Déconnecter',
      move: 'Déplacer',
      duplicate: 'Dupliquer',
      paste: 'Coller',
      editStep: 'Modifier {title}',
      autoLayout: 'Réorganiser',
      restore: 'Restaurer la révision {revision}',
      reloadTheirs: 'Recharger sa version',
      attachJob: 'Associer une tâche',
      detachJob: 'Retirer une tâche',
      reorderJobs: 'Réordonner les tâches',
      attachKnowledge: 'Associer des connaissances',
      detachKnowledge: 'Retirer des connaissances',
    },
  },
};
