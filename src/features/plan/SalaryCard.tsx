import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { formatSalaryFigure, type Plan } from '../../domain';
import { usePlanner } from '../../state/PlannerStoreContext';
import { useMoney } from './usePlan';
import { Loading } from '../../ui/Loading';

const SalaryProjectionChart = lazy(() => import('./charts/SalaryProjectionChart'));

const MAX_SALARY = 10_000_000;

/** Parses a money or percent field; null for empty, undefined for invalid. */
function parseNumberField(text: string, min: number, max: number): number | null | undefined {
  const trimmed = text.trim().replace(/[,\s]/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

function NumberField(props: {
  label: string;
  hint: string;
  value: number | null;
  min: number;
  max: number;
  error: string;
  onCommit(value: number | null): void;
}) {
  const id = useId();
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const parsed = parseNumberField(text, props.min, props.max);
    setInvalid(parsed === undefined);
    if (parsed !== undefined) props.onCommit(parsed);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {props.label}
      </label>
      <span id={`${id}-hint`} className="muted field__hint">
        {props.hint}
      </span>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {invalid && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** What the step pays, as the guide states it, beside the person's own salary if they give it. */
export function SalaryCard({ plan }: { plan: Plan }) {
  const guide = usePlanner((s) => s.guide);
  const goals = usePlanner((s) => s.profile.goals);
  const updateGoals = usePlanner((s) => s.updateGoals);
  const money = useMoney();
  const { step, currentTier, targetTier, currentSalary, targetSalary, projection, pace, years } = plan;
  const currency = guide.salary.currency;
  const tierNames = useMemo(() => Object.fromEntries(guide.tiers.map((t) => [t.id, t.shortTitle])), [guide]);
  const figureLabels = useMemo(
    () =>
      Object.fromEntries(
        guide.tiers.flatMap((t) => {
          const figure = guide.salary.figures.find((f) => f.tierId === t.id);
          return figure ? [[t.id, figure.label]] : [];
        }),
      ),
    [guide],
  );
  const last = projection.at(-1);
  const ownGrowth =
    goals.currentSalary !== null && last?.ownSalary !== undefined && projection.length > 1
      ? last.ownSalary - goals.currentSalary
      : null;

  return (
    <section className="card plan-card" aria-labelledby="salary-title">
      <h2 id="salary-title">What the step is worth</h2>
      {step ? (
        <p className="salary-step">
          {currentTier.shortTitle} {formatSalaryFigure(step.from.figure, currency)} → {targetTier.shortTitle}{' '}
          {formatSalaryFigure(step.to.figure, currency)}:{' '}
          <strong>
            {step.changeBound === 'atLeast' ? 'at least ' : step.changeBound === 'uncertain' ? 'about ' : ''}
            {step.change >= 0 ? '+' : '−'}
            {money(Math.abs(step.change))}
            {step.changePercent !== null &&
              ` (${step.change >= 0 ? '+' : '−'}${Math.abs(step.changePercent)}%)`}
          </strong>{' '}
          a year.
        </p>
      ) : currentTier.id === targetTier.id ? (
        <p>You are planning for the tier you hold, so there is no step in pay to show.</p>
      ) : (
        <p>
          The guide gives no salary figure for{' '}
          {[!currentSalary && currentTier.shortTitle, !targetSalary && targetTier.shortTitle]
            .filter(Boolean)
            .join(' or ')}
          , so the step cannot be worked out.
        </p>
      )}
      {[currentSalary, targetSalary]
        // Planning for the tier you hold gives the same figure twice: explain it once.
        .filter(
          (s, i, all) => s?.kind === 'lowerBound' && all.findIndex((o) => o?.figureId === s.figureId) === i,
        )
        .map((s) => (
          <p key={s!.figureId} className="muted">
            {s!.note ??
              `${formatSalaryFigure(s!.figure, currency)} is a lower bound (${s!.label}), not a median.`}
          </p>
        ))}
      <p className="muted">
        Source: {guide.salary.source ?? 'the guide'} ({guide.salary.region}, per {guide.salary.period}).
        Overall range {money(guide.salary.range.min)}–{money(guide.salary.range.max)}
        {guide.salary.median !== undefined && `, median ${money(guide.salary.median)}`}.
      </p>
      <div className="field-row">
        <NumberField
          label={`Your current salary (${currency} a year, optional)`}
          hint="Stays in this browser; used only to compare."
          value={goals.currentSalary}
          min={0}
          max={MAX_SALARY}
          error={`Enter an amount from 0 to ${money(MAX_SALARY)}, or leave it empty.`}
          onCommit={(currentSalary) => updateGoals({ currentSalary })}
        />
        <NumberField
          label="Expected yearly raise (%, optional)"
          hint="Compounded each year; leave empty for none."
          value={goals.yearlyRaisePercent}
          min={-50}
          max={100}
          error="Enter a percentage from −50 to 100, or leave it empty."
          onCommit={(yearlyRaisePercent) => updateGoals({ yearlyRaisePercent })}
        />
      </div>
      {ownGrowth !== null && last && (
        <p>
          Over the {projection.length - 1} years shown, your salary would go from{' '}
          {money(goals.currentSalary!)} to {money(last.ownSalary!)}; the guide&apos;s figure at {last.year}{' '}
          years of experience is {last.guideAmount === null ? 'not given' : money(last.guideAmount)}
          {last.kind === 'lowerBound' ? '+' : ''}.
        </p>
      )}
      <Suspense fallback={<Loading>Loading chart…</Loading>}>
        <SalaryProjectionChart
          points={projection}
          tierNames={tierNames}
          figureLabels={figureLabels}
          range={guide.salary.range}
          currency={currency}
          targetYear={pace.yearsAtTargetDate === null ? null : Math.round(pace.yearsAtTargetDate * 10) / 10}
          showOwnSalary={goals.currentSalary !== null}
        />
      </Suspense>
      <p className="muted">
        Projection: the app lays the guide&apos;s figure for each tier along your years of experience (now{' '}
        {years}), assuming you reach each tier when you reach its minimum years. The guide itself makes no
        projection.
      </p>
    </section>
  );
}
