/** The start of a text the step says (a greeting, a message), or a muted line when there is none yet. */
export function TextSummary({ text, empty }: { text: string; empty: string }) {
  return text ? (
    <p className="sona-step-node__quote" data-lines="2" title={text}>
      {text}
    </p>
  ) : (
    <p className="sona-step-node__empty">{empty}</p>
  );
}
