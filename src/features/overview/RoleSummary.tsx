import type { Guide } from '../../domain/guide';
import { formatMoney } from '../../domain';
import './overview.css';

const DEMAND_LABEL = { low: 'Low', medium: 'Medium', high: 'High' } as const;

export function RoleSummary({ guide }: { guide: Guide }) {
  const { role, salary } = guide;
  const { market } = role;
  const money = (amount: number) => formatMoney(amount, salary.currency);
  return (
    <section aria-labelledby="role-title" className="role-summary">
      <h1 id="role-title">{role.title}</h1>
      <p className="role-summary__text">{role.summary}</p>
      <dl className="fact-list">
        {market.growthRatePercent !== undefined && (
          <div className="fact">
            <dt>Job growth</dt>
            <dd>
              {market.growthRatePercent}%{market.growthStatus ? ` · ${market.growthStatus}` : ''}
            </dd>
          </div>
        )}
        {market.demand && (
          <div className="fact">
            <dt>Market demand</dt>
            <dd>{DEMAND_LABEL[market.demand]}</dd>
          </div>
        )}
        {market.remoteFriendly !== undefined && (
          <div className="fact">
            <dt>Remote work</dt>
            <dd>{market.remoteFriendly ? 'Remote-friendly' : 'Mostly on site'}</dd>
          </div>
        )}
        <div className="fact">
          <dt>
            Salary range ({salary.region}, {salary.currency} per {salary.period})
          </dt>
          <dd>
            {money(salary.range.min)} – {money(salary.range.max)}
            {salary.median !== undefined && <> · median {money(salary.median)}</>}
          </dd>
        </div>
      </dl>
      {market.source && <p className="muted fact-source">Market figures: {market.source}.</p>}
    </section>
  );
}
