/**
 * Strings of teaching a job a caller's sentence (the routing sandbox's Should fire): loaded with the code that
 * teaches, not with the main entry.
 */
export interface TeachMessages {
  /** On a job that would not fire: teach it the sentence. */
  teach: string;
  /** `{job}`: the teach button's accessible name. */
  teachLabel: string;
  /** `{sentence}`: what is added to the job's trigger. */
  teachExample: string;
  teaching: string;
  /** `{job}`: after teaching, when the job now fires. */
  taughtFires: string;
  /** `{job}`: after teaching, when another job (or none) still wins. */
  taughtStillNot: string;
  undo: string;
  /** `{job}`: after Undo. */
  undone: string;
  /** `{job}`, `{max}`: the sentence does not fit in the trigger. */
  teachTooLong: string;
  /** `{job}`: the job changed elsewhere since it was loaded. */
  teachConflict: string;
  /** `{job}`, `{message}`: the adapter failed. */
  teachFailed: string;
}

export const teachEn: TeachMessages = {
  teach: 'Should fire',
  teachLabel: '{job} should fire: add the sentence to its trigger',
  teachExample: 'For example: “{sentence}”.',
  teaching: 'Saving…',
  taughtFires: 'Added to the trigger of {job}: it fires now.',
  taughtStillNot:
    'Added to the trigger of {job}, but it is still not chosen: make its trigger more specific in the job editor.',
  undo: 'Undo',
  undone: 'Removed from the trigger of {job}.',
  teachTooLong:
    'The trigger of {job} would be longer than {max} characters: shorten it in the job editor first.',
  teachConflict: '{job} was changed elsewhere meanwhile. It now shows the latest version: try again.',
  teachFailed: 'Couldn’t update {job}: {message}',
};
