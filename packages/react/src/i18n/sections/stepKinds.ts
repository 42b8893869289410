import type { StepKind } from '@sona-designer/core';

export interface StepKindMessages {
  /** "Sona step": the first half of a node's accessible name "<kind label>: <title>". */
  kindLabel: Record<StepKind, string>;
  /** One line that says what the kind does, for the palette. */
  kindHint: Record<StepKind, string>;
  /** Labels of named outputs; phone-menu options use `pressKey`. */
  outputs: Record<'next' | 'open' | 'closed' | 'no-answer' | 'done' | 'transfer' | 'no-input', string>;
  pressKey: string;
  /** Default title of a new step. */
  defaultTitle: Record<StepKind, string>;
}

export const stepKinds: { en: StepKindMessages; fr: StepKindMessages } = {
  en: {
    kindLabel: {
      'incoming-call': 'Incoming call step',
      'business-hours': 'Business hours step',
      'phone-menu': 'Phone menu step',
      'ring-users': 'Ring users step',
      sona: 'Sona step',
      voicemail: 'Voicemail step',
      'play-audio': 'Play audio step',
      forward: 'Forward step',
      end: 'End step',
    },
    kindHint: {
      'incoming-call': 'Where every call starts',
      'business-hours': 'Branch on opening hours',
      'phone-menu': 'Press 1, 2, 3…',
      'ring-users': 'Ring people on your team',
      sona: 'Sona talks with the caller',
      voicemail: 'Let the caller leave a message',
      'play-audio': 'Play a recording or read a text',
      forward: 'Send the call to another number',
      end: 'Hang up',
    },
    outputs: {
      next: 'Next',
      open: 'During hours',
      closed: 'After hours',
      'no-answer': 'No answer',
      done: 'Done',
      transfer: 'Hand-off',
      'no-input': 'No input',
    },
    pressKey: 'Press {digit}',
    defaultTitle: {
      'incoming-call': 'Incoming call',
      'business-hours': 'Business hours',
      'phone-menu': 'Phone menu',
      'ring-users': 'Ring users',
      sona: 'Sona',
      voicemail: 'Voicemail',
      'play-audio': 'Play audio',
      forward: 'Forward',
      end: 'End call',
    },
  },
  fr: {
    kindLabel: {
      'incoming-call': 'Étape Appel entrant',
      'business-hours': 'Étape Heures d’ouverture',
      'phone-menu': 'Étape Menu téléphonique',
      'ring-users': 'Étape Faire sonner',
      sona: 'Étape Sona',
      voicemail: 'Étape Messagerie vocale',
      'play-audio': 'Étape Message audio',
      forward: 'Étape Transfert',
      end: 'Étape Fin',
    },
    kindHint: {
      'incoming-call': 'Le début de chaque appel',
      'business-hours': 'Selon les heures d’ouverture',
      'phone-menu': 'Appuyez sur 1, 2, 3…',
      'ring-users': 'Faire sonner votre équipe',
      sona: 'Sona parle avec l’appelant',
      voicemail: 'L’appelant laisse un message',
      'play-audio': 'Jouer un enregistrement ou lire un texte',
      forward: 'Transférer vers un autre numéro',
      end: 'Raccrocher',
    },
    outputs: {
      next: 'Suivant',
      open: 'Pendant les heures',
      closed: 'Hors des heures',
      'no-answer': 'Sans réponse',
      done: 'Terminé',
      transfer: 'Relais',
      'no-input': 'Aucune touche',
    },
    pressKey: 'Touche {digit}',
    defaultTitle: {
      'incoming-call': 'Appel entrant',
      'business-hours': 'Heures d’ouverture',
      'phone-menu': 'Menu téléphonique',
      'ring-users': 'Faire sonner',
      sona: 'Sona',
      voicemail: 'Messagerie vocale',
      'play-audio': 'Message audio',
      forward: 'Transfert',
      end: 'Fin de l’appel',
    },
  },
};
