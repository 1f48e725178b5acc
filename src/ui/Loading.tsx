/** A spinner and words, announced politely: feedback while something loads or works. */
export function Loading({ children = 'Loading…' }: { children?: string }) {
  return (
    <p role="status" className="loading">
      {children}
    </p>
  );
}
