import type { WorkspaceData } from '..';
import { callFlows } from './callFlows';
import { callSummaries } from './callSummaries';
import { jobs } from './jobs';
import { knowledge } from './knowledge';
import { testCases } from './testCases';

/** The name of the demo's business, as its jobs, knowledge pages and greetings say it. */
export const BUSINESS_NAME = 'Dupont Plomberie & Chauffage';

/**
 * The demo's workspace, to seed `createInMemoryAdapter({ seed: demoWorkspace })`: Dupont Plomberie &
 * Chauffage, a bilingual plumbing and heating company in Montréal. Three call flows (one with unpublished
 * changes, one never published), 26 jobs of which some are unattached and "Take a message" is used by several
 * steps, four knowledge pages, six simulated calls with their summaries, and six saved test cases of the main line,
 * all passing on its draft. The main line shows the whole-flow simulator: business hours with holidays (Christmas,
 * New Year's Day), the front desk during hours, and after hours a phone menu (1: the on-call technician, then the
 * after-hours Sona step if nobody answers; 2: voicemail; no key: the after-hours Sona step).
 */
export const demoWorkspace: Partial<WorkspaceData> = { jobs, knowledge, callFlows, callSummaries, testCases };
