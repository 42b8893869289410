import type { WorkspaceData } from '..';
import { callFlows } from './callFlows';
import { callSummaries } from './callSummaries';
import { jobs } from './jobs';
import { knowledge } from './knowledge';

/** The name of the demo's business, as its jobs, knowledge pages and greetings say it. */
export const BUSINESS_NAME = 'Dupont Plomberie & Chauffage';

/**
 * The demo's workspace, to seed `createInMemoryAdapter({ seed: demoWorkspace })`: Dupont Plomberie &
 * Chauffage, a bilingual plumbing and heating company in Montréal. Three call flows (one with unpublished
 * changes, one never published), 26 jobs of which some are unattached and "Take a message" is used by several
 * steps, four knowledge pages, and six simulated calls with their summaries.
 */
export const demoWorkspace: Partial<WorkspaceData> = { jobs, knowledge, callFlows, callSummaries };
