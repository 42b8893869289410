/** The caller's name in a summary when they never gave one (people read it in their language). */
export const UNKNOWN_CALLER = 'Unknown caller';
