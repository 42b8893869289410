import type { ErrorMessages } from '../sections/errors';

export const errorsFr: ErrorMessages = {
  UNAVAILABLE: 'L’espace de travail est injoignable. Votre travail est conservé : réessayez.',
  NOT_FOUND: 'Cet élément n’existe plus : quelqu’un l’a peut-être supprimé.',
  CONFLICT: 'Quelqu’un a enregistré une version plus récente entre-temps.',
  VALIDATION: 'Une partie n’a pas été acceptée : vérifiez la saisie, puis réessayez.',
  JOB_LIMIT: 'Une étape Sona peut contenir au plus 10 tâches.',
  IN_USE: 'Il est encore utilisé par un flux d’appels.',
  INVALID_GRAPH: 'Le flux d’appels a des problèmes à corriger d’abord.',
  TESTS_FAILING: 'Des tests échouent\u00a0: la publication exige que tous les tests réussissent.',
  FORBIDDEN:
    'Vous pouvez consulter cet espace de travail mais pas le modifier, ou votre session a pris fin. Rien n’a été modifié.',
  unknown: 'Une erreur s’est produite. Réessayez.',
  flowNotFoundTitle: 'Ce flux d’appels n’existe pas',
  flowNotFoundBody:
    'Aucun flux d’appels ne porte l’identifiant « {id} » dans cet espace de travail : il a peut-être été supprimé, ou le lien vient d’un autre espace de travail. Ouvrez un flux d’appels depuis votre liste, ou créez-en un.',
};
