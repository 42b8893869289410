export { JobLibrary, type JobLibraryProps, type JobLibrarySort } from './JobLibrary';
