export { JobsSection, type JobsSectionProps } from './JobsSection';
