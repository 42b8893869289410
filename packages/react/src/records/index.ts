export {
  type Choice,
  ConflictField,
  type ConflictFieldText,
  type FieldChange,
  whoChanged,
} from './conflict/ConflictField';
