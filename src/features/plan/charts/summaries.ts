/**
 * Plain-text readings of the chart data. The same words serve as the figure's summary,
 * the chart's accessible name and the tooltips, so what a sighted reader and a screen
 * reader get never drifts apart. No recharts here: this module stays small and testable.
 */
import { formatMoney, formatSalaryFigure, type SalaryProjectionPoint } from '../../../domain';
import type { LevelComparison, SalaryChartProps } from './types';

// ——— Comparisons ———

/** What one bar pair says: levels that count towards the requirement, and what is missing. */
export function reached(item: LevelComparison): number {
  return Math.max(0, Math.min(item.yours, item.required));
}

/** "Met", "Not required" or "2 short", for the table and the tooltip. */
export function gapText(item: LevelComparison): string {
  if (item.required <= 0) return 'Not required';
  const short = item.required - reached(item);
  return short <= 0 ? 'Met' : `${formatCount(short)} short`;
}

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return countFormat.format(value);
}

const fraction = (item: LevelComparison) => `${formatCount(reached(item))} of ${formatCount(item.required)}`;

/**
 * "For Mid-Level you reach 12 of 30 required levels; Foundational Skills is closest (8 of 10),
 * Professional & Leadership Skills furthest (0 of 8)." With `lead` ("Technical & Process Skills")
 * the sentence starts "Technical & Process Skills: for Mid-Level …".
 */
export function comparisonSummary(
  data: readonly LevelComparison[],
  tierName: string,
  noun: { one: string; many: string },
  lead?: string,
): string {
  const start = (rest: string) => (lead ? `${lead}: ${rest}` : rest.charAt(0).toUpperCase() + rest.slice(1));
  const required = data.filter((item) => item.required > 0);
  const total = required.reduce((sum, item) => sum + item.required, 0);
  if (total <= 0) return start(`${tierName} requires no levels in these ${noun.many}.`);

  const got = required.reduce((sum, item) => sum + reached(item), 0);
  if (got >= total) {
    return start(`for ${tierName} you reach all ${formatCount(total)} required levels.`);
  }

  // Closest first; a stable sort keeps the given order among equals.
  const unmet = required
    .filter((item) => reached(item) < item.required)
    .map((item) => ({ item, ratio: reached(item) / item.required }))
    .sort((a, b) => b.ratio - a.ratio)
    .map(({ item }) => item);
  const closest = unmet[0];
  const furthest = unmet[unmet.length - 1];
  let first = `for ${tierName} you reach ${formatCount(got)} of ${formatCount(total)} required levels`;
  if (closest && furthest && closest !== furthest) {
    first += `; ${closest.label} is closest (${fraction(closest)}), ${furthest.label} furthest (${fraction(furthest)}).`;
  } else if (closest) {
    first += `; only ${closest.label} falls short (${fraction(closest)}).`;
  } else {
    first += '.';
  }

  const met = required.length - unmet.length;
  const second =
    met > 0
      ? ` You meet ${met} of ${required.length} ${required.length === 1 ? noun.one : noun.many} in full.`
      : '';
  return start(first) + second;
}

// ——— Salary ———

const yearFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "1 year", "2.5 years". */
export function formatYears(years: number): string {
  return `${yearFormat.format(years)} ${years === 1 ? 'year' : 'years'}`;
}

export function formatYearNumber(years: number): string {
  return yearFormat.format(years);
}

type SalaryContext = Pick<SalaryChartProps, 'tierNames' | 'figureLabels' | 'currency'>;

export function tierName(tierId: string, context: Pick<SalaryChartProps, 'tierNames'>): string {
  return context.tierNames[tierId] ?? tierId;
}

/**
 * The guide's figure for a point, with its kind made visible: "$60,000+" and the note
 * "lower bound: Top 10% of earners". The note names the guide's label for the figure when
 * it is not simply the tier's name, so a reader can tell where the number comes from.
 */
export function guideFigure(
  point: Pick<SalaryProjectionPoint, 'tierId' | 'guideAmount' | 'kind'>,
  context: SalaryContext,
): { text: string; note: string | null } | null {
  if (point.guideAmount === null || point.kind === null) return null;
  const text = formatSalaryFigure({ amount: point.guideAmount, kind: point.kind }, context.currency);
  const label = context.figureLabels[point.tierId];
  const named = label !== undefined && label !== tierName(point.tierId, context) ? label : null;
  const qualifier =
    point.kind === 'lowerBound'
      ? 'lower bound'
      : point.kind === 'upperBound'
        ? 'upper bound'
        : point.kind === 'median'
          ? 'median'
          : null;
  const note = qualifier && named ? `${qualifier}: ${named}` : (qualifier ?? named);
  return { text, note };
}

/** "Guide: Team Lead, $60,000+ (lower bound: Top 10% of earners)". */
export function guideTooltipLine(
  point: Pick<SalaryProjectionPoint, 'tierId' | 'guideAmount' | 'kind'>,
  context: SalaryContext,
): string {
  const name = tierName(point.tierId, context);
  const figure = guideFigure(point, context);
  if (!figure) return `Guide: ${name}, no figure given`;
  return `Guide: ${name}, ${figure.text}${figure.note ? ` (${figure.note})` : ''}`;
}

const sameFigure = (a: SalaryProjectionPoint, b: SalaryProjectionPoint) =>
  a.guideAmount === b.guideAmount && a.kind === b.kind;

function guideSentence(points: readonly SalaryProjectionPoint[], context: SalaryContext): string {
  const given = points.filter((p) => p.guideAmount !== null && p.kind !== null);
  const first = given[0];
  const last = given[given.length - 1];
  if (!first || !last) return 'The guide gives no salary figure for these years of experience.';
  const show = (p: SalaryProjectionPoint) => guideFigure(p, context)?.text ?? '';
  if (given.length === 1) {
    return `The guide's figure at ${formatYears(first.year)} of experience is ${show(first)}.`;
  }
  // Where the last change happens: the start of the final run of equal figures.
  let end = first;
  for (let i = 1; i < given.length; i += 1) {
    const prev = given[i - 1];
    const here = given[i];
    if (prev && here && !sameFigure(prev, here)) end = here;
  }
  if (end === first) {
    return `The guide's figure stays at ${show(first)} from ${formatYearNumber(first.year)} to ${formatYears(
      last.year,
    )} of experience.`;
  }
  const a = first.guideAmount ?? 0;
  const b = end.guideAmount ?? 0;
  const verb = b > a ? 'rises' : b < a ? 'falls' : 'changes';
  return `The guide's figure ${verb} from ${show(first)} at ${formatYears(first.year)} to ${show(end)} at ${formatYears(
    end.year,
  )} of experience.`;
}

/** How the person's salary stands against the guide's figure at one point, honest about bounds. */
export function comparedWithGuide(point: SalaryProjectionPoint, context: SalaryContext): string | null {
  if (point.ownSalary === undefined || point.guideAmount === null || point.kind === null) return null;
  const diff = point.guideAmount - point.ownSalary;
  const gap = formatMoney(Math.abs(diff), context.currency);
  const figure = guideFigure(point, context)?.text ?? '';
  switch (point.kind) {
    case 'lowerBound':
      if (diff > 0) return `at least ${gap} below the guide's ${figure}`;
      if (diff < 0) return `${gap} above the guide's lower bound (${figure})`;
      return `at the guide's lower bound (${figure})`;
    case 'upperBound':
      if (diff < 0) return `at least ${gap} above the guide's ${figure}`;
      if (diff > 0) return `${gap} below the guide's upper bound (${figure})`;
      return `at the guide's upper bound (${figure})`;
    default:
      if (diff > 0) return `${gap} below the guide's figure (${figure})`;
      if (diff < 0) return `${gap} above the guide's figure (${figure})`;
      return `level with the guide's figure (${figure})`;
  }
}

function ownSentence(points: readonly SalaryProjectionPoint[], context: SalaryContext): string | null {
  const own = points.filter((p) => p.ownSalary !== undefined);
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last || first.ownSalary === undefined || last.ownSalary === undefined) return null;
  const money = (p: SalaryProjectionPoint) => formatMoney(p.ownSalary ?? 0, context.currency);
  const path =
    first === last
      ? `Your salary is ${money(first)} at ${formatYears(first.year)}`
      : first.ownSalary === last.ownSalary
        ? `Your salary stays at ${money(first)} from ${formatYearNumber(first.year)} to ${formatYears(last.year)}`
        : `Your salary goes from ${money(first)} at ${formatYears(first.year)} to ${money(last)} at ${formatYears(
            last.year,
          )}`;
  const against = comparedWithGuide(last, context);
  return against ? `${path}, ${against}.` : `${path}.`;
}

/** The point in force at a number of years: the last one at or before it, within the projection. */
export function pointAt(
  points: readonly SalaryProjectionPoint[],
  year: number,
): SalaryProjectionPoint | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || year < first.year || year > last.year) return null;
  let found: SalaryProjectionPoint | null = null;
  for (const p of points) if (p.year <= year) found = p;
  return found;
}

function targetSentence(
  points: readonly SalaryProjectionPoint[],
  targetYear: number,
  showOwnSalary: boolean,
  context: SalaryContext,
): string {
  const at = `your target date (${formatYears(targetYear)} of experience)`;
  const first = points[0];
  const point = pointAt(points, targetYear);
  if (!point) {
    const where = first && targetYear < first.year ? 'before' : 'beyond';
    return `${at.charAt(0).toUpperCase()}${at.slice(1)} is ${where} this projection.`;
  }
  const name = tierName(point.tierId, context);
  const figure = guideFigure(point, context);
  const guide = figure
    ? `the guide gives ${figure.text} for ${name}`
    : `the guide gives no figure for ${name}`;
  const own =
    showOwnSalary && point.ownSalary !== undefined
      ? `, and your salary would be ${formatMoney(point.ownSalary, context.currency)}`
      : '';
  return `At ${at} ${guide}${own}.`;
}

export function salarySummary(props: SalaryChartProps): string {
  const { points, range, currency, targetYear, showOwnSalary } = props;
  const parts = [
    guideSentence(points, props),
    `Its overall range is ${formatMoney(range.min, currency)}–${formatMoney(range.max, currency)}.`,
  ];
  if (showOwnSalary) {
    const own = ownSentence(points, props);
    if (own) parts.push(own);
  }
  if (targetYear !== null) parts.push(targetSentence(points, targetYear, showOwnSalary, props));
  return parts.join(' ');
}
