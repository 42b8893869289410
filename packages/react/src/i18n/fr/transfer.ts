import type { TransferMessages } from '../sections/transfer';

export const transferFr: TransferMessages = {
  exportWorkspace: 'Exporter l’espace de travail',
  exportCallFlow: 'Exporter',
  exportCallFlowLabel: 'Exporter ce flux d’appels dans un fichier JSON',
  exporting: 'Export en cours…',
  exportFailed: 'Impossible d’exporter : {message}',
  exported: '{file} a été téléchargé.',
  exportUnsaved:
    'les dernières modifications ne sont pas enregistrées. Enregistrez-les (ou réglez le conflit), puis exportez de nouveau.',
  exportGone: 'ce flux d’appels n’existe plus.',
  retry: 'Réessayer',

  importButton: 'Importer…',
  importTitle: 'Importer dans l’espace de travail',
  importDescription:
    'Ajoutez des tâches, des pages de connaissances, des flux d’appels et des résumés d’appels depuis un fichier exporté de Sona Designer : un espace de travail entier ou un flux d’appels.',
  dropHere: 'Déposez un fichier JSON ici',
  chooseFile: 'Choisir un fichier',
  fileLimit: 'Jusqu’à {max} Mo. Rien ne change avant votre confirmation.',
  reading: 'Lecture de {file}…',
  readingProgress: '{percent} % de {size}',
  checking: 'Vérification du fichier et comparaison avec l’espace de travail…',
  tooLarge:
    'Ce fichier fait {size} Mo ; au plus {max} Mo peuvent être importés. Exportez moins (un flux d’appels plutôt que l’espace de travail) ou découpez-le.',
  unreadable: 'Le fichier n’a pas pu être lu : {message}',
  notJsonFile: 'Choisissez un fichier .json exporté de Sona Designer.',
  compareFailed:
    'Le fichier est valide, mais l’espace de travail n’a pas pu être lu pour montrer ce qui changerait : {message}',

  problemsTitle: {
    one: '{count} problème : rien n’a été importé',
    other: '{count} problèmes : rien n’a été importé',
  },
  problemsHint:
    'Corrigez-les dans le fichier, ou exportez-le de nouveau depuis Sona Designer, puis choisissez-le de nouveau.',
  problemsListLabel: 'Problèmes du fichier',
  problemWhere: 'Emplacement',
  chooseAnother: 'Choisir un autre fichier',

  fileWorkspace: 'Espace de travail exporté le {date}',
  fileCallFlow: 'Flux d’appels « {name} », exporté le {date}',
  migrated:
    'Écrit par une version antérieure de Sona Designer (format {version}) : il est mis à jour pendant l’import.',
  modeLabel: 'Mode d’import',
  modeMerge: 'Ajouter à l’espace de travail',
  modeMergeHint:
    'Tout ce que contient l’espace de travail est conservé. Un élément dont l’identifiant est déjà pris est ajouté comme copie avec un nouvel identifiant.',
  modeReplace: 'Remplacer l’espace de travail',
  modeReplaceHint: 'L’espace de travail devient exactement le fichier : ce qui n’y figure pas est supprimé.',
  previewHeading: 'Ce qui va changer',
  previewTableLabel: 'Ce que l’import va changer, par type d’élément',
  columnKind: 'Type',
  columnInFile: 'Dans le fichier',
  columnAdded: 'Ajoutés',
  columnCopies: 'Ajoutés en copie',
  columnReplaced: 'Écrasés',
  columnRemoved: 'Supprimés',
  columnUnchanged: 'Inchangés',
  kindJobs: 'Tâches',
  kindKnowledge: 'Pages de connaissances',
  kindCallFlows: 'Flux d’appels',
  kindCallSummaries: 'Résumés d’appels',
  kindTestCases: 'Tests enregistrés',
  willBeDeleted: 'Supprimés : {names}',
  willBeReplaced: 'Écrasés par le fichier : {names}',
  willBeCopied: 'Ajoutés en copie avec un nouvel identifiant : {names}',
  andMore: { one: 'et {count} autre', other: 'et {count} autres' },
  nothingChanges: 'L’espace de travail contient déjà exactement ceci : rien ne changera.',

  importAction: 'Importer',
  replaceAction: 'Remplacer l’espace de travail',
  cancel: 'Annuler',
  close: 'Fermer',
  back: 'Retour',

  confirmTitle: 'Remplacer l’espace de travail ?',
  confirmBody: 'Cela supprime ou écrase {changes}. Cette action est irréversible.',
  confirmExportFirst: 'Exporter d’abord l’espace de travail',
  countJobs: { one: '{count} tâche', other: '{count} tâches' },
  countKnowledge: { one: '{count} page de connaissances', other: '{count} pages de connaissances' },
  countCallFlows: { one: '{count} flux d’appels', other: '{count} flux d’appels' },
  countCallSummaries: { one: '{count} résumé d’appel', other: '{count} résumés d’appels' },
  countTestCases: { one: '{count} test enregistré', other: '{count} tests enregistrés' },
  and: 'et',

  importing: 'Import en cours…',
  doneTitle: 'Import terminé',
  doneBody: 'L’espace de travail contient maintenant les éléments du fichier : {what}.',
  donePlusRemapped: {
    one: '{count} élément a reçu un nouvel identifiant, car le sien était déjà pris.',
    other: '{count} éléments ont reçu un nouvel identifiant, car le leur était déjà pris.',
  },
  doneMigrated: 'Le fichier a été mis à jour depuis un format antérieur.',
  importFailed: 'L’import n’a pas abouti et rien n’a changé : {message}',
};
