import type { Tier } from '../domain/guide';

interface Props {
  label: string;
  tiers: readonly Tier[];
  value: string;
  onChange(tierId: string): void;
  className?: string;
}

/** A labelled choice of tier, by full title. */
export function TierSelect({ label, tiers, value, onChange, className = 'toolbar__field' }: Props) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {tiers.map((tier) => (
          <option key={tier.id} value={tier.id}>
            {tier.title}
          </option>
        ))}
      </select>
    </label>
  );
}
