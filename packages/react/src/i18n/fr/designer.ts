import type { DesignerMessages } from '../sections/designer';

export const designerFr: DesignerMessages = {
  loading: 'Chargement du flux d’appels…',
  loadingJobs: 'Chargement des tâches…',
  testCall: 'Tester un appel',
  loadingCallSummaries: 'Chargement des résumés d’appels…',
  loadingKnowledge: 'Chargement des pages de connaissances…',
  loadFailed: 'Le flux d’appels n’a pas pu être chargé.',
  retry: 'Réessayer',
  partLoadFailed: 'Cette partie n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.',
  undo: 'Annuler',
  redo: 'Rétablir',
  undoShortcut: 'Ctrl+Z',
  redoShortcut: 'Maj+Ctrl+Z',
  readOnly: 'Lecture seule',
  skipTo: 'Aller à',
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
  remoteUpdated: 'Mis à jour avec des modifications enregistrées ailleurs. Annuler ramène votre version.',
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
    savedElsewhere: 'Modifications enregistrées ailleurs',
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
    RING_NO_TARGETS: '«\u00a0{title}\u00a0» ne fait sonner personne\u00a0: choisissez au moins une personne.',
    MENU_NO_OPTIONS:
      '«\u00a0{title}\u00a0» ne propose aucune touche\u00a0: ajoutez une option ou supprimez le menu.',
    NEVER_OPEN:
      '«\u00a0{title}\u00a0» n’a aucune heure d’ouverture\u00a0: chaque appel prend le chemin hors heures. Ajoutez des heures à au moins un jour.',
    INVALID_SETTINGS:
      '«\u00a0{title}\u00a0»\u00a0: un réglage n’est pas valide ({field}). Ouvrez l’étape pour le corriger.',
  },
};
