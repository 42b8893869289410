// The transfer surfaces loaded on demand, as the package exports them.
export { LazyImportDialog } from './lazyImportDialog';
