import type { jsPDF } from 'jspdf';
import { formatMoney, formatSalaryFigure } from '../../../domain/salary';
import type { ReportModel } from '../../../domain/reportModel';
import { dayLabel, dayMs, daysBetween, formatMetricValue, monthLabel } from './format';
import { pdfSafe } from './pdfSafe';
import { COLORS, FONT, lineHeight, type Rgb } from './theme';

/**
 * Charts drawn with the PDF's own vector primitives (lines, rectangles, text), so they stay
 * sharp at any zoom, print well and keep their labels selectable. No DOM, no canvas.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Tick {
  at: number;
  label: string;
}

function setText(doc: jsPDF, size: number, color: Rgb = COLORS.muted, style: 'normal' | 'bold' = 'normal') {
  doc.setFont('helvetica', style);
  doc.setFontSize(size);
  doc.setTextColor(color[0], color[1], color[2]);
}

function stroke(doc: jsPDF, color: Rgb, width: number) {
  doc.setDrawColor(color[0], color[1], color[2]);
  doc.setLineWidth(width);
}

function fill(doc: jsPDF, color: Rgb) {
  doc.setFillColor(color[0], color[1], color[2]);
}

/** Date ticks for an axis from `t0` to `t1` (UTC ms): months, or days for short spans, at most ~8. */
export function dateTicks(t0: number, t1: number): Tick[] {
  const span = daysBetween(t0, t1);
  if (span <= 0) return [{ at: t0, label: dayLabel(t0) }];
  const ticks: Tick[] = [];
  if (span < 62) {
    const step = [1, 2, 7, 14].find((s) => span / s <= 7) ?? 14;
    for (let d = 0; d <= span; d += step) {
      const at = t0 + d * 86_400_000;
      ticks.push({ at, label: dayLabel(at) });
    }
    return ticks;
  }
  // Month boundaries inside the span, on multiples of the step (Jan, Apr, Jul, Oct for 3).
  const monthIndex = (ms: number) => new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth();
  const firstMonth = monthIndex(t0) + 1;
  const lastMonth = monthIndex(t1);
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => (lastMonth - firstMonth + 1) / s <= 8) ?? 120;
  for (let m = firstMonth; m <= lastMonth; m += 1) {
    if (m % step !== 0) continue;
    const at = Date.UTC(Math.floor(m / 12), m % 12, 1);
    ticks.push({ at, label: monthLabel(at, step >= 12) });
  }
  return ticks;
}

/** Gridline step for 0…max: 1, 2 or 5 times a power of ten, giving 3–6 lines. */
export function niceStep(max: number, lines = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / lines;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => max / s <= lines) ?? 10 * power;
  return step;
}

/**
 * Readiness over time: 0–100 scale with gridlines, dated month ticks, the score as a step
 * line (it holds until the next change) and check-ins as open circles on it.
 */
export function drawProgressChart(doc: jsPDF, box: Box, report: ReportModel): void {
  const points = report.progress
    .map((p) => ({ t: dayMs(p.date), v: Math.max(0, Math.min(100, p.readiness)) }))
    .filter((p) => Number.isFinite(p.t))
    .sort((a, b) => a.t - b.t);
  // Room on the right for the latest score's label.
  const plot = { x: box.x + 10, y: box.y + 3, w: box.w - 18, h: box.h - 11 };
  const t0 = points[0]?.t ?? 0;
  const t1 = points[points.length - 1]?.t ?? 0;
  const single = t1 <= t0;
  const px = (t: number) => (single ? plot.x + plot.w / 2 : plot.x + ((t - t0) / (t1 - t0)) * plot.w);
  const py = (v: number) => plot.y + plot.h - (v / 100) * plot.h;

  // Horizontal gridlines and the 0–100 scale.
  for (let v = 0; v <= 100; v += 20) {
    stroke(doc, v === 0 ? COLORS.muted : COLORS.grid, v === 0 ? 0.3 : 0.2);
    doc.line(plot.x, py(v), plot.x + plot.w, py(v));
    setText(doc, FONT.tiny);
    doc.text(String(v), plot.x - 1.5, py(v), { align: 'right', baseline: 'middle' });
  }
  stroke(doc, COLORS.muted, 0.3);
  doc.line(plot.x, plot.y, plot.x, plot.y + plot.h);

  // "Ready" is 100: a dashed line in the "met" colour.
  stroke(doc, COLORS.met, 0.3);
  doc.setLineDashPattern([1.2, 1], 0);
  doc.line(plot.x, py(100), plot.x + plot.w, py(100));
  doc.setLineDashPattern([], 0);
  setText(doc, FONT.tiny, COLORS.met);
  doc.text('100 = ready', plot.x + 1.5, py(100) + 1, { baseline: 'top' });

  if (points.length === 0) {
    setText(doc, FONT.small);
    doc.text('No rating history yet.', plot.x + plot.w / 2, plot.y + plot.h / 2, {
      align: 'center',
      baseline: 'middle',
    });
    return;
  }

  // Date ticks along the bottom.
  for (const tick of single ? [{ at: t0, label: dayLabel(t0) }] : dateTicks(t0, t1)) {
    const x = px(tick.at);
    stroke(doc, COLORS.grid, 0.2);
    doc.line(x, plot.y, x, plot.y + plot.h);
    stroke(doc, COLORS.muted, 0.3);
    doc.line(x, plot.y + plot.h, x, plot.y + plot.h + 1.2);
    setText(doc, FONT.tiny);
    doc.text(pdfSafe(tick.label), x, plot.y + plot.h + 2, { align: 'center', baseline: 'top' });
  }

  // The score as a step line: one path, relative segments.
  const first = points[0]!;
  stroke(doc, COLORS.accent, 0.5);
  if (points.length === 1) {
    fill(doc, COLORS.accent);
    doc.circle(px(first.t), py(first.v), 0.9, 'F');
  } else {
    const segments: Array<[number, number]> = [];
    let x = px(first.t);
    let y = py(first.v);
    for (let i = 1; i < points.length; i += 1) {
      const p = points[i]!;
      const nx = px(p.t);
      const ny = py(p.v);
      if (nx !== x) segments.push([nx - x, 0]);
      if (ny !== y) segments.push([0, ny - y]);
      x = nx;
      y = ny;
    }
    doc.lines(segments, px(first.t), py(first.v), [1, 1], 'S', false);
  }

  // Check-ins as open circles on the line.
  stroke(doc, COLORS.accent, 0.35);
  fill(doc, COLORS.white);
  for (const c of report.checkIns) {
    const t = dayMs(c.date);
    if (!Number.isFinite(t) || t < t0 || t > t1) continue;
    doc.circle(px(t), py(Math.max(0, Math.min(100, c.readiness))), 0.9, 'FD');
  }

  // The latest score, labelled at the end of the line.
  const last = points[points.length - 1]!;
  setText(doc, FONT.small, COLORS.accent, 'bold');
  doc.text(String(last.v), px(last.t) + 1.8, py(last.v), { baseline: 'middle' });
}

/** Draws a small upward arrow (a stem and a filled head) from (x, y). */
function upArrow(doc: jsPDF, x: number, y: number, length: number, color: Rgb) {
  stroke(doc, color, 0.4);
  doc.line(x, y, x, y - length + 1.2);
  fill(doc, color);
  doc.triangle(x - 1.1, y - length + 1.4, x + 1.1, y - length + 1.4, x, y - length, 'F');
}

/**
 * The guide's salary per tier as bars from zero, labelled with the figure as the guide states
 * it. A lower bound ("$60,000+") is drawn differently — tinted, dashed sides, an arrow up —
 * so it does not read as a salary.
 */
export function drawSalaryChart(
  doc: jsPDF,
  box: Box,
  report: ReportModel,
  mark: { current: (tierId: string) => boolean; target: (tierId: string) => boolean },
): void {
  const tiers = report.tiers;
  const amounts = tiers.map((t) => t.salary?.amount ?? 0);
  const max = Math.max(1, ...amounts);
  const step = niceStep(max * 1.12, 5);
  const top = Math.ceil((max * 1.12) / step) * step;
  const labelRoom = 13; // tier names under the axis
  const plot = { x: box.x + 17, y: box.y + 4, w: box.w - 19, h: box.h - 4 - labelRoom };
  const py = (v: number) => plot.y + plot.h - (v / top) * plot.h;

  for (let v = 0; v <= top + step / 1000; v += step) {
    stroke(doc, v === 0 ? COLORS.muted : COLORS.grid, v === 0 ? 0.3 : 0.2);
    doc.line(plot.x, py(v), plot.x + plot.w, py(v));
    setText(doc, FONT.tiny);
    doc.text(pdfSafe(formatMoney(v, report.currency)), plot.x - 1.5, py(v), {
      align: 'right',
      baseline: 'middle',
    });
  }

  const slot = plot.w / Math.max(1, tiers.length);
  const barW = Math.min(22, slot * 0.5);
  tiers.forEach((tier, i) => {
    const cx = plot.x + slot * (i + 0.5);
    const x = cx - barW / 2;
    const target = mark.target(tier.id);
    const current = mark.current(tier.id);

    // Tier name (wrapped) and whether it is the current or target tier.
    setText(doc, FONT.tiny, COLORS.text, target ? 'bold' : 'normal');
    const name = (doc.splitTextToSize(pdfSafe(tier.title), slot - 2) as string[]).slice(0, 2);
    let ly = plot.y + plot.h + 1.5;
    for (const line of name) {
      doc.text(line, cx, ly, { align: 'center', baseline: 'top' });
      ly += lineHeight(FONT.tiny, 1.15);
    }
    if (current || target) {
      setText(doc, FONT.tiny, target ? COLORS.accent : COLORS.muted, 'bold');
      doc.text(current && target ? '(current, target)' : current ? '(current)' : '(target)', cx, ly, {
        align: 'center',
        baseline: 'top',
      });
    }

    const salary = tier.salary;
    if (!salary) {
      setText(doc, FONT.tiny);
      doc.text('no figure', cx, py(0) - 1.5, { align: 'center', baseline: 'bottom' });
      return;
    }
    const y = py(salary.amount);
    const h = py(0) - y;
    const label = pdfSafe(formatSalaryFigure(salary, report.currency));
    if (salary.kind === 'lowerBound') {
      fill(doc, COLORS.boundTint);
      doc.rect(x, y, barW, h, 'F');
      stroke(doc, COLORS.bound, 0.35);
      doc.setLineDashPattern([1, 0.8], 0);
      doc.line(x, y, x, py(0));
      doc.line(x + barW, y, x + barW, py(0));
      doc.setLineDashPattern([], 0);
      stroke(doc, COLORS.bound, 0.6);
      doc.line(x, y, x + barW, y);
      upArrow(doc, cx, y, 5, COLORS.bound);
      setText(doc, FONT.small, COLORS.bound, 'bold');
      doc.text(label, cx + 2, y - 3.2, { baseline: 'bottom' });
      setText(doc, FONT.tiny, COLORS.bound);
      doc.text('lower bound', cx + 2, y - 0.6, { baseline: 'bottom' });
      return;
    }
    const color = salary.kind === 'upperBound' ? COLORS.bound : target ? COLORS.accent : COLORS.accentTint;
    fill(doc, color);
    stroke(doc, COLORS.accent, 0.3);
    doc.rect(x, y, barW, h, 'FD');
    setText(doc, FONT.small, COLORS.text, 'bold');
    doc.text(label, cx, y - 1, { align: 'center', baseline: 'bottom' });
  });
}

/**
 * One metric's logged values as a small line chart: its own scale around the values, first
 * and last dates, and the latest value labelled. A lone value is a dot.
 */
export function drawMetricChart(doc: jsPDF, box: Box, metric: ReportModel['metrics'][number]): void {
  const entries = metric.entries
    .map((e) => ({ t: dayMs(e.date), v: e.value }))
    .filter((e) => Number.isFinite(e.t) && Number.isFinite(e.v))
    .sort((a, b) => a.t - b.t);

  stroke(doc, COLORS.border, 0.25);
  doc.rect(box.x, box.y, box.w, box.h, 'S');
  setText(doc, FONT.small, COLORS.text, 'bold');
  const title = (doc.splitTextToSize(pdfSafe(metric.name), box.w - 4) as string[])[0] ?? '';
  doc.text(title, box.x + 2, box.y + 2, { baseline: 'top' });
  setText(doc, FONT.tiny);
  doc.text(metric.higherIsBetter ? 'higher is better' : 'lower is better', box.x + 2, box.y + 5.6, {
    baseline: 'top',
  });

  // Room on the right for the latest value's label.
  const plot = { x: box.x + 14, y: box.y + 11, w: box.w - 29, h: box.h - 17 };
  if (entries.length === 0) {
    setText(doc, FONT.small);
    doc.text('No entries yet.', plot.x + plot.w / 2, plot.y + plot.h / 2, {
      align: 'center',
      baseline: 'middle',
    });
    return;
  }
  let lo = Math.min(...entries.map((e) => e.v));
  let hi = Math.max(...entries.map((e) => e.v));
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.12;
  lo = metric.unit === 'percent' ? Math.max(0, lo - pad) : lo - pad;
  hi = metric.unit === 'percent' ? Math.min(100, hi + pad) : hi + pad;
  const t0 = entries[0]!.t;
  const t1 = entries[entries.length - 1]!.t;
  const px = (t: number) => (t1 <= t0 ? plot.x + plot.w / 2 : plot.x + ((t - t0) / (t1 - t0)) * plot.w);
  const py = (v: number) => plot.y + plot.h - ((v - lo) / (hi - lo)) * plot.h;

  for (const v of [lo, (lo + hi) / 2, hi]) {
    stroke(doc, COLORS.grid, 0.2);
    doc.line(plot.x, py(v), plot.x + plot.w, py(v));
    setText(doc, FONT.tiny);
    doc.text(pdfSafe(formatMetricValue(v, metric.unit)), plot.x - 1.2, py(v), {
      align: 'right',
      baseline: 'middle',
    });
  }
  stroke(doc, COLORS.muted, 0.3);
  doc.line(plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h);
  setText(doc, FONT.tiny);
  const firstDate = monthLabel(t0);
  doc.text(pdfSafe(firstDate), plot.x, plot.y + plot.h + 1.2, { baseline: 'top' });
  if (t1 > t0)
    doc.text(pdfSafe(monthLabel(t1)), plot.x + plot.w, plot.y + plot.h + 1.2, {
      align: 'right',
      baseline: 'top',
    });

  stroke(doc, COLORS.accent, 0.45);
  if (entries.length > 1) {
    const segments: Array<[number, number]> = [];
    for (let i = 1; i < entries.length; i += 1) {
      segments.push([px(entries[i]!.t) - px(entries[i - 1]!.t), py(entries[i]!.v) - py(entries[i - 1]!.v)]);
    }
    doc.lines(segments, px(t0), py(entries[0]!.v), [1, 1], 'S', false);
  }
  fill(doc, COLORS.accent);
  if (entries.length <= 40) for (const e of entries) doc.circle(px(e.t), py(e.v), 0.55, 'F');
  const last = entries[entries.length - 1]!;
  setText(doc, FONT.tiny, COLORS.accent, 'bold');
  doc.text(pdfSafe(formatMetricValue(last.v, metric.unit)), px(last.t) + 1.5, py(last.v), {
    baseline: 'middle',
  });
}
