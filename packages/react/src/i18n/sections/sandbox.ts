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
};
