import { useId, useState, type FormEvent } from 'react';
import { usePlanner } from '../../state/PlannerStoreContext';

const MAX_YEARS = 60;

interface Props {
  /** First run: the form introduces itself and can be skipped. */
  firstRun?: boolean;
  onDone?(): void;
}

/** Years of experience and, optionally, the tier held now. Short, skippable, changeable later. */
export function ProfileForm({ firstRun = false, onDone }: Props) {
  const guide = usePlanner((s) => s.guide);
  const profile = usePlanner((s) => s.profile);
  const updateProfile = usePlanner((s) => s.updateProfile);
  const [years, setYears] = useState(
    profile.yearsOfExperience === null ? '' : String(profile.yearsOfExperience),
  );
  const [tierId, setTierId] = useState(profile.currentTierId ?? '');
  const [error, setError] = useState<string | null>(null);
  const yearsId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = years.trim();
    const value = trimmed === '' ? null : Number(trimmed);
    if (value !== null && (!Number.isFinite(value) || value < 0 || value > MAX_YEARS)) {
      setError(`Enter a number of years from 0 to ${MAX_YEARS}, or leave it empty.`);
      return;
    }
    setError(null);
    updateProfile({
      yearsOfExperience: value,
      currentTierId: tierId === '' ? null : tierId,
      onboarded: true,
    });
    onDone?.();
  };

  const skip = () => {
    updateProfile({ onboarded: true });
    onDone?.();
  };

  return (
    <form className="card profile-form" onSubmit={submit} aria-labelledby="profile-form-title" noValidate>
      <h2 id="profile-form-title">{firstRun ? 'Welcome! Where are you now?' : 'Your profile'}</h2>
      {firstRun && (
        <p>
          Two quick questions help the app work out your next step. Both are optional, and you can change them
          any time. Everything stays in this browser.
        </p>
      )}
      <div className="field">
        <label htmlFor={yearsId} className="field__label">
          Years of experience in {guide.role.title.toLowerCase()} work
        </label>
        <input
          id={yearsId}
          type="number"
          inputMode="decimal"
          min={0}
          max={MAX_YEARS}
          step={0.5}
          value={years}
          onChange={(event) => setYears(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
        />
        {error && (
          <p id={errorId} className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <label className="field">
        <span className="field__label">Your current tier (optional)</span>
        <select value={tierId} onChange={(event) => setTierId(event.target.value)}>
          <option value="">Work it out from my ratings and experience</option>
          {guide.tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.title}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {firstRun ? 'Start rating my skills' : 'Save profile'}
        </button>
        <button type="button" className="button" onClick={firstRun ? skip : onDone}>
          {firstRun ? 'Skip for now' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
