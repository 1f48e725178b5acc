import { describeGapStatus, formatSalaryFigure, type ReportModel } from '../../domain';

/** The report as a page: what is printed, and what the PDF and Markdown say in their own form. */
export function ReportDocument({ report }: { report: ReportModel }) {
  const money = (amount: number, kind: 'point' | 'median' | 'lowerBound' | 'upperBound' = 'point') =>
    formatSalaryFigure({ amount, kind }, report.currency);
  const byCategory = new Map<string, ReportModel['ratings']>();
  for (const row of report.ratings)
    byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  const notes = report.ratings.filter((r) => r.note.trim() !== '');
  const { profile, readiness, salaryStep } = report;

  return (
    <article className="report-document" aria-labelledby="report-title">
      <header>
        <h2 id="report-title">{report.title}</h2>
        <p>
          {report.role} · {report.date}
        </p>
      </header>
      <section aria-labelledby="report-profile">
        <h3 id="report-profile">Where I stand</h3>
        <ul>
          <li>
            Years of experience:{' '}
            {profile.yearsOfExperience === null ? 'not given' : profile.yearsOfExperience}
          </li>
          <li>
            Current tier: {profile.currentTier}
            {profile.currentTierInferred ? ' (worked out from ratings and experience)' : ''}
          </li>
          <li>Target tier: {profile.targetTier}</li>
          {profile.targetDate && <li>Target date: {profile.targetDate}</li>}
          <li>
            Readiness for {profile.targetTier}: <strong>{readiness.score} / 100</strong>
            {readiness.ready ? ' — ready' : ''}
          </li>
        </ul>
      </section>
      <section aria-labelledby="report-tiers">
        <h3 id="report-tiers">Career tiers</h3>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Tier</th>
              <th scope="col">Experience</th>
              <th scope="col">Salary (guide)</th>
              <th scope="col" className="num">
                My readiness
              </th>
            </tr>
          </thead>
          <tbody>
            {report.tiers.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.title}</th>
                <td>{t.experience}</td>
                <td>
                  {t.salary
                    ? `${money(t.salary.amount, t.salary.kind)}${t.salary.kind === 'lowerBound' ? ` (lower bound: ${t.salary.label})` : ''}`
                    : 'not given'}
                </td>
                <td className="num">{t.readiness}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {salaryStep && (
        <p>
          The step from {salaryStep.fromTier} to {salaryStep.toTier}: {money(salaryStep.from)} →{' '}
          {money(salaryStep.to, salaryStep.toIsLowerBound ? 'lowerBound' : 'point')},{' '}
          {salaryStep.toIsLowerBound ? 'at least ' : ''}
          {salaryStep.change >= 0 ? '+' : '−'}
          {money(Math.abs(salaryStep.change))}
          {salaryStep.changePercent !== null && ` (${salaryStep.changePercent}%)`} a year.
        </p>
      )}
      <section aria-labelledby="report-ratings">
        <h3 id="report-ratings">My ratings against {profile.targetTier}</h3>
        {[...byCategory].map(([category, rows]) => (
          <table key={category} className="report-table">
            <caption>{category}</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Me</th>
                <th scope="col">Required</th>
                <th scope="col" className="num">
                  Gap
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.skillId}>
                  <th scope="row">{r.skill}</th>
                  <td>{r.ratingLabel}</td>
                  <td>{r.requiredLabel}</td>
                  <td className="num">{r.gap}</td>
                  <td>{describeGapStatus(r.status, r.gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
      {report.focus.length > 0 && (
        <section aria-labelledby="report-focus">
          <h3 id="report-focus">What I am working on</h3>
          <ol>
            {report.focus.map((f) => (
              <li key={f.skill}>
                <strong>{f.skill}</strong> — {f.gap} {f.gap === 1 ? 'level' : 'levels'} to go
                {f.advice[0] && <> · Advice: {f.advice[0]}</>}
                {f.mistakes[0] && <> · Avoid: {f.mistakes[0]}</>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {report.progress.length > 0 && (
        <section aria-labelledby="report-progress">
          <h3 id="report-progress">Progress</h3>
          <p>
            Readiness for {profile.targetTier}: {report.progress[0]!.readiness} on {report.progress[0]!.date}{' '}
            → {report.progress.at(-1)!.readiness} on {report.progress.at(-1)!.date}.
          </p>
          {report.checkIns.length > 0 && (
            <ul>
              {/* Two check-ins can share a day and a note: the position is the only unique key. */}
              {report.checkIns.map((c, i) => (
                <li key={i}>
                  {c.date}
                  {c.note && ` — ${c.note}`}: readiness {c.readiness}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {report.metrics.some((m) => m.entries.length > 0) && (
        <section aria-labelledby="report-metrics">
          <h3 id="report-metrics">Portfolio metrics</h3>
          <ul>
            {report.metrics
              .filter((m) => m.entries.length > 0)
              .map((m) => (
                <li key={m.id}>
                  {m.name}:{' '}
                  {m.entries
                    .map((e) => `${e.value}${m.unit === 'percent' ? '%' : ` ${m.unit}`} (${e.date})`)
                    .join(', ')}
                </li>
              ))}
          </ul>
        </section>
      )}
      {notes.length > 0 && (
        <section aria-labelledby="report-notes">
          <h3 id="report-notes">Notes and evidence</h3>
          <dl>
            {notes.map((r) => (
              <div key={r.skillId}>
                <dt>{r.skill}</dt>
                <dd>{r.note}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <footer className="muted">
        Made with Career Path Planner from the {report.role} guide. Required levels and readiness are the
        app&apos;s reading of the guide; salary figures are the guide&apos;s.
      </footer>
    </article>
  );
}
