/** A component's own class names followed by the host's `className`, if any. */
export const withClassName = (base: string, extra: string | undefined): string =>
  extra ? `${base} ${extra}` : base;
