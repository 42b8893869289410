import type { PhoneMenuStep } from '@sona-designer/core';

/** The phone menu form's values (shared by the form and its options field). */
export interface PhoneMenuValues {
  title: string;
  prompt: string;
  options: PhoneMenuStep['options'];
  timeoutSeconds: number;
}
