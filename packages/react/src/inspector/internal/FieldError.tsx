export interface FieldErrorProps {
  id: string;
  message: string;
}

/** An inline error under a control; the control points at it with `aria-describedby`. */
export function FieldError({ id, message }: FieldErrorProps) {
  return (
    <p id={id} className="sona-field__error">
      <svg className="sona-field__error-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M8 4.2v4.6M8 11v.8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <span>{message}</span>
    </p>
  );
}
