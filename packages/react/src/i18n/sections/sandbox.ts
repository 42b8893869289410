/** Strings of `JobRoutingSandbox`, the "Which job would fire?" panel of a Sona step. */
export interface SandboxMessages {
  title: string;
  hint: string;
  callerSays: string;
  placeholder: string;
  noJobs: string;
  prompt: string;
  resultsLabel: string;
  wouldFire: string;
  /** `{percent}`: the winner's confidence. */
  confidence: string;
  noMatch: string;
  /** `{percent}`: how well the job fits. */
  scoreLabel: string;
  matchedLabel: string;
  noMatchedWords: string;
  deletedJob: string;
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

export const sandboxEn: SandboxMessages = {
  title: 'Which job would fire?',
  hint: 'Type what a caller might say: the attached jobs are ranked as Sona would. Nothing is saved unless you teach a job the sentence.',
  callerSays: 'Caller says',
  placeholder: 'I need to book a plumber for Tuesday',
  noJobs: 'No jobs are attached to this step: Sona would answer from knowledge or take a message.',
  prompt: 'Type a sentence to see which job would fire.',
  resultsLabel: 'Routing results',
  wouldFire: 'Would fire',
  confidence: '{percent} confidence',
  noMatch: 'No job would fire: Sona would answer from knowledge or take a message.',
  scoreLabel: 'Fit {percent}',
  matchedLabel: 'Matched words',
  noMatchedWords: 'No matching words',
  deletedJob: 'Deleted job',
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
