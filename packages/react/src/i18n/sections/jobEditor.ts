// The jobEditor section of the catalogue: the job editor dialog, its impact and conflict steps.
import type { JobTextField, TransferTarget } from '@sona-designer/core';
import type { PluralMessage } from '../types';

export type ActionKind = 'sms' | TransferTarget;

export interface JobEditorMessages {
  titleNew: string;
  titleEdit: string;
  /** Read-only mode: the job is shown, not edited. */
  titleView: string;
  introNew: string;
  introEdit: string;
  introView: string;
  /** "Used by 3 steps in 2 call flows", with `{steps}` and `{flows}` from the plurals below. */
  usedBy: string;
  notUsed: string;
  steps: PluralMessage;
  callFlows: PluralMessage;
  remoteChanged: string;

  fields: Record<JobTextField, string>;
  hints: Record<JobTextField, string>;
  optional: string;
  /** The core's messages, in the catalogue's words (English matches the core). */
  errors: {
    required: { name: string; instructions: string };
    tooLong: string;
    control: string;
    singleLine: string;
  };

  save: string;
  saving: string;
  cancel: string;
  close: string;
  saveHintInvalid: string;
  /** `{fields}`: the empty required fields, e.g. "Name and Instructions". */
  saveHintRequired: string;
  saveHintUnchanged: string;
  loading: string;
  loadFailed: string;
  notFound: string;
  retry: string;
  saveFailed: string;
  saveDeleted: string;
  saveAsNew: string;
  saveRefused: string;

  discardTitle: string;
  discardBody: string;
  keepEditing: string;
  discard: string;

  impactTitle: string;
  /** Chosen by the number of steps; `{steps}` and `{flows}` come from the plurals above. */
  impactBody: PluralMessage;
  impactLive: string;
  /** `{fields}`: the fields the person changed, e.g. "Trigger and Instructions". */
  impactChanged: string;
  impactListLabel: string;
  placeDraft: string;
  placePublished: string;
  placeBoth: string;
  impactConfirm: string;
  impactBack: string;
  impactLoading: string;

  insertAction: string;
  insertActionTitle: string;
  actionKindLegend: string;
  actionKinds: Record<ActionKind, string>;
  actionInputs: Record<ActionKind, string>;
  actionPlaceholders: Record<ActionKind, string>;
  actionHints: { sms: string; transfer: string };
  actionEmpty: Record<ActionKind, string>;
  actionBracket: string;
  actionNumber: string;
  insert: string;
  actionInserted: string;

  warningsLabel: string;
  warnEmptySms: string;
  warnEmptyTransfer: string;
  warnAfterTransfer: string;
  showLine: string;

  conflictTitle: string;
  conflictBody: string;
  conflictSavedAt: string;
  theirs: string;
  yours: string;
  keepTheirs: string;
  takeYours: string;
  copyTheirs: string;
  copyYours: string;
  copied: string;
  copyFailed: string;
  /** Accessible name of a field's choice, e.g. "Instructions: version to save". */
  choiceLegend: string;
  sameInBoth: string;
  changedByBoth: string;
  changedByThem: string;
  changedByYou: string;
  empty: string;
  conflictSave: string;
  conflictEdit: string;
}

export const jobEditor: { en: JobEditorMessages; fr: JobEditorMessages } = {
  en: {
    titleNew: 'New job',
    titleEdit: 'Edit job',
    titleView: 'Job',
    introNew:
      'Write what Sona does for one kind of call. The job is saved to the workspace, ready to attach to any Sona step.',
    introEdit: 'Your changes apply as soon as you save, to every Sona step that uses this job.',
    introView: 'You can read this job but not change it.',
    usedBy: 'Used by {steps} in {flows}',
    notUsed: 'Not used by any Sona step yet',
    steps: { one: '{count} step', other: '{count} steps' },
    callFlows: { one: '{count} call flow', other: '{count} call flows' },
    remoteChanged:
      'Someone else saved this job while you were editing. When you save, you will compare the two versions.',

    fields: { name: 'Name', description: 'Description', trigger: 'Trigger', instructions: 'Instructions' },
    hints: {
      name: 'A short name your team recognises, e.g. “Take a message”.',
      description: 'What the job is for, in a sentence, for your team.',
      trigger: 'What the caller says or wants that should start this job.',
      instructions: 'The steps Sona follows, one per line. Insert actions where they happen.',
    },
    optional: 'optional',
    errors: {
      required: {
        name: 'Name is required: give the job a short name, such as “Take a message”.',
        instructions: 'Instructions is required: write the steps Sona should follow, one per line.',
      },
      tooLong: '{label} is too long: {length} characters, the limit is {max}. Shorten it by {over}.',
      control:
        '{label} contains an invisible control character at position {position}: remove it (only line breaks and tabs are allowed).',
      singleLine: '{label} must fit on one line: remove the line breaks.',
    },

    save: 'Save job',
    saving: 'Saving…',
    cancel: 'Cancel',
    close: 'Close',
    saveHintInvalid: 'Fix the fields marked in red to save.',
    saveHintRequired: 'Fill in {fields} to save.',
    saveHintUnchanged: 'No changes to save yet.',
    loading: 'Loading the job…',
    loadFailed: 'Couldn’t load this job.',
    notFound: 'This job no longer exists: someone may have deleted it.',
    retry: 'Retry',
    saveFailed: 'Couldn’t save the job. Your changes are kept: try again.',
    saveDeleted: 'Someone deleted this job while you were editing. Your text is kept: save it as a new job.',
    saveAsNew: 'Save as a new job',
    saveRefused: 'The workspace refused the job: {detail}',

    discardTitle: 'Discard your changes?',
    discardBody: 'What you changed in this job has not been saved and will be lost.',
    keepEditing: 'Keep editing',
    discard: 'Discard',

    impactTitle: 'This change is live everywhere',
    impactBody: {
      one: 'This job is used by {steps} in {flows}; your change applies to it immediately.',
      other: 'This job is used by {steps} in {flows}; your change applies to them immediately.',
    },
    impactLive:
      'Unlike attaching jobs, editing one does not wait for publishing: published call flows use the new text as soon as you save.',
    impactChanged: 'You changed: {fields}.',
    impactListLabel: 'Where this job is used',
    placeDraft: 'Draft',
    placePublished: 'Published',
    placeBoth: 'Draft and published',
    impactConfirm: 'Save and apply',
    impactBack: 'Back to editing',
    impactLoading: 'Checking where this job is used…',

    insertAction: 'Insert action',
    insertActionTitle: 'Insert an action',
    actionKindLegend: 'Action',
    actionKinds: {
      sms: 'Send an SMS to the caller',
      member: 'Transfer to a team member',
      inbox: 'Transfer to a shared inbox',
      number: 'Transfer to an outside number',
    },
    actionInputs: {
      sms: 'Text of the SMS',
      member: 'Team member',
      inbox: 'Shared inbox',
      number: 'Phone number',
    },
    actionPlaceholders: {
      sms: 'Here is our intake form: https://…',
      member: 'Marc Dupont',
      inbox: 'Support',
      number: '+1 514 555 0100',
    },
    actionHints: {
      sms: 'Sona sends it to the number the caller is calling from.',
      transfer:
        'Sona tells the caller before transferring and cannot come back to the call afterwards: make it the last step.',
    },
    actionEmpty: {
      sms: 'Write the text of the SMS.',
      member: 'Write the name of the team member.',
      inbox: 'Write the name of the shared inbox.',
      number: 'Enter the phone number.',
    },
    actionBracket: 'Remove the square brackets: they would end the action early.',
    actionNumber: 'Enter the number in international format with its country code, e.g. +1 514 555 0100.',
    insert: 'Insert',
    actionInserted: 'Action inserted on line {line}.',

    warningsLabel: 'Check these lines',
    warnEmptySms: 'Line {line}: the SMS has no text. Write the message after “sms:”.',
    warnEmptyTransfer: 'Line {line}: the transfer has no destination. Write who or where after the colon.',
    warnAfterTransfer:
      'Line {line}: Sona leaves the call at the transfer on line {transferLine}, so the steps after it never run. Move the transfer last.',
    showLine: 'Go to line {line}',

    conflictTitle: 'Someone else changed this job',
    conflictBody:
      'They saved a new version while you were editing. For each field that differs, keep theirs or take yours, then save. Nothing you typed is lost.',
    conflictSavedAt: 'Their version was saved at {time}.',
    theirs: 'Theirs (saved)',
    yours: 'Yours (not saved)',
    keepTheirs: 'Keep theirs',
    takeYours: 'Take yours',
    copyTheirs: 'Copy theirs',
    copyYours: 'Copy yours',
    copied: 'Copied',
    copyFailed: 'Couldn’t copy: select the text and copy it by hand.',
    choiceLegend: '{field}: version to save',
    sameInBoth: 'Same in both',
    changedByBoth: 'Changed by both of you',
    changedByThem: 'Changed by them',
    changedByYou: 'Changed by you',
    empty: '(empty)',
    conflictSave: 'Save merged job',
    conflictEdit: 'Edit merged job',
  },
  fr: {
    titleNew: 'Nouvelle tâche',
    titleEdit: 'Modifier la tâche',
    titleView: 'Tâche',
    introNew:
      'Décrivez ce que fait Sona pour un type d’appel. La tâche est enregistrée dans l’espace de travail, prête à être attachée à n’importe quelle étape Sona.',
    introEdit:
      'Vos modifications s’appliquent dès l’enregistrement, à chaque étape Sona qui utilise cette tâche.',
    introView: 'Vous pouvez lire cette tâche, mais pas la modifier.',
    usedBy: 'Utilisée par {steps} dans {flows}',
    notUsed: 'Utilisée par aucune étape Sona pour l’instant',
    steps: { one: '{count}\u00a0étape', other: '{count}\u00a0étapes' },
    callFlows: { one: '{count}\u00a0flux d’appels', other: '{count}\u00a0flux d’appels' },
    remoteChanged:
      'Quelqu’un d’autre a enregistré cette tâche pendant que vous la modifiiez. À l’enregistrement, vous comparerez les deux versions.',

    fields: { name: 'Nom', description: 'Description', trigger: 'Déclencheur', instructions: 'Instructions' },
    hints: {
      name: 'Un nom court que votre équipe reconnaît, p.\u00a0ex. «\u00a0Prendre un message\u00a0».',
      description: 'À quoi sert la tâche, en une phrase, pour votre équipe.',
      trigger: 'Ce que dit ou veut l’appelant qui doit lancer cette tâche.',
      instructions: 'Les étapes que suit Sona, une par ligne. Insérez les actions là où elles ont lieu.',
    },
    optional: 'facultatif',
    errors: {
      required: {
        name: 'Le nom est obligatoire\u00a0: donnez à la tâche un nom court, comme «\u00a0Prendre un message\u00a0».',
        instructions:
          'Les instructions sont obligatoires\u00a0: écrivez les étapes que Sona doit suivre, une par ligne.',
      },
      tooLong:
        '{label}\u00a0: trop long, {length}\u00a0caractères pour une limite de {max}. Raccourcissez de {over}.',
      control:
        '{label}\u00a0: un caractère de contrôle invisible se trouve à la position {position}. Supprimez-le (seuls les retours à la ligne et les tabulations sont permis).',
      singleLine: '{label}\u00a0: le texte doit tenir sur une ligne. Supprimez les retours à la ligne.',
    },

    save: 'Enregistrer la tâche',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    close: 'Fermer',
    saveHintInvalid: 'Corrigez les champs en rouge pour enregistrer.',
    saveHintRequired: 'Pour enregistrer, remplissez\u00a0: {fields}.',
    saveHintUnchanged: 'Aucune modification à enregistrer pour l’instant.',
    loading: 'Chargement de la tâche…',
    loadFailed: 'Impossible de charger cette tâche.',
    notFound: 'Cette tâche n’existe plus\u00a0: quelqu’un l’a peut-être supprimée.',
    retry: 'Réessayer',
    saveFailed: 'Impossible d’enregistrer la tâche. Vos modifications sont conservées\u00a0: réessayez.',
    saveDeleted:
      'Quelqu’un a supprimé cette tâche pendant que vous la modifiiez. Votre texte est conservé\u00a0: enregistrez-le comme nouvelle tâche.',
    saveAsNew: 'Enregistrer comme nouvelle tâche',
    saveRefused: 'L’espace de travail a refusé la tâche\u00a0: {detail}',

    discardTitle: 'Abandonner vos modifications\u00a0?',
    discardBody: 'Ce que vous avez modifié dans cette tâche n’est pas enregistré et sera perdu.',
    keepEditing: 'Continuer la modification',
    discard: 'Abandonner',

    impactTitle: 'Cette modification s’applique partout',
    impactBody: {
      one: 'Cette tâche est utilisée par {steps} dans {flows}\u00a0; votre modification s’y applique immédiatement.',
      other:
        'Cette tâche est utilisée par {steps} dans {flows}\u00a0; votre modification s’y applique immédiatement.',
    },
    impactLive:
      'Contrairement à l’attachement des tâches, leur modification n’attend pas la publication\u00a0: les flux d’appels publiés utilisent le nouveau texte dès l’enregistrement.',
    impactChanged: 'Vous avez modifié\u00a0: {fields}.',
    impactListLabel: 'Où cette tâche est utilisée',
    placeDraft: 'Brouillon',
    placePublished: 'Publié',
    placeBoth: 'Brouillon et publié',
    impactConfirm: 'Enregistrer et appliquer',
    impactBack: 'Revenir à la modification',
    impactLoading: 'Recherche des endroits où cette tâche est utilisée…',

    insertAction: 'Insérer une action',
    insertActionTitle: 'Insérer une action',
    actionKindLegend: 'Action',
    actionKinds: {
      sms: 'Envoyer un SMS à l’appelant',
      member: 'Transférer à un membre de l’équipe',
      inbox: 'Transférer à une boîte partagée',
      number: 'Transférer à un numéro externe',
    },
    actionInputs: {
      sms: 'Texte du SMS',
      member: 'Membre de l’équipe',
      inbox: 'Boîte partagée',
      number: 'Numéro de téléphone',
    },
    actionPlaceholders: {
      sms: 'Voici notre formulaire d’accueil\u00a0: https://…',
      member: 'Marc Dupont',
      inbox: 'Soutien',
      number: '+1 514 555 0100',
    },
    actionHints: {
      sms: 'Sona l’envoie au numéro depuis lequel l’appelant téléphone.',
      transfer:
        'Sona prévient l’appelant avant le transfert et ne peut pas revenir dans l’appel ensuite\u00a0: faites-en la dernière étape.',
    },
    actionEmpty: {
      sms: 'Écrivez le texte du SMS.',
      member: 'Écrivez le nom du membre de l’équipe.',
      inbox: 'Écrivez le nom de la boîte partagée.',
      number: 'Saisissez le numéro de téléphone.',
    },
    actionBracket: 'Retirez les crochets\u00a0: ils termineraient l’action trop tôt.',
    actionNumber:
      'Saisissez le numéro au format international avec l’indicatif du pays, p.\u00a0ex. +1 514 555 0100.',
    insert: 'Insérer',
    actionInserted: 'Action insérée à la ligne {line}.',

    warningsLabel: 'Vérifiez ces lignes',
    warnEmptySms: 'Ligne {line}\u00a0: le SMS n’a pas de texte. Écrivez le message après «\u00a0sms:\u00a0».',
    warnEmptyTransfer:
      'Ligne {line}\u00a0: le transfert n’a pas de destination. Écrivez qui ou où après les deux-points.',
    warnAfterTransfer:
      'Ligne {line}\u00a0: Sona quitte l’appel au transfert de la ligne {transferLine}, donc les étapes suivantes ne s’exécutent jamais. Placez le transfert en dernier.',
    showLine: 'Aller à la ligne {line}',

    conflictTitle: 'Quelqu’un d’autre a modifié cette tâche',
    conflictBody:
      'Une nouvelle version a été enregistrée pendant que vous modifiiez la tâche. Pour chaque champ différent, gardez la leur ou prenez la vôtre, puis enregistrez. Rien de ce que vous avez saisi n’est perdu.',
    conflictSavedAt: 'Leur version a été enregistrée à {time}.',
    theirs: 'La leur (enregistrée)',
    yours: 'La vôtre (non enregistrée)',
    keepTheirs: 'Garder la leur',
    takeYours: 'Prendre la vôtre',
    copyTheirs: 'Copier la leur',
    copyYours: 'Copier la vôtre',
    copied: 'Copié',
    copyFailed: 'Copie impossible\u00a0: sélectionnez le texte et copiez-le à la main.',
    choiceLegend: '{field}\u00a0: version à enregistrer',
    sameInBoth: 'Identique des deux côtés',
    changedByBoth: 'Modifié des deux côtés',
    changedByThem: 'Modifié par l’autre personne',
    changedByYou: 'Modifié par vous',
    empty: '(vide)',
    conflictSave: 'Enregistrer la version fusionnée',
    conflictEdit: 'Modifier la version fusionnée',
  },
};
