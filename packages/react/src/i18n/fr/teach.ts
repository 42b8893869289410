import type { TeachMessages } from '../sections/teach';

export const teachFr: TeachMessages = {
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
