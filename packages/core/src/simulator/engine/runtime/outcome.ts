import type { CallOutcome } from '../../../model/callSummary';
import { foldedPhrase } from '../language/foldedPhrase';
import type { SimulatedJob, SimulatedSonaStep, SimulationState } from '../types';
import type { LocalMemory } from './callBookkeeping';

export type JobKind = 'message' | 'sales' | 'booking' | 'other';

function kindOf(text: string): JobKind | null {
  if (/\b(?:message|callback|call back|rappel|rappeler)\b/.test(text)) return 'message';
  if (
    /\b(?:quotes?|leads?|estimates?|devis|prospects?|sales|ventes?|enquiry|inquiry|renovation|commercial|soumission)\b/.test(
      text,
    )
  ) {
    return 'sales';
  }
  if (/\b(?:cancel|reschedule|annuler|deplacer)\b/.test(text)) return 'other';
  if (
    /\b(?:book|booking|appointments?|reservation|rendez|visit|schedules?|reserver|planifier)\b/.test(text)
  ) {
    return 'booking';
  }
  return null;
}

// Asked at the end of every call of a batch, of the same few jobs: kept by name and description.
const kinds = new Map<string, JobKind>();
const MAX_KINDS = 200;

/** What a job is for, from its name (else its description): it decides what "done" means for the call summary. */
export function jobKind(job: Pick<SimulatedJob, 'name' | 'description'>): JobKind {
  const key = `${job.name}\0${job.description}`;
  let kind = kinds.get(key);
  if (!kind) {
    kind = kindOf(foldedPhrase(job.name)) ?? kindOf(foldedPhrase(job.description)) ?? 'other';
    if (kinds.size >= MAX_KINDS) kinds.delete(kinds.keys().next().value ?? '');
    kinds.set(key, kind);
  }
  return kind;
}

/**
 * The outcome of a call as it stands, as if it ended now: a transfer, a message taken, a job left unfinished
 * (abandoned), a sales job with contact details (lead qualified), a booking agreed (appointment booked), a job done
 * or a question answered from Knowledge (resolved), or nothing that fit (no match).
 */
export function inferOutcome(
  step: SimulatedSonaStep,
  state: SimulationState,
  memory: LocalMemory,
): CallOutcome {
  if (state.actions.some((action) => action.type === 'transfer')) return 'transferred';
  if (memory.messageTaken) return 'message-taken';
  const job = step.jobs.find((candidate) => candidate.id === state.jobId);
  if (state.jobId) {
    if (!memory.jobFinished) return 'abandoned';
    const kind = job ? jobKind(job) : 'other';
    const collectedSomething = Object.keys(state.collected).length > 0;
    if (kind === 'message' && collectedSomething) return 'message-taken';
    const contact = Object.entries(memory.fieldTypes).some(
      ([label, type]) => (type === 'phone' || type === 'email') && state.collected[label],
    );
    if (kind === 'sales' && contact) return 'lead-qualified';
    if (memory.booked || kind === 'booking') return 'appointment-booked';
    return 'resolved';
  }
  if (memory.knowledgeUsed) return 'resolved';
  const callerSpoke = state.transcript.some((turn) => turn.speaker === 'caller');
  return callerSpoke ? 'no-match' : 'abandoned';
}
