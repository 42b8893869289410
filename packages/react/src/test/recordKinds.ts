// The record kinds, for stories and tests of the records kit that need a real one (features keep them internal).
export { jobKind } from '../jobs/jobKind';
