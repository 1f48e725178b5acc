/**
 * Grouped horizontal bars, "You" against "<tier> requires", one pair per row. Shared by the
 * category and skill charts, which differ in their nouns and sizes only. Horizontal so long
 * names fit on a 375 px screen; the plot grows with the number of rows.
 */
import { useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import {
  AXIS_TICK,
  COLORS,
  ChartFigure,
  ChartLegend,
  DataTable,
  NameTick,
  TooltipBox,
  swatches,
} from '../../../ui/charts/chartParts';
import { comparisonSummary, formatCount, gapText } from './summaries';
import type { ComparisonChartProps, LevelComparison } from './types';

export interface ComparisonBarsProps extends ComparisonChartProps {
  noun: { one: string; many: string };
  /** Header of the table's first column, e.g. "Category". */
  nameHeader: string;
  /** Start the summary with the title ("Technical & Process Skills: for Mid-Level …"). */
  leadWithTitle: boolean;
  /** Height per bar pair, px. */
  rowHeight: number;
  /** Lines a name may wrap to on the axis before it is cut with "…". */
  maxNameLines: number;
}

const MARGIN = { top: 4, right: 28, bottom: 28, left: 4 };
/** Room for the value axis, its label and the margins. */
const AXIS_SPACE = 64;

function nameWidth(chartWidth: number): number {
  if (chartWidth <= 0) return 128;
  return Math.round(Math.min(240, Math.max(110, chartWidth * 0.42)));
}

export function ComparisonBars(props: ComparisonBarsProps) {
  const {
    title,
    tierName,
    data,
    valueLabel,
    maxValue,
    noun,
    nameHeader,
    leadWithTitle,
    rowHeight,
    maxNameLines,
  } = props;
  const [chartWidth, setChartWidth] = useState(0);
  const requiresLabel = `${tierName} requires`;
  const summary = comparisonSummary(data, tierName, noun, leadWithTitle ? title : undefined);

  const rows = useMemo(() => data.map((item) => ({ ...item })), [data]);
  const names = useMemo(() => new Map(data.map((item) => [item.id, item.label])), [data]);
  const ticks = useMemo(
    () => (maxValue > 0 && maxValue <= 10 ? Array.from({ length: maxValue + 1 }, (_, i) => i) : undefined),
    [maxValue],
  );
  const height = Math.max(160, data.length * rowHeight + AXIS_SPACE);
  const axisNameWidth = nameWidth(chartWidth);

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const item = payload?.[0]?.payload as LevelComparison | undefined;
    if (!active || !item) return null;
    return (
      <TooltipBox
        heading={item.label}
        lines={[
          `You: ${formatCount(item.yours)}`,
          `${requiresLabel}: ${formatCount(item.required)}`,
          gapText(item),
        ]}
      />
    );
  };

  return (
    <ChartFigure
      title={title}
      summary={summary}
      height={height}
      legend={
        <ChartLegend
          items={[
            { label: 'You', swatch: swatches.filledBar(COLORS.accent) },
            { label: requiresLabel, swatch: swatches.outlinedBar(COLORS.muted) },
          ]}
        />
      }
      table={
        <DataTable
          caption={title}
          columns={[
            { header: nameHeader },
            { header: 'You', numeric: true },
            { header: requiresLabel, numeric: true },
            { header: 'Gap' },
          ]}
          rows={data.map((item) => ({
            key: item.id,
            cells: [item.label, formatCount(item.yours), formatCount(item.required), gapText(item)],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height={height} onResize={(width) => setChartWidth(width)}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={MARGIN}
          barGap={2}
          barCategoryGap="20%"
          // The figure is one image named by its summary; the table is the keyboard and screen reader view.
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={COLORS.border} strokeDasharray="3 3" />
          <XAxis
            type="number"
            domain={[0, maxValue]}
            ticks={ticks}
            allowDecimals={false}
            allowDataOverflow
            stroke={COLORS.border}
            tick={AXIS_TICK}
            label={{
              value: valueLabel,
              position: 'insideBottom',
              offset: -18,
              fill: COLORS.muted,
              fontSize: 12,
            }}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={axisNameWidth}
            interval={0}
            stroke={COLORS.border}
            tick={(tick) => (
              <NameTick
                tick={tick}
                name={names.get(String(tick.payload.value)) ?? String(tick.payload.value)}
                width={axisNameWidth - 8}
                maxLines={maxNameLines}
              />
            )}
          />
          <Tooltip content={renderTooltip} cursor={{ fill: COLORS.border, fillOpacity: 0.3 }} />
          <Bar
            dataKey="yours"
            name="You"
            fill={COLORS.accent}
            radius={[0, 3, 3, 0]}
            isAnimationActive={false}
          >
            <LabelList dataKey="yours" position="right" fill={COLORS.text} fontSize={11} />
          </Bar>
          <Bar
            isAnimationActive={false}
            dataKey="required"
            name={requiresLabel}
            fill={COLORS.muted}
            fillOpacity={0.12}
            stroke={COLORS.muted}
            strokeWidth={1.5}
            strokeDasharray="4 3"
            radius={[0, 3, 3, 0]}
          >
            <LabelList dataKey="required" position="right" fill={COLORS.muted} fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
