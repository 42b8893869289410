/**
 * How much each kind of evidence counts when routing. The values are fitted, not chosen by hand: a coordinate
 * search (test/routing/fitWeights.ts) over the development sets, where no set may lose more than 2 points of top-1
 * or rejection and the newest set (written before the fit by someone who had not seen the router) weighs double.
 * The held-out sets never take part in the fit.
 */
export interface RoutingWeights {
  /** A word of the job's instructions against one of its name, description or trigger (1). */
  readonly weak: number;
  /** A caller word that meets a job word only through a typo correction or a shared start. */
  readonly fuzzy: number;
  /** A word that qualifies rather than names ("new", "big"). */
  readonly modifier: number;
  /**
   * How much confidence is lost when the runner-up scores as high as the best job: then the caller's words do not
   * tell the jobs apart, and often they matched a word both jobs merely mention.
   */
  readonly tie: number;
  /** A caller word no job knows still counts against confidence, but less than a known one: it may be small talk. */
  readonly unknownWord: number;
  /** A caller word that another job knows but the best one does not. */
  readonly unmatchedWord: number;
  /**
   * What a general call intent shared by the caller and a job adds to the job's score, at most (a rare intent);
   * about one well-matched word, so it decides between jobs the words leave close, or finds a job the words miss.
   */
  readonly intent: number;
  /** A one-word cue ("bill", "urgent") says the intent less surely than a phrase ("call me back"). */
  readonly singleCue: number;
  /** An intent said only through words the job already matched ("invoice") adds little to what they showed. */
  readonly repeat: number;
  /**
   * What a request of its own that no job serves ("what time do you close?" with no opening-hours job) counts
   * against confidence: the caller asks for something none of the jobs does, whatever words they share.
   */
  readonly unservedIntent: number;
  /** A question whether something is offered ("do you sell…?") says less: what it asks about may be a job. */
  readonly unservedInquiry: number;
  /**
   * What a word counts for a job when the caller said it inside a phrase stating an intent the job does not serve:
   * the phrase fixes its sense ("returning a call" is no tax return, "move my appointment" no new booking).
   */
  readonly otherSense: number;
}

/**
 * The weights the router was tuned by hand with, before the fit: the fit starts from them, and a test checks that
 * the fitted weights do no worse on any development set.
 */
export const HAND_SET_ROUTING_WEIGHTS: RoutingWeights = {
  weak: 0.3,
  fuzzy: 0.8,
  modifier: 0.3,
  tie: 0.2,
  unknownWord: 0.35,
  unmatchedWord: 0.5,
  intent: 1,
  singleCue: 0.7,
  repeat: 0.4,
  unservedIntent: 1,
  unservedInquiry: 0.5,
  otherSense: 0.3,
};

/**
 * The fitted weights. What the fit found, in words: a job's instructions say what Sona does, not what callers ask
 * for, so their words no longer score (they still make a word common, through its document frequency); a word only
 * another job knows is not held against the best one; a request no job serves counts twice as much against it.
 */
export const ROUTING_WEIGHTS: RoutingWeights = {
  weak: 0,
  fuzzy: 0.4,
  modifier: 0.3,
  tie: 0.2,
  unknownWord: 0.35,
  unmatchedWord: 0,
  intent: 1.1,
  singleCue: 0.525,
  repeat: 0.5,
  unservedIntent: 2,
  unservedInquiry: 0.5,
  otherSense: 0.3,
};
