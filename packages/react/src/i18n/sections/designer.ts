import type { GraphIssueCode } from '@sona-designer/core';
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
  /** The save status while a conflict waits for a decision, and the button that reopens the choice. */
  conflictStatus: string;
  conflictResolve: string;
  conflictSavedAt: string;
  conflictDiffHeading: string;
  conflictNoDifference: string;
  conflictMore: PluralMessage;
  conflictOverwriteNote: string;
  conflictClose: string;
  conflictTheirs: string;
  conflictYours: string;
  conflictOnlyTheirs: string;
  conflictOnlyYours: string;
  conflictDifferent: string;
  conflictThisStep: string;
  conflictJob: string;
  conflictKnowledge: string;
  conflictJobOrder: string;
  conflictConnection: string;
  conflictMoved: PluralMessage;
  conflictEmpty: string;
  conflictOn: string;
  conflictOff: string;
  /** The adapter's reason, shown beside Retry. */
  saveFailedDetails: string;
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
  /** A validation problem in words; `{title}` is the step's title, other placeholders come from the issue. */
  issueMessages: Record<GraphIssueCode, string>;
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
    conflictStatus: 'Not saved: changed elsewhere',
    conflictResolve: 'Resolve…',
    conflictSavedAt: 'Their version was saved at {time}.',
    conflictDiffHeading: 'How their version differs from yours',
    conflictNoDifference: 'Their steps and settings are the same as yours.',
    conflictMore: { one: '…and {count} more difference', other: '…and {count} more differences' },
    conflictOverwriteNote: 'Their changes are replaced by yours.',
    conflictClose: 'Decide later',
    conflictTheirs: 'Theirs',
    conflictYours: 'Yours',
    conflictOnlyTheirs: 'Only in theirs',
    conflictOnlyYours: 'Only in yours',
    conflictDifferent: 'Different',
    conflictThisStep: 'The whole step',
    conflictJob: 'Job “{name}”',
    conflictKnowledge: 'Knowledge “{name}”',
    conflictJobOrder: 'Order of the jobs',
    conflictConnection: '{output} → “{target}”',
    conflictMoved: {
      one: 'Position of {count} step on the canvas',
      other: 'Positions of {count} steps on the canvas',
    },
    conflictEmpty: '(empty)',
    conflictOn: 'On',
    conflictOff: 'Off',
    saveFailedDetails: 'Details',
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
    issueMessages: {
      NO_START: 'The call flow has no Incoming call step: add one so calls know where to start.',
      MULTIPLE_STARTS:
        '“{title}” is a second Incoming call step: a call flow starts in exactly one place. Delete one.',
      UNKNOWN_EDGE_STEP:
        'A connection of “{title}” points to a step that no longer exists: delete the connection.',
      EDGE_INTO_START:
        '“{title}” leads back to “{target}”: nothing can lead into the start of a call. Connect it elsewhere.',
      STEP_AFTER_END: 'The call ends at “{title}”, so “{target}” after it can never run.',
      UNKNOWN_OUTPUT:
        'A connection leaves “{title}” from an output it no longer has ({output}): delete or reconnect it.',
      OUTPUT_CONNECTED_TWICE:
        'An output of “{title}” is connected to two steps: a call can only go one way. Remove one connection.',
      UNCONNECTED_OUTPUT:
        '“{output}” of “{title}” leads nowhere: the call hangs up there. Connect it to a step.',
      UNREACHABLE: 'No call can reach “{title}”: connect a step to it or delete it.',
      ENDLESS_LOOP:
        'Calls that reach “{title}” loop forever: give the loop a way out (an end, voicemail, a person or Sona’s hand-off).',
      SONA_EMPTY:
        '“{title}” has no jobs and no knowledge: Sona can only take messages. Attach a job or a knowledge page.',
      TOO_MANY_JOBS: '“{title}” has {count} jobs; a Sona step holds at most {max}. Detach {over}.',
      DUPLICATE_JOB: 'A job is attached twice to “{title}”: remove the copy.',
      UNKNOWN_JOB: '“{title}” uses a job that no longer exists: detach it.',
      TRIGGER_OVERLAP:
        '“{first}” and “{second}” in “{title}” start on almost the same words: Sona cannot tell them apart. Make one trigger more specific.',
      UNKNOWN_KNOWLEDGE: '“{title}” uses a knowledge page that no longer exists: detach it.',
      FORWARD_NO_NUMBER: '“{title}” has no number to forward to: enter one with its country code.',
      RING_NO_TARGETS: '“{title}” rings nobody: choose at least one person to ring.',
      MENU_NO_OPTIONS: '“{title}” offers no keys to press: add an option or remove the menu.',
      NEVER_OPEN:
        '“{title}” has no opening hours, so every call takes the after-hours path. Add hours to at least one day.',
      INVALID_SETTINGS: '“{title}”: a setting is not valid ({field}). Open the step to fix it.',
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
    conflictStatus: 'Non enregistré\u00a0: modifié ailleurs',
    conflictResolve: 'Résoudre…',
    conflictSavedAt: 'Sa version a été enregistrée à {time}.',
    conflictDiffHeading: 'En quoi sa version diffère de la vôtre',
    conflictNoDifference: 'Ses étapes et réglages sont identiques aux vôtres.',
    conflictMore: { one: '…et {count} autre différence', other: '…et {count} autres différences' },
    conflictOverwriteNote: 'Ses modifications sont remplacées par les vôtres.',
    conflictClose: 'Décider plus tard',
    conflictTheirs: 'La sienne',
    conflictYours: 'La vôtre',
    conflictOnlyTheirs: 'Seulement dans la sienne',
    conflictOnlyYours: 'Seulement dans la vôtre',
    conflictDifferent: 'Différent',
    conflictThisStep: 'L’étape entière',
    conflictJob: 'Tâche «\u00a0{name}\u00a0»',
    conflictKnowledge: 'Connaissance «\u00a0{name}\u00a0»',
    conflictJobOrder: 'Ordre des tâches',
    conflictConnection: '{output} → «\u00a0{target}\u00a0»',
    conflictMoved: {
      one: 'Position de {count} étape sur le canevas',
      other: 'Positions de {count} étapes sur le canevas',
    },
    conflictEmpty: '(vide)',
    conflictOn: 'Activé',
    conflictOff: 'Désactivé',
    saveFailedDetails: 'Détails',
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
    issueMessages: {
      NO_START:
        'Le flux d’appels n’a pas d’étape Appel entrant\u00a0: ajoutez-en une pour que les appels sachent où commencer.',
      MULTIPLE_STARTS:
        '«\u00a0{title}\u00a0» est une deuxième étape Appel entrant\u00a0: un flux d’appels commence à un seul endroit. Supprimez-en une.',
      UNKNOWN_EDGE_STEP:
        'Une connexion de «\u00a0{title}\u00a0» mène à une étape qui n’existe plus\u00a0: supprimez la connexion.',
      EDGE_INTO_START:
        '«\u00a0{title}\u00a0» ramène à «\u00a0{target}\u00a0»\u00a0: rien ne peut mener au début d’un appel. Connectez-la ailleurs.',
      STEP_AFTER_END:
        'L’appel se termine à «\u00a0{title}\u00a0»\u00a0: «\u00a0{target}\u00a0», qui suit, ne peut jamais s’exécuter.',
      UNKNOWN_OUTPUT:
        'Une connexion part de «\u00a0{title}\u00a0» par une sortie qui n’existe plus ({output})\u00a0: supprimez-la ou reconnectez-la.',
      OUTPUT_CONNECTED_TWICE:
        'Une sortie de «\u00a0{title}\u00a0» est connectée à deux étapes\u00a0: un appel ne suit qu’un chemin. Supprimez une connexion.',
      UNCONNECTED_OUTPUT:
        '«\u00a0{output}\u00a0» de «\u00a0{title}\u00a0» ne mène nulle part\u00a0: l’appel raccroche là. Connectez cette sortie à une étape.',
      UNREACHABLE:
        'Aucun appel ne peut atteindre «\u00a0{title}\u00a0»\u00a0: connectez-y une étape ou supprimez-la.',
      ENDLESS_LOOP:
        'Les appels qui atteignent «\u00a0{title}\u00a0» tournent en boucle sans fin\u00a0: donnez une sortie à la boucle (une fin, la messagerie vocale, une personne ou le relais de Sona).',
      SONA_EMPTY:
        '«\u00a0{title}\u00a0» n’a ni tâche ni connaissance\u00a0: Sona peut seulement prendre des messages. Associez une tâche ou une page de connaissances.',
      TOO_MANY_JOBS:
        '«\u00a0{title}\u00a0» a {count} tâches\u00a0; une étape Sona en contient au plus {max}. Retirez-en {over}.',
      DUPLICATE_JOB: 'Une tâche est associée deux fois à «\u00a0{title}\u00a0»\u00a0: retirez le doublon.',
      UNKNOWN_JOB: '«\u00a0{title}\u00a0» utilise une tâche qui n’existe plus\u00a0: retirez-la.',
      TRIGGER_OVERLAP:
        '«\u00a0{first}\u00a0» et «\u00a0{second}\u00a0» dans «\u00a0{title}\u00a0» commencent par presque les mêmes mots\u00a0: Sona ne peut pas les distinguer. Précisez l’un des deux déclencheurs.',
      UNKNOWN_KNOWLEDGE:
        '«\u00a0{title}\u00a0» utilise une page de connaissances qui n’existe plus\u00a0: retirez-la.',
      FORWARD_NO_NUMBER:
        '«\u00a0{title}\u00a0» n’a pas de numéro de transfert\u00a0: saisissez-en un avec l’indicatif du pays.',
      RING_NO_TARGETS:
        '«\u00a0{title}\u00a0» ne fait sonner personne\u00a0: choisissez au moins une personne.',
      MENU_NO_OPTIONS:
        '«\u00a0{title}\u00a0» ne propose aucune touche\u00a0: ajoutez une option ou supprimez le menu.',
      NEVER_OPEN:
        '«\u00a0{title}\u00a0» n’a aucune heure d’ouverture\u00a0: chaque appel prend le chemin hors heures. Ajoutez des heures à au moins un jour.',
      INVALID_SETTINGS:
        '«\u00a0{title}\u00a0»\u00a0: un réglage n’est pas valide ({field}). Ouvrez l’étape pour le corriger.',
    },
  },
};
