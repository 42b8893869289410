import type { BatchCoverageMessages } from '../sections/batchCoverage';

export const batchCoverageFr: BatchCoverageMessages = {
  title: 'Test par lot',
  hint: 'Tapez ou collez ce que des appelants pourraient dire, une phrase par ligne (200 au plus). Les lignes vides sont ignorées. Rien n’est enregistré.',
  sentencesLabel: 'Phrases de l’appelant (une par ligne)',
  placeholder: 'J’ai besoin d’un plombier mardi\nMa dernière facture me semble fausse',
  run: 'Lancer',
  count: { one: '{count} phrase', other: '{count} phrases' },
  tooMany: {
    one: 'Un lot compte au plus {max} phrases et cette liste en a {count} : retirez {extra} ligne, puis relancez.',
    other:
      'Un lot compte au plus {max} phrases et cette liste en a {count} : retirez {extra} lignes, puis relancez.',
  },
  noSentences: 'Tapez ou collez au moins une phrase d’appelant, une par ligne, puis lancez.',
  noJobs:
    'Aucune tâche n’est attachée à cette étape : Sona répondrait à chaque appelant avec ses connaissances ou prendrait un message.',
  resultsLabel: 'Résultats du lot',
  tableLabel: 'Phrase par phrase',
  summary: {
    one: '{triggered} phrase sur {total} a déclenché une tâche.',
    other: '{triggered} phrases sur {total} ont déclenché une tâche.',
  },
  columnSentence: 'Phrase de l’appelant',
  columnJob: 'Tâche déclenchée',
  confidence: 'Confiance : {percent}',
  noJob: 'Aucune tâche — Sona répondrait avec ses connaissances ou prendrait un message',
  deletedJob: 'Tâche supprimée',
  stale: 'Les phrases ont changé depuis ce lancement : appuyez sur Lancer pour mettre les résultats à jour.',
  uncoveredHeading: 'Tâches qu’aucune phrase n’a déclenchées',
  allCovered: 'Chaque tâche attachée a été déclenchée au moins une fois.',
};
