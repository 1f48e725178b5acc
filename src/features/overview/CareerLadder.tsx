import type { Guide, SalaryFigure } from '../../domain/guide';
import { formatExperienceRange, formatSalaryFigure, salaryForTier } from '../../domain';
import './overview.css';

function SalaryKindNote({ figure }: { figure: SalaryFigure }) {
  if (figure.kind === 'lowerBound') return <>lower bound: {figure.label.toLowerCase()}</>;
  if (figure.kind === 'upperBound') return <>upper bound: {figure.label.toLowerCase()}</>;
  if (figure.kind === 'median') return <>median, {figure.label}</>;
  return <>{figure.label} figure</>;
}

/** The tiers as an ordered list: experience and what each tier pays, as the guide states it. */
export function CareerLadder({ guide }: { guide: Guide }) {
  return (
    <section aria-labelledby="ladder-title" className="ladder">
      <h2 id="ladder-title">Career tiers</h2>
      <ol className="ladder__list">
        {guide.tiers.map((tier, index) => {
          const salary = salaryForTier(guide, tier.id);
          return (
            <li key={tier.id} className="tier-card" aria-labelledby={`tier-${tier.id}`}>
              <p className="tier-card__step" aria-hidden="true">
                {index + 1}
              </p>
              <h3 id={`tier-${tier.id}`}>{tier.title}</h3>
              <p className="tier-card__experience">{formatExperienceRange(tier)}</p>
              {salary ? (
                <p className="tier-card__salary">
                  <strong>{formatSalaryFigure(salary.figure, guide.salary.currency)}</strong>{' '}
                  <span className={`salary-kind salary-kind--${salary.figure.kind}`}>
                    (<SalaryKindNote figure={salary.figure} />)
                  </span>
                </p>
              ) : (
                <p className="tier-card__salary muted">The guide gives no salary figure for this tier.</p>
              )}
              {salary?.figure.note && <p className="tier-card__note muted">{salary.figure.note}</p>}
              <p className="tier-card__description">{tier.description}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
