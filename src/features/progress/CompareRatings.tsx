import { useMemo, useState } from 'react';
import { compareRatings, ratingsForComparison, type ComparisonBase, type Ratings } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { selectTargetTierId, selectYears } from '../../state/selectors';
import { useLevelLabel } from '../../state/useLevelLabel';

const NOW = 'now';
const DAY_MS = 86_400_000;
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

function parseChoice(value: string): ComparisonBase | null {
  if (value.startsWith('date:')) return { kind: 'date', date: value.slice(5) };
  if (value.startsWith('checkin:')) return { kind: 'checkIn', checkInId: Number(value.slice(8)) };
  return null;
}

/** Which skills rose or fell between two dates or check-ins, and what that did to readiness. */
export function CompareRatings() {
  const guide = usePlanner((s) => s.guide);
  const history = usePlanner((s) => s.history);
  const checkIns = usePlanner((s) => s.checkIns);
  const ratings = usePlanner((s) => s.ratings);
  const tierId = usePlanner(selectTargetTierId);
  const years = usePlanner(selectYears);
  const levelLabel = useLevelLabel();
  // Whole UTC days first, formatted once each: formatting every entry of a long log costs ~90 ms.
  const days = useMemo(() => {
    const dayNumbers = new Set<number>();
    for (const entry of history) dayNumbers.add(Math.floor(entry.at / DAY_MS));
    return [...dayNumbers]
      .sort((a, b) => b - a)
      .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
  }, [history]);
  // The day before the first rating: where the history starts from, nothing rated.
  const start = useMemo(() => {
    const first = history[0];
    return first ? new Date(first.at - DAY_MS).toISOString().slice(0, 10) : null;
  }, [history]);
  const [from, setFrom] = useState(() => (start ? `date:${start}` : ''));
  const [to, setTo] = useState(NOW);

  const resolve = (choice: string): Ratings | null => {
    if (choice === NOW) return ratings;
    const base = parseChoice(choice);
    return base ? ratingsForComparison(base, { history, checkIns }) : null;
  };
  const before = resolve(from);
  const after = resolve(to);
  const result = before && after ? compareRatings(guide, before, after, years, tierId) : null;
  const names = new Map(guide.skills.map((s) => [s.id, s.name]));
  const tier = guide.tiers.find((t) => t.id === tierId);

  const options = (includeNow: boolean) => (
    <>
      {includeNow && <option value={NOW}>Now</option>}
      {!includeNow && start && <option value={`date:${start}`}>Before my first rating</option>}
      {checkIns.length > 0 && (
        <optgroup label="Check-ins">
          {[...checkIns]
            .sort((a, b) => b.at - a.at)
            .map((c) => (
              <option key={c.id} value={`checkin:${c.id}`}>
                {dateTime.format(c.at)}
                {c.note ? ` — ${c.note}` : ''}
              </option>
            ))}
        </optgroup>
      )}
      {days.length > 0 && (
        <optgroup label="End of day">
          {days.map((d) => (
            <option key={d} value={`date:${d}`}>
              {d}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );

  if (days.length === 0 && checkIns.length === 0) return null;
  return (
    <section className="card" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare two moments</h2>
      <div className="toolbar">
        <label className="toolbar__field">
          <span>From</span>
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="">Choose…</option>
            {options(false)}
          </select>
        </label>
        <label className="toolbar__field">
          <span>To</span>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {options(true)}
          </select>
        </label>
      </div>
      {/* One live region that stays: a region added together with its content is not announced. */}
      <div aria-live="polite">
        {result ? (
          <>
            <p>
              Readiness for {tier?.shortTitle}: {result.readinessBefore} → {result.readinessAfter} (
              {result.readinessChange >= 0 ? '+' : '−'}
              {Math.abs(result.readinessChange)}). {result.rose.length} rose, {result.fell.length} fell,{' '}
              {result.unchanged} unchanged.
            </p>
            <div className="compare-columns">
              <div>
                <h3>Rose</h3>
                {result.rose.length === 0 ? (
                  <p className="muted">None.</p>
                ) : (
                  <ul>
                    {result.rose.map((m) => (
                      <li key={m.skillId}>
                        <span aria-hidden="true">▲ </span>
                        {names.get(m.skillId)}: {m.from === null ? 'not rated' : levelLabel(m.from)} →{' '}
                        {levelLabel(m.to)}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <h3>Fell</h3>
                {result.fell.length === 0 ? (
                  <p className="muted">None.</p>
                ) : (
                  <ul>
                    {result.fell.map((m) => (
                      <li key={m.skillId}>
                        <span aria-hidden="true">▼ </span>
                        {names.get(m.skillId)}: {levelLabel(m.from)} →{' '}
                        {m.to === null ? 'not rated' : levelLabel(m.to)}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </>
        ) : (
          <p className="muted">Choose two moments to compare.</p>
        )}
      </div>
    </section>
  );
}
