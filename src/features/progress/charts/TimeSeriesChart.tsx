import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  AXIS_TICK,
  ChartFigure,
  ChartLegend,
  COLORS,
  DataTable,
  swatches,
  TooltipBox,
} from '../../../ui/charts/chartParts';

export interface TimeSeries {
  key: string;
  label: string;
}

export interface TimeSeriesChartProps {
  title: string;
  summary: string;
  series: readonly TimeSeries[];
  /** One row per date; a missing value leaves a gap. */
  data: ReadonlyArray<{ date: string } & Record<string, number | string | null>>;
  yDomain: [number, number];
  yLabel: string;
  formatValue(value: number): string;
  /** Rows beyond this are left out of the table (the chart keeps them), newest kept. */
  maxTableRows?: number;
}

// Distinct dash patterns as well as colours: series never differ by colour alone.
const STROKES = [
  { color: COLORS.accent, dash: undefined },
  { color: COLORS.bound, dash: '6 3' },
  { color: COLORS.met, dash: '2 3' },
  { color: COLORS.far, dash: '10 3 2 3' },
  { color: COLORS.muted, dash: '1 2' },
  { color: COLORS.text, dash: '8 6' },
] as const;

const style = (index: number) => STROKES[index % STROKES.length]!;

/** Values over dates as lines, with a text summary and the same data as a table. Loaded lazily. */
export default function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { title, summary, series, data, yDomain, yLabel, formatValue, maxTableRows = 60 } = props;
  const tableRows = data.slice(-maxTableRows);
  const value = (v: unknown) => (typeof v === 'number' ? formatValue(v) : '—');
  return (
    <ChartFigure
      title={title}
      summary={summary}
      height={300}
      legend={
        series.length > 1 ? (
          <ChartLegend
            items={series.map((s, i) => ({
              label: s.label,
              swatch: swatches.line(style(i).color, style(i).dash),
            }))}
          />
        ) : undefined
      }
      table={
        <DataTable
          caption={
            data.length > tableRows.length ? `${title} (latest ${tableRows.length} of ${data.length})` : title
          }
          columns={[{ header: 'Date' }, ...series.map((s) => ({ header: s.label, numeric: true }))]}
          rows={tableRows.map((row) => ({
            key: row.date,
            cells: [row.date, ...series.map((s) => value(row[s.key]))],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={COLORS.border} strokeDasharray="3 3" />
          <XAxis dataKey="date" tick={AXIS_TICK} minTickGap={24} />
          <YAxis
            domain={yDomain}
            tick={AXIS_TICK}
            width={56}
            label={{ value: yLabel, angle: -90, position: 'insideLeft', fill: COLORS.muted, fontSize: 12 }}
          />
          <Tooltip
            content={({ active, label, payload }) =>
              active && payload && payload.length > 0 ? (
                <TooltipBox
                  heading={String(label)}
                  lines={payload.map((p) => `${String(p.name)}: ${value(p.value)}`)}
                />
              ) : null
            }
          />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              type="monotone"
              stroke={style(i).color}
              strokeDasharray={style(i).dash}
              strokeWidth={2}
              dot={data.length <= 40}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
