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
};
