export { JobPicker, type JobPickerProps } from './JobPicker';
