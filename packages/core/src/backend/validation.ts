export { parseOrThrow } from '../adapter/validation';
