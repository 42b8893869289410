export { JobRoutingSandbox, type JobRoutingSandboxProps } from './JobRoutingSandbox';
