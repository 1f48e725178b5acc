/**
 * The guide's salary year by year as experience grows, as a step line (a figure holds until
 * the next tier), over the guide's overall range, beside the person's own salary when they
 * gave it, with their target date marked. Bounds ("$60,000+") read as bounds everywhere:
 * a dashed segment with a triangle mark on the chart, the word in the tooltip and the table.
 * Default export so the plan view can load it with React.lazy.
 */
import { useMemo, memo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import { formatMoney, type SalaryKind, type SalaryProjectionPoint } from '../../../domain';
import {
  AXIS_TICK,
  COLORS,
  ChartFigure,
  ChartLegend,
  DataTable,
  TooltipBox,
  swatches,
  type LegendItem,
} from '../../../ui/charts/chartParts';
import {
  formatYearNumber,
  formatYears,
  guideFigure,
  guideTooltipLine,
  salarySummary,
  tierName,
} from './summaries';
import type { SalaryChartProps } from './types';

export interface SalaryProjectionChartProps extends SalaryChartProps {
  /** Defaults to "Salary as your experience grows". */
  title?: string;
}

const DEFAULT_TITLE = 'Salary as your experience grows';
const HEIGHT = 320;
const MARGIN = { top: 16, right: 16, bottom: 28, left: 4 };
const OWN_DASH = '2 5';
const BOUND_DASH = '7 4';

const isBound = (kind: SalaryKind | null) => kind === 'lowerBound' || kind === 'upperBound';

interface Row {
  point: SalaryProjectionPoint;
  year: number;
  /** The guide's figure where the step into or out of this year is an exact figure. */
  exact: number | null;
  /** The guide's figure where the step into or out of this year is a bound. */
  bound: number | null;
  own: number | null;
  /** First year of a tier: where the exact line gets a dot. */
  tierStart: boolean;
}

/**
 * Splits the step line in two series so bounds can be drawn dashed. With stepAfter, the
 * segment from year i to i+1 shows point i's figure, so a point belongs to a series when it
 * starts or ends one of that series' segments.
 */
function toRows(points: readonly SalaryProjectionPoint[], showOwn: boolean): Row[] {
  return points.map((point, i) => {
    const prev = i > 0 ? points[i - 1] : undefined;
    const given = point.guideAmount !== null && point.kind !== null;
    const prevGiven = prev !== undefined && prev.guideAmount !== null && prev.kind !== null;
    const inExact = given && (!isBound(point.kind) || (prevGiven && !isBound(prev.kind)));
    const inBound = given && (isBound(point.kind) || (prevGiven && isBound(prev.kind)));
    return {
      point,
      year: point.year,
      exact: inExact ? point.guideAmount : null,
      bound: inBound ? point.guideAmount : null,
      own: showOwn && point.ownSalary !== undefined ? point.ownSalary : null,
      tierStart: prev === undefined || prev.tierId !== point.tierId,
    };
  });
}

/** A y-axis domain on round numbers around every figure shown. */
function moneyDomain(values: readonly number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const unit = max > 0 ? 10 ** Math.floor(Math.log10(max)) / 2 : 1;
  const pad = (max - min || max || 1) * 0.1;
  return [Math.max(0, Math.floor((min - pad) / unit) * unit), Math.ceil((max + pad * 1.2) / unit) * unit];
}

function ExactDot({ cx, cy, payload, index }: DotItemDotProps) {
  const row = payload as Row;
  if (cx === undefined || cy === undefined || !row.tierStart || isBound(row.point.kind)) return null;
  return (
    <circle key={`exact-${index}`} cx={cx} cy={cy} r={3.5} fill={COLORS.accent} stroke={COLORS.surface} />
  );
}

/** An upward triangle above a lower bound ("or more"), a downward one below an upper bound. */
function BoundDot({ cx, cy, payload, index }: DotItemDotProps) {
  const kind = (payload as Row).point.kind;
  if (cx === undefined || cy === undefined || !isBound(kind)) return null;
  const d =
    kind === 'lowerBound'
      ? `M${cx - 5},${cy} L${cx + 5},${cy} L${cx},${cy - 9} Z`
      : `M${cx - 5},${cy} L${cx + 5},${cy} L${cx},${cy + 9} Z`;
  return <path key={`bound-${index}`} d={d} fill={COLORS.bound} stroke={COLORS.surface} strokeWidth={1} />;
}

function SalaryProjectionChart(props: SalaryProjectionChartProps) {
  const { points, range, currency, targetYear, showOwnSalary, title = DEFAULT_TITLE } = props;
  const summary = salarySummary(props);
  const rows = useMemo(() => toRows(points, showOwnSalary), [points, showOwnSalary]);
  const kinds = new Set(points.map((p) => p.kind));
  const hasOwn = rows.some((row) => row.own !== null);
  const first = points[0];
  const last = points[points.length - 1];
  const targetShown = targetYear !== null && first !== undefined && last !== undefined;
  const targetInside = targetShown && targetYear >= first.year && targetYear <= last.year;

  const domain = useMemo(
    () =>
      moneyDomain([
        range.min,
        range.max,
        ...rows.flatMap((row) => [row.point.guideAmount, row.own].filter((v): v is number => v !== null)),
      ]),
    [range.min, range.max, rows],
  );
  const money = (value: number) => formatMoney(value, currency);
  const yAxisWidth = Math.max(56, money(domain[1]).length * 7 + 10);
  // Keep the target label on the side of its line with more room.
  const targetOnRight =
    targetInside && first !== undefined && last !== undefined && targetYear > (first.year + last.year) / 2;

  const legend: LegendItem[] = [{ label: "Guide's figure", swatch: swatches.line(COLORS.accent) }];
  if (kinds.has('lowerBound')) {
    legend.push({
      label: 'Lower bound ("or more")',
      swatch: (
        <>
          {swatches.line(COLORS.bound, BOUND_DASH)}
          {swatches.triangleUp(COLORS.bound)}
        </>
      ),
    });
  }
  if (kinds.has('upperBound')) {
    legend.push({
      label: 'Upper bound ("up to")',
      swatch: (
        <>
          {swatches.line(COLORS.bound, BOUND_DASH)}
          {swatches.triangleDown(COLORS.bound)}
        </>
      ),
    });
  }
  legend.push({ label: "Guide's range", swatch: swatches.band(COLORS.accent) });
  if (hasOwn) legend.push({ label: 'Your salary', swatch: swatches.line(COLORS.text, OWN_DASH) });
  if (targetInside) legend.push({ label: 'Your target date', swatch: swatches.verticalLine(COLORS.met) });

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload as Row | undefined;
    if (!active || !row) return null;
    const lines = [guideTooltipLine(row.point, props)];
    if (row.own !== null) lines.push(`You: ${money(row.own)}`);
    if (targetYear !== null && row.year === targetYear) lines.push('Your target date');
    return <TooltipBox heading={`${formatYears(row.year)} of experience`} lines={lines} />;
  };

  const columns = [
    { header: 'Years of experience', numeric: true },
    { header: 'Tier' },
    { header: "Guide's figure" },
    ...(hasOwn ? [{ header: 'Your salary', numeric: true }] : []),
  ];
  const tableRows = rows.map((row) => {
    const figure = guideFigure(row.point, props);
    const isTarget = targetYear !== null && row.year === targetYear;
    const cells = [
      isTarget ? (
        <>
          {formatYearNumber(row.year)} <span className="plan-chart__note">(your target date)</span>
        </>
      ) : (
        formatYearNumber(row.year)
      ),
      tierName(row.point.tierId, props),
      figure ? (
        <>
          {figure.text}
          {figure.note ? (
            <>
              {' '}
              <span className="plan-chart__note">({figure.note})</span>
            </>
          ) : null}
        </>
      ) : (
        'No figure in the guide'
      ),
      ...(hasOwn ? [row.own === null ? '—' : money(row.own)] : []),
    ];
    return { key: String(row.year), cells };
  });

  return (
    <ChartFigure
      title={title}
      summary={summary}
      height={HEIGHT}
      legend={<ChartLegend items={legend} />}
      table={<DataTable caption={title} columns={columns} rows={tableRows} />}
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart
          data={rows}
          margin={MARGIN}
          // The figure is one image named by its summary; the table is the keyboard and screen reader view.
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLORS.border} strokeDasharray="3 3" vertical={false} />
          <ReferenceArea
            y1={range.min}
            y2={range.max}
            fill={COLORS.accent}
            fillOpacity={0.1}
            stroke="none"
            ifOverflow="extendDomain"
            label={{
              value: "Guide's range",
              position: 'insideBottomRight',
              fill: COLORS.muted,
              fontSize: 12,
            }}
          />
          <XAxis
            type="number"
            dataKey="year"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            stroke={COLORS.border}
            tick={AXIS_TICK}
            tickFormatter={(value: number) => formatYearNumber(value)}
            label={{
              value: 'Years of experience',
              position: 'insideBottom',
              offset: -18,
              fill: COLORS.muted,
              fontSize: 12,
            }}
          />
          <YAxis
            type="number"
            domain={domain}
            width={yAxisWidth}
            stroke={COLORS.border}
            tick={AXIS_TICK}
            tickFormatter={(value: number) => money(value)}
          />
          <Tooltip content={renderTooltip} cursor={{ stroke: COLORS.muted, strokeDasharray: '3 3' }} />
          <Line
            isAnimationActive={false}
            dataKey="exact"
            name="Guide's figure"
            type="stepAfter"
            stroke={COLORS.accent}
            strokeWidth={2.5}
            dot={ExactDot}
            activeDot={{ r: 4, fill: COLORS.accent, stroke: COLORS.surface }}
          />
          {kinds.has('lowerBound') || kinds.has('upperBound') ? (
            <Line
              isAnimationActive={false}
              dataKey="bound"
              name="Guide's bound"
              type="stepAfter"
              stroke={COLORS.bound}
              strokeWidth={2.5}
              strokeDasharray={BOUND_DASH}
              dot={BoundDot}
              activeDot={false}
            />
          ) : null}
          {hasOwn ? (
            <Line
              isAnimationActive={false}
              dataKey="own"
              name="Your salary"
              type="linear"
              stroke={COLORS.text}
              strokeWidth={2.5}
              strokeDasharray={OWN_DASH}
              strokeLinecap="round"
              dot={false}
              activeDot={{ r: 4, fill: COLORS.text, stroke: COLORS.surface }}
            />
          ) : null}
          {targetInside ? (
            <ReferenceLine
              x={targetYear}
              stroke={COLORS.met}
              strokeWidth={2}
              strokeDasharray="4 2"
              label={{
                value: 'Your target date',
                position: targetOnRight ? 'insideTopRight' : 'insideTopLeft',
                fill: COLORS.text,
                fontSize: 12,
              }}
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

// Memoised: the plan re-renders on every rating; a chart only when its data changes.
export default memo(SalaryProjectionChart);
