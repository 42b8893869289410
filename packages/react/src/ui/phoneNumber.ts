const NORTH_AMERICAN = /^\+1(\d{3})(\d{3})(\d{4})$/;
const FRENCH = /^\+33(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** A stored international number as people read it: `+15145550142` → `+1 514-555-0142`, `+33123456789` → `+33 1 23 45 67 89`. */
export function formatPhoneNumber(phoneNumber: string): string {
  const nanp = NORTH_AMERICAN.exec(phoneNumber);
  if (nanp) return `+1 ${nanp[1]}-${nanp[2]}-${nanp[3]}`;
  const french = FRENCH.exec(phoneNumber);
  if (french) return `+33 ${french.slice(1).join(' ')}`;
  return phoneNumber;
}
