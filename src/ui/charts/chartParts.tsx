/**
 * Pieces every chart shares (plan and progress): the figure with its title, summary and data table, a
 * text legend, the tooltip box and axis name ticks. Only the chart files import recharts,
 * and they are loaded lazily, so none of this reaches the first bundle.
 */
import { useId, type ReactNode } from 'react';
import { Text, type YAxisTickContentProps } from 'recharts';
import './charts.css';

/** Theme colours: CSS variables, so the charts follow the light and dark themes. */
export const COLORS = {
  accent: 'var(--accent)',
  text: 'var(--text)',
  muted: 'var(--text-muted)',
  border: 'var(--border)',
  surface: 'var(--surface)',
  bound: 'var(--bound)',
  met: 'var(--met)',
  far: 'var(--far)',
} as const;

export const AXIS_TICK = { fill: COLORS.muted, fontSize: 12 } as const;

interface ChartFigureProps {
  title: string;
  /** One or two plain sentences; also the chart's accessible name. */
  summary: string;
  /** Height of the plot in px: ResponsiveContainer needs a parent with a resolved height. */
  height: number;
  legend?: ReactNode;
  /** The recharts chart, drawn inside a ResponsiveContainer. */
  children: ReactNode;
  table: ReactNode;
  className?: string;
}

/**
 * <figure> with an <h3> title and summary in its caption, the chart as one image named by the
 * summary (the SVG itself says nothing useful to a screen reader), and the same data as a
 * table in a <details>. The table is in the DOM even while the details are closed.
 */
export function ChartFigure({
  title,
  summary,
  height,
  legend,
  children,
  table,
  className,
}: ChartFigureProps) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure
      className={className ? `plan-chart ${className}` : 'plan-chart'}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      <figcaption className="plan-chart__caption">
        <h3 id={titleId} className="plan-chart__title">
          {title}
        </h3>
        <p id={summaryId} className="plan-chart__summary">
          {summary}
        </p>
      </figcaption>
      {legend}
      <div className="plan-chart__plot" role="img" aria-label={summary} style={{ height }}>
        {children}
      </div>
      <details className="plan-chart__details">
        <summary>Show the data as a table</summary>
        {table}
      </details>
    </figure>
  );
}

export interface LegendItem {
  label: string;
  swatch: ReactNode;
}

/** A legend in HTML: words beside each mark, so colour is never the only signal. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="plan-chart__legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
            {item.swatch}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Swatches for ChartLegend, drawn in a 28×14 box. */
export const swatches = {
  filledBar: (fill: string) => <rect x="2" y="2" width="24" height="10" rx="2" fill={fill} />,
  outlinedBar: (stroke: string) => (
    <rect
      x="2.75"
      y="2.75"
      width="22.5"
      height="8.5"
      rx="2"
      fill={stroke}
      fillOpacity={0.12}
      stroke={stroke}
      strokeWidth={1.5}
      strokeDasharray="4 3"
    />
  ),
  line: (stroke: string, dash?: string) => (
    <line
      x1="1"
      y1="7"
      x2="27"
      y2="7"
      stroke={stroke}
      strokeWidth={2.5}
      strokeDasharray={dash}
      strokeLinecap={dash ? 'round' : 'butt'}
    />
  ),
  band: (fill: string) => <rect x="1" y="1" width="26" height="12" fill={fill} fillOpacity={0.14} />,
  verticalLine: (stroke: string) => (
    <line x1="14" y1="0" x2="14" y2="14" stroke={stroke} strokeWidth={2} strokeDasharray="4 2" />
  ),
  triangleUp: (fill: string) => <path d="M8 12 L20 12 L14 2 Z" fill={fill} />,
  triangleDown: (fill: string) => <path d="M8 2 L20 2 L14 12 Z" fill={fill} />,
};

/** The tooltip's box: themed, a heading line and one line per figure. */
export function TooltipBox({ heading, lines }: { heading: string; lines: readonly string[] }) {
  return (
    <div className="plan-chart__tooltip">
      <p className="plan-chart__tooltip-heading">{heading}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

export interface TableColumn {
  header: string;
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  /** The first cell is the row's header. */
  cells: readonly ReactNode[];
}

/** A real table: caption, column headers, the first cell of each row as its header. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
}) {
  return (
    <div className="plan-chart__table-wrap">
      <table className="plan-chart__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) => {
                const column = columns[i];
                const className = column?.numeric ? 'num' : undefined;
                return i === 0 ? (
                  <th key={i} scope="row" className={className}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={className}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const NAME_TICK_STYLE = { fontSize: '12px' } as const;

/**
 * A category axis tick that shows a name, wrapped to `maxLines` and cut with "…" beyond;
 * the full name stays in a <title> (hover) and in the table.
 */
export function NameTick({
  tick,
  name,
  width,
  maxLines,
}: {
  tick: YAxisTickContentProps;
  name: string;
  width: number;
  maxLines: number;
}) {
  return (
    <g>
      <title>{name}</title>
      <Text
        x={tick.x}
        y={tick.y}
        width={width}
        maxLines={maxLines}
        textAnchor="end"
        verticalAnchor="middle"
        fill={COLORS.text}
        // In style, not as an attribute, so recharts measures the words at the size drawn.
        style={NAME_TICK_STYLE}
      >
        {name}
      </Text>
    </g>
  );
}
