const NORTH_AMERICAN = /^\+1(\d{3})(\d{3})(\d{4})$/;

/** `+15145550142` → `+1 514-555-0142`; other numbers stay in international format as stored. */
export function formatPhoneNumber(phoneNumber: string): string {
  const match = NORTH_AMERICAN.exec(phoneNumber);
  return match ? `+1 ${match[1]}-${match[2]}-${match[3]}` : phoneNumber;
}
