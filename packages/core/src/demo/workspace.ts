import type { WorkspaceData } from '..';
import { callFlows } from './callFlows';
import { jobs } from './jobs';
import { knowledge } from './knowledge';

/**
 * The demo's workspace: Dupont Plomberie & Chauffage, a bilingual plumbing and heating company in Montréal.
 * Three call flows (one with unpublished changes, one never published), 26 jobs of which some are unattached and
 * "Take a message" is used by several steps, and four knowledge pages.
 */
export const BUSINESS_NAME = 'Dupont Plomberie & Chauffage';

export const demoWorkspace: Partial<WorkspaceData> = { jobs, knowledge, callFlows, callSummaries: [] };
