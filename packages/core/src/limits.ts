/** The product's limits. Text limits count characters as a person sees them (grapheme clusters). */
export const LIMITS = {
  jobName: 100,
  jobDescription: 500,
  jobTrigger: 500,
  jobInstructions: 10000,
  jobsPerSonaStep: 10,
  knowledgePage: 20000,
} as const;

/** Limits the product card leaves open, chosen so a person never meets them in ordinary use. */
export const SECONDARY_LIMITS = {
  knowledgeTitle: 200,
  stepTitle: 100,
  flowName: 100,
  greeting: 1000,
  prompt: 1000,
  menuLabel: 100,
  ringSecondsMin: 5,
  ringSecondsMax: 300,
} as const;

/** How many test cases one call flow may hold. */
export const MAX_TEST_CASES_PER_FLOW = 500;
