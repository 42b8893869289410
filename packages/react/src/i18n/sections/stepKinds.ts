import type { StepKind } from '@sona-designer/core';

/**
 * The words of each kind of step, by `StepKind`: its label, a one-line hint for the palette, its outputs'
 * labels and the default title of a new step.
 */
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

export const stepKindsEn: StepKindMessages = {
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
};
