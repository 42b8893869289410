import type { JobEditorMessages } from '../sections/jobEditor';

export const jobEditorFr: JobEditorMessages = {
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
};
