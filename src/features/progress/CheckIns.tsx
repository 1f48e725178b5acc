import { useId, useMemo, useState, type FormEvent } from 'react';
import { computeReadiness } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { selectTargetTierId, selectYears } from '../../state/selectors';

const MAX_NOTE = 200;
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** Save a dated snapshot of all ratings with a note; list and remove them. */
export function CheckIns() {
  const guide = usePlanner((s) => s.guide);
  const checkIns = usePlanner((s) => s.checkIns);
  const addCheckIn = usePlanner((s) => s.addCheckIn);
  const deleteCheckIn = usePlanner((s) => s.deleteCheckIn);
  const tierId = usePlanner(selectTargetTierId);
  const years = usePlanner(selectYears);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const noteId = useId();
  const newestFirst = useMemo(() => [...checkIns].sort((a, b) => b.at - a.at), [checkIns]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    addCheckIn(note.trim());
    setSaved(`Check-in saved${note.trim() ? `: “${note.trim()}”` : ''}.`);
    setNote('');
  };

  return (
    <section className="card" aria-labelledby="checkins-title">
      <h2 id="checkins-title">Check-ins</h2>
      <p className="muted">
        A check-in keeps a copy of all your ratings as they are today, so you can compare later — for example
        before and after a review.
      </p>
      <form onSubmit={submit} className="inline-form">
        <div className="field">
          <label htmlFor={noteId} className="field__label">
            Note (optional)
          </label>
          <input
            id={noteId}
            value={note}
            maxLength={MAX_NOTE}
            placeholder="e.g. after my Q3 review"
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          Save check-in
        </button>
      </form>
      <p role="status" className="muted">
        {saved}
      </p>
      {newestFirst.length === 0 ? (
        <p>No check-ins yet. Save one now to mark where you stand today.</p>
      ) : (
        <ul className="checkin-list">
          {newestFirst.map((c) => (
            <li key={c.id}>
              <span>
                <strong>{dateTime.format(c.at)}</strong>
                {c.note && <> — {c.note}</>}
                <span className="muted">
                  {' '}
                  · readiness {computeReadiness(guide, c.ratings, years, tierId).score} ·{' '}
                  {Object.keys(c.ratings).length} skills rated
                </span>
              </span>
              <button type="button" className="button button--quiet" onClick={() => deleteCheckIn(c.id)}>
                Delete <span className="visually-hidden">check-in of {dateTime.format(c.at)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
