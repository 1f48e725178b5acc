/** Nothing rated yet: invite the person to rate rather than showing a page of zeros. */
export function EmptyPlan({ tierName, skillCount }: { tierName: string; skillCount: number }) {
  return (
    <section className="card plan-card empty-state" aria-labelledby="empty-plan-title">
      <h2 id="empty-plan-title">Rate a few skills to see your plan</h2>
      <p>
        Your plan for {tierName} is built from your own ratings: how ready you are, which three skills to work
        on first and how fast you need to go. Rating even five of the {skillCount} skills gives a first
        picture; it takes a couple of minutes.
      </p>
      <a className="button button--primary" href="#/skills">
        Start rating my skills
      </a>
    </section>
  );
}
