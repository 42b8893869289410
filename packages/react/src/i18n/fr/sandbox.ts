import type { SandboxMessages } from '../sections/sandbox';

export const sandboxFr: SandboxMessages = {
  title: 'Quelle tâche se déclencherait ?',
  hint: 'Tapez ce qu’un appelant pourrait dire : les tâches attachées sont classées comme Sona le ferait. Rien n’est enregistré, sauf si vous apprenez la phrase à une tâche.',
  callerSays: 'L’appelant dit',
  placeholder: 'J’ai besoin d’un plombier mardi',
  noJobs:
    'Aucune tâche n’est attachée à cette étape : Sona répondrait avec ses connaissances ou prendrait un message.',
  prompt: 'Tapez une phrase pour voir quelle tâche se déclencherait.',
  resultsLabel: 'Résultats du routage',
  wouldFire: 'Se déclencherait',
  confidence: 'Confiance : {percent}',
  noMatch:
    'Aucune tâche ne se déclencherait : Sona répondrait avec ses connaissances ou prendrait un message.',
  scoreLabel: 'Correspondance {percent}',
  matchedLabel: 'Mots reconnus',
  noMatchedWords: 'Aucun mot reconnu',
  deletedJob: 'Tâche supprimée',
  teach: 'Devrait se déclencher',
  teachLabel: '{job} devrait se déclencher : ajouter la phrase à son déclencheur',
  teachExample: 'Par exemple : « {sentence} ».',
  teaching: 'Enregistrement…',
  taughtFires: 'Ajoutée au déclencheur de {job} : elle se déclenche maintenant.',
  taughtStillNot:
    'Ajoutée au déclencheur de {job}, mais elle n’est toujours pas choisie : précisez son déclencheur dans l’éditeur de tâche.',
  undo: 'Annuler',
  undone: 'Retirée du déclencheur de {job}.',
  teachTooLong:
    'Le déclencheur de {job} dépasserait {max} caractères : raccourcissez-le d’abord dans l’éditeur de tâche.',
  teachConflict: '{job} a été modifiée ailleurs entre-temps. La dernière version est affichée : réessayez.',
  teachFailed: 'Impossible de modifier {job} : {message}',
};
