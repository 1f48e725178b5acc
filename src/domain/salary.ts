import { normalizeYears } from './experience';
import type { Guide, SalaryFigure } from './guide/schema';
import { tierForYears } from './tiers';

export type SalaryKind = SalaryFigure['kind'];

/** Longest projection we compute; a career plan longer than this is not a plan. */
export const MAX_PROJECTION_YEARS = 50;

/** A tier's salary as the guide gives it. Formatting is left to the caller. */
export interface TierSalary {
  readonly tierId: string;
  readonly figureId: string;
  readonly amount: number;
  readonly kind: SalaryKind;
  readonly label: string;
  readonly note?: string;
  /** What to cite for the figure; the guide's label for it. */
  readonly sourceLabel: string;
  readonly figure: SalaryFigure;
}

/**
 * How a step's change should be read:
 * exact — both figures are points or medians;
 * atLeast — the change is at least `change` (the destination is a "from $X", or the start an "up to $X");
 * atMost — the change is at most `change`;
 * uncertain — bounds pull both ways, so `change` is only indicative.
 */
export type ChangeBound = 'exact' | 'atLeast' | 'atMost' | 'uncertain';

export interface SalaryStep {
  readonly from: TierSalary;
  readonly to: TierSalary;
  readonly change: number;
  /** Change as a percentage of `from`, to one decimal; null when `from` is 0. */
  readonly changePercent: number | null;
  /** Either side is a bound rather than a figure, so the change is not exact ("at least"). */
  readonly isLowerBound: boolean;
  readonly changeBound: ChangeBound;
}

export interface SalaryProjectionInput {
  readonly yearsOfExperience: number;
  readonly horizonYears: number;
  /** The person's current yearly salary, when they choose to compare. */
  readonly currentSalary?: number;
  /** Assumed yearly raise, compounded; 0 when not given. */
  readonly yearlyRaisePercent?: number;
}

export interface SalaryProjectionPoint {
  /** Years of experience at this point. */
  readonly year: number;
  readonly tierId: string;
  /** The guide's figure for that tier, or null when the guide gives none. */
  readonly guideAmount: number | null;
  readonly kind: SalaryKind | null;
  /** The current salary grown by the yearly raise, rounded to a whole unit. */
  readonly ownSalary?: number;
  /** guideAmount − ownSalary. */
  readonly difference?: number;
}

export interface SalaryRangeBand {
  readonly min: number;
  readonly max: number;
  /** null when the guide states no median: we do not invent one. */
  readonly median: number | null;
}

/** The guide's salary figure for a tier, or null when it ties none to that tier. */
export function salaryForTier(guide: Guide, tierId: string): TierSalary | null {
  const figure = guide.salary.figures.find((f) => f.tierId === tierId);
  if (!figure) return null;
  return {
    tierId,
    figureId: figure.id,
    amount: figure.amount,
    kind: figure.kind,
    label: figure.label,
    ...(figure.note === undefined ? {} : { note: figure.note }),
    sourceLabel: figure.label,
    figure,
  };
}

function changeBound(from: SalaryKind, to: SalaryKind): ChangeBound {
  // A "from $X" destination or an "up to $X" start can only make the real change larger.
  const up = (to === 'lowerBound' ? 1 : 0) + (from === 'upperBound' ? 1 : 0);
  const down = (to === 'upperBound' ? 1 : 0) + (from === 'lowerBound' ? 1 : 0);
  if (up > 0 && down > 0) return 'uncertain';
  if (up > 0) return 'atLeast';
  if (down > 0) return 'atMost';
  return 'exact';
}

const isBound = (kind: SalaryKind) => kind === 'lowerBound' || kind === 'upperBound';

/** What moving from one tier to another changes in the guide's figures, or null when either has none. */
export function salaryStep(guide: Guide, fromTierId: string, toTierId: string): SalaryStep | null {
  const from = salaryForTier(guide, fromTierId);
  const to = salaryForTier(guide, toTierId);
  if (!from || !to) return null;
  const change = to.amount - from.amount;
  return {
    from,
    to,
    change,
    changePercent: from.amount === 0 ? null : Math.round((change / from.amount) * 1000) / 10,
    isLowerBound: isBound(from.kind) || isBound(to.kind),
    changeBound: changeBound(from.kind, to.kind),
  };
}

/**
 * The guide's salary year by year as experience grows, optionally beside the person's own
 * salary. A year belongs to the last tier whose minimum years it reaches: the guide's only
 * link between experience and pay, so the projection assumes promotion on schedule.
 */
export function projectSalary(guide: Guide, input: SalaryProjectionInput): SalaryProjectionPoint[] {
  const start = normalizeYears(input.yearsOfExperience);
  const horizon = Math.min(MAX_PROJECTION_YEARS, Math.floor(normalizeYears(input.horizonYears)));
  const own = input.currentSalary;
  const hasOwn = typeof own === 'number' && Number.isFinite(own) && own >= 0;
  // A cut of more than 100% would make the salary negative; treat it as losing it all.
  const raise = Number.isFinite(input.yearlyRaisePercent) ? Math.max(-100, input.yearlyRaisePercent ?? 0) : 0;

  const points: SalaryProjectionPoint[] = [];
  for (let k = 0; k <= horizon; k += 1) {
    const year = start + k;
    const tier = tierForYears(guide, year);
    const salary = salaryForTier(guide, tier.id);
    const guideAmount = salary?.amount ?? null;
    const point: SalaryProjectionPoint = { year, tierId: tier.id, guideAmount, kind: salary?.kind ?? null };
    if (!hasOwn) {
      points.push(point);
      continue;
    }
    // Compounded from the start each time, so rounding never accumulates.
    const ownSalary = Math.round(own * (1 + raise / 100) ** k);
    points.push({
      ...point,
      ownSalary,
      ...(guideAmount === null ? {} : { difference: guideAmount - ownSalary }),
    });
  }
  return points;
}

/** The guide's overall salary range for the role. */
export function salaryRangeBand(guide: Guide): SalaryRangeBand {
  const { range, median } = guide.salary;
  return { min: range.min, max: range.max, median: median ?? null };
}

/** "$46,000": whole currency units, because the guide's figures are yearly and rounded. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  return moneyFormat(currency, locale).format(amount);
}

// Creating an Intl.NumberFormat costs far more than using one (10–20 ms for the first in a page).
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/** A figure with its kind made visible: "$46,000", "$60,000+", "up to $60,000". */
export function formatSalaryFigure(
  figure: Pick<SalaryFigure, 'amount' | 'kind'>,
  currency: string,
  locale = 'en-US',
): string {
  const money = formatMoney(figure.amount, currency, locale);
  switch (figure.kind) {
    case 'lowerBound':
      return `${money}+`;
    case 'upperBound':
      return `up to ${money}`;
    default:
      return money;
  }
}
