import type { jsPDF } from 'jspdf';
import type { CellHookData, Table, UserOptions } from 'jspdf-autotable';
import { describeGapStatus, reportFileName } from '../../../domain/report';
import type { ReportModel } from '../../../domain/reportModel';
import { formatMoney, formatSalaryFigure } from '../../../domain/salary';
import { drawMetricChart, drawProgressChart, drawSalaryChart } from './charts';
import { formatMetricChange, formatMetricValue, formatNumber, formatYears, longDate } from './format';
import { Flow } from './layout';
import { pdfSafe } from './pdfSafe';
import { COLORS, FONT, lineHeight, PAGE, type Rgb } from './theme';

/**
 * The progress report as an A4 PDF with selectable text, drawn with jsPDF and
 * jspdf-autotable. Both are imported here dynamically, so they form a separate chunk that
 * the browser only loads when someone exports a PDF.
 */

export type PdfProgress = (fraction: number, stage: string) => void;

/** "career-progress-2025-06-14.pdf" for a YYYY-MM-DD date (or a Date: its UTC day, as the other formats). */
export function reportPdfFileName(date: string | Date): string {
  return reportFileName('pdf', date);
}

type AutoTable = (doc: jsPDF, options: UserOptions) => void;
type CreateTable = (doc: jsPDF, options: UserOptions) => Table;

interface Ctx {
  doc: jsPDF;
  flow: Flow;
  autoTable: AutoTable;
  /** jspdf-autotable's layout step alone: sizes rows without drawing them. */
  createTable: CreateTable;
  report: ReportModel;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const STATUS_COLOR: Record<ReportModel['ratings'][number]['status'], Rgb> = {
  met: COLORS.met,
  close: COLORS.close,
  far: COLORS.far,
  'not-rated': COLORS.muted,
};

function isTier(report: ReportModel, tierId: string, name: string): boolean {
  const tier = report.tiers.find((t) => t.id === tierId);
  return !!tier && (tier.title === name || tier.id === name);
}

/** "$60,000+ (lower bound: Top 10% of earners)", "up to $X (upper bound: …)", "$46,000 (median)". */
export function tierSalaryText(salary: ReportModel['tiers'][number]['salary'], currency: string): string {
  if (!salary) return 'No figure in the guide';
  const figure = formatSalaryFigure(salary, currency);
  switch (salary.kind) {
    case 'lowerBound':
      return `${figure} (lower bound: ${salary.label})`;
    case 'upperBound':
      return `${figure} (upper bound: ${salary.label})`;
    case 'median':
      return `${figure} (median)`;
    default:
      return figure;
  }
}

/** The salary step in words; "at least" when the destination is only a lower bound. */
export function salaryStepText(step: NonNullable<ReportModel['salaryStep']>, currency: string): string {
  const money = (n: number) => formatMoney(n, currency);
  const sign = step.change >= 0 ? '+' : '-';
  const change = `${sign}${money(Math.abs(step.change))}`;
  const percent =
    step.changePercent === null
      ? ''
      : ` (${step.changePercent >= 0 ? '+' : ''}${formatNumber(step.changePercent)}%)`;
  if (step.toIsLowerBound) {
    return (
      `Moving from ${step.fromTier} (${money(step.from)}) to ${step.toTier} (at least ${money(step.to)}) ` +
      `changes the guide's figure by at least ${change}${percent}. The guide gives only a lower bound ` +
      `for ${step.toTier}, so the real change can be larger.`
    );
  }
  return `Moving from ${step.fromTier} (${money(step.from)}) to ${step.toTier} (${money(step.to)}) changes the guide's figure by ${change}${percent}.`;
}

/** Common table settings: app colours, repeated header rows, rows never split across pages. */
function tableOptions(y: number, options: UserOptions): UserOptions {
  return {
    startY: y,
    margin: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.marginX, right: PAGE.marginX },
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    pageBreak: 'auto',
    styles: {
      font: 'helvetica',
      fontSize: FONT.small,
      cellPadding: { top: 1.4, bottom: 1.4, left: 1.8, right: 1.8 },
      textColor: [...COLORS.text],
      lineColor: [...COLORS.border],
      lineWidth: 0.2,
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { fillColor: [...COLORS.surface2], textColor: [...COLORS.text], fontStyle: 'bold' },
    ...options,
  };
}

/**
 * A heading and the table under it. The table is laid out first to learn the height of its
 * header row and first body row, and the heading is kept with both: a heading never ends a
 * page, and neither does a lone header row (jspdf-autotable only checks the header fits).
 */
function table(ctx: Ctx, heading: readonly [string, 1 | 2] | null, options: UserOptions): void {
  const { doc, flow } = ctx;
  const laidOut = ctx.createTable(doc, tableOptions(flow.y, options));
  const start = laidOut.getHeadHeight(laidOut.columns) + (laidOut.body[0]?.height ?? 0) + 1;
  if (heading) flow.heading(heading[0], heading[1], start);
  else flow.ensure(start);
  ctx.autoTable(doc, tableOptions(flow.y, options));
  const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  flow.y = (finalY ?? flow.y) + 4;
}

const safeRows = (rows: Array<Array<string | number>>) =>
  rows.map((row) => row.map((cell) => pdfSafe(String(cell))));

// ------------------------------------------------------------------------ sections

function titleBlock({ doc, flow, report }: Ctx): void {
  flow.font(FONT.title, 'bold', COLORS.text);
  doc.text(pdfSafe(report.title || 'Career progress report'), flow.left, flow.y, { baseline: 'top' });
  flow.y += lineHeight(FONT.title, 1.15);
  flow.font(13, 'normal', COLORS.accent);
  doc.text(pdfSafe(report.role), flow.left, flow.y, { baseline: 'top' });
  flow.y += lineHeight(13, 1.3);
  flow.font(FONT.body, 'normal', COLORS.muted);
  doc.text(pdfSafe(`${longDate(report.date)} (${report.date})`), flow.left, flow.y, { baseline: 'top' });
  flow.y += lineHeight(FONT.body) + 1;
  doc.setDrawColor(...COLORS.accent);
  doc.setLineWidth(0.8);
  doc.line(flow.left, flow.y, flow.left + flow.width, flow.y);
  flow.y += 3;
}

function profileSection({ flow, report }: Ctx): void {
  const p = report.profile;
  flow.heading('Profile', 1, 20);
  flow.keyValues([
    ['Experience', formatYears(p.yearsOfExperience)],
    [
      'Current tier',
      `${p.currentTier}${p.currentTierInferred ? ' (inferred from your years of experience)' : ''}`,
    ],
    ['Target tier', p.targetTier],
    ['Target date', p.targetDate ? `${longDate(p.targetDate)} (${p.targetDate})` : 'none set'],
  ]);
}

function readinessSection({ doc, flow, report }: Ctx): void {
  const r = report.readiness;
  flow.heading(`Readiness for ${report.profile.targetTier}`, 1, 30);
  flow.font(24, 'bold', r.ready ? COLORS.met : COLORS.accent);
  doc.text(String(r.score), flow.left, flow.y, { baseline: 'top' });
  const scoreWidth = doc.getTextWidth(String(r.score));
  flow.font(FONT.h2, 'normal', COLORS.muted);
  doc.text('/ 100', flow.left + scoreWidth + 1.5, flow.y + 3.2, { baseline: 'top' });
  flow.font(FONT.h2, 'bold', r.ready ? COLORS.met : COLORS.text);
  doc.text(r.ready ? 'Ready' : 'Not ready yet', flow.left + scoreWidth + 16, flow.y + 3.2, {
    baseline: 'top',
  });
  flow.y += 10;

  // A meter, with the score also in words above it.
  const w = flow.width;
  doc.setFillColor(...COLORS.surface2);
  doc.setDrawColor(...COLORS.border);
  doc.setLineWidth(0.2);
  doc.rect(flow.left, flow.y, w, 3, 'FD');
  const meter: Rgb = r.ready ? COLORS.met : COLORS.accent;
  doc.setFillColor(meter[0], meter[1], meter[2]);
  if (r.score > 0) doc.rect(flow.left, flow.y, (w * Math.min(100, r.score)) / 100, 3, 'F');
  flow.y += 6;

  const years = report.profile.yearsOfExperience;
  flow.keyValues(
    [
      // Whole points, rounded down like the score itself (and the plan view).
      ['Skills', `${Math.floor(r.skillPoints)} of 80 points`],
      [
        'Experience',
        `${Math.floor(r.experiencePoints)} of 20 points (${formatYears(years)} of the ${formatYears(r.yearsRequired)} the tier asks for)`,
      ],
    ],
    30,
  );
  if (r.rule.length > 0) {
    flow.gap(1.5);
    flow.paragraph('How the score works', {
      size: FONT.small,
      style: 'bold',
      color: COLORS.muted,
      gapAfter: 0.8,
    });
    flow.bullets(r.rule, { size: FONT.small, color: COLORS.muted });
  }
}

function tiersSection(ctx: Ctx): void {
  const { report } = ctx;
  table(ctx, ['Tiers', 1], {
    head: [['Tier', 'Experience', 'Salary (guide)', 'Your readiness']],
    body: safeRows(
      report.tiers.map((t) => {
        const marks = [
          isTier(report, t.id, report.profile.currentTier) ? 'current' : '',
          isTier(report, t.id, report.profile.targetTier) ? 'target' : '',
        ].filter(Boolean);
        return [
          marks.length > 0 ? `${t.title} (${marks.join(', ')})` : t.title,
          t.experience,
          tierSalaryText(t.salary, report.currency),
          `${t.readiness} / 100`,
        ];
      }),
    ),
    columnStyles: { 0: { cellWidth: 72 }, 1: { cellWidth: 22 }, 3: { cellWidth: 24, halign: 'right' } },
    didParseCell: (data: CellHookData) => {
      const tier = report.tiers[data.row.index];
      if (data.section === 'body' && tier && isTier(report, tier.id, report.profile.targetTier)) {
        data.cell.styles.fontStyle = 'bold';
      }
      if (data.section === 'body' && data.column.index === 2 && tier?.salary?.kind === 'lowerBound') {
        data.cell.styles.textColor = [...COLORS.bound];
      }
    },
  });
}

function ratingsSection(ctx: Ctx): void {
  const { flow, report } = ctx;
  const groups = new Map<string, ReportModel['ratings']>();
  for (const r of report.ratings) {
    const list = groups.get(r.category) ?? [];
    list.push(r);
    groups.set(r.category, list);
  }
  let first = true;
  for (const [category, rows] of groups) {
    const met = rows.filter((r) => r.status === 'met').length;
    const title = `${category} · ${met} of ${rows.length} met`;
    if (first) {
      // Kept with the first category's heading, which is kept with its table's start.
      flow.heading(`Skills against ${report.profile.targetTier}`, 1, 30);
      first = false;
    }
    table(ctx, [title, 2], {
      head: [['Skill', 'You', 'Required', 'Gap', 'Status']],
      body: safeRows(
        rows.map((r) => [
          r.skill,
          r.ratingLabel,
          r.requiredLabel,
          r.gap > 0 ? String(r.gap) : '-',
          describeGapStatus(r.status, r.gap),
        ]),
      ),
      columnStyles: {
        0: { cellWidth: 70 },
        1: { cellWidth: 27 },
        2: { cellWidth: 27 },
        3: { cellWidth: 11, halign: 'center' },
      },
      didParseCell: (data: CellHookData) => {
        const r = rows[data.row.index];
        if (data.section === 'body' && data.column.index === 4 && r) {
          data.cell.styles.textColor = [...STATUS_COLOR[r.status]];
          data.cell.styles.fontStyle = 'bold';
        }
      },
    });
  }
  if (groups.size === 0) {
    flow.heading('Skills', 1, 10);
    flow.paragraph('The guide lists no skills.');
  }
}

function focusSection({ flow, report }: Ctx): void {
  flow.heading('What to work on next', 1, 22);
  if (report.focus.length === 0) {
    flow.paragraph(
      `Nothing left to focus on: every skill requirement for ${report.profile.targetTier} is met.`,
    );
    return;
  }
  report.focus.forEach((f, i) => {
    const gain = f.readinessGain > 0 ? `, +${formatNumber(f.readinessGain)} readiness when met` : '';
    flow.heading(`${i + 1}. ${f.skill}`, 2, 12);
    flow.paragraph(`${f.gap} level${f.gap === 1 ? '' : 's'} to go${gain}.`, {
      size: FONT.small,
      color: COLORS.muted,
      gapAfter: 1,
    });
    if (f.advice.length > 0) {
      flow.paragraph('Advice', { size: FONT.small, style: 'bold', gapAfter: 0.6 });
      flow.bullets(f.advice, { size: FONT.small, indent: 2 });
    }
    if (f.mistakes.length > 0) {
      flow.paragraph('Common mistakes to avoid', { size: FONT.small, style: 'bold', gapAfter: 0.6 });
      flow.bullets(f.mistakes, { size: FONT.small, indent: 2 });
    }
  });
}

function salarySection(ctx: Ctx): void {
  const { doc, flow, report } = ctx;
  const chartH = 66;
  flow.heading('Salary by tier', 1, 12 + chartH);
  if (report.salaryStep) {
    flow.paragraph(salaryStepText(report.salaryStep, report.currency));
  } else {
    flow.paragraph('The guide gives no salary figure for your current or target tier, so no step is shown.');
  }
  flow.ensure(chartH + 10);
  drawSalaryChart(doc, { x: flow.left, y: flow.y, w: flow.width, h: chartH }, report, {
    current: (id) => isTier(report, id, report.profile.currentTier),
    target: (id) => isTier(report, id, report.profile.targetTier),
  });
  flow.y += chartH + 2;
  const bounds = report.tiers.filter(
    (t) => t.salary?.kind === 'lowerBound' || t.salary?.kind === 'upperBound',
  );
  const notes = bounds.map((t) =>
    t.salary?.kind === 'lowerBound'
      ? `${t.title}: "${formatSalaryFigure(t.salary, report.currency)}" is a lower bound (${t.salary.label}), not the tier's salary; the tinted bar with the arrow marks where that pay starts.`
      : `${t.title}: "${formatSalaryFigure(t.salary!, report.currency)}" is an upper bound (${t.salary!.label}).`,
  );
  flow.paragraph([`Yearly figures from the guide, in ${report.currency}.`, ...notes].join(' '), {
    size: FONT.small,
    color: COLORS.muted,
  });
}

function progressSection(ctx: Ctx): void {
  const { doc, flow, report } = ctx;
  const chartH = 72;
  flow.heading(`Readiness over time`, 1, 10 + chartH);
  const points = report.progress;
  const firstP = points[0];
  const lastP = points[points.length - 1];
  const summary =
    firstP && lastP
      ? `Readiness for ${report.profile.targetTier} from ${longDate(firstP.date)} to ${longDate(lastP.date)}: ` +
        `${firstP.readiness} to ${lastP.readiness} out of 100, over ${points.length} day${points.length === 1 ? '' : 's'} with rating changes. ` +
        `Circles mark check-ins.`
      : 'No rating history yet: the chart fills in as you rate skills.';
  flow.paragraph(summary, { size: FONT.small, color: COLORS.muted });
  flow.ensure(chartH);
  drawProgressChart(doc, { x: flow.left, y: flow.y, w: flow.width, h: chartH }, report);
  flow.y += chartH + 2;
}

function checkInsSection(ctx: Ctx): void {
  const { flow, report } = ctx;
  if (report.checkIns.length === 0) {
    flow.heading('Check-ins', 1, 10);
    flow.paragraph('No check-ins saved yet.');
    return;
  }
  table(ctx, ['Check-ins', 1], {
    head: [['Date', 'Readiness', 'Note']],
    body: safeRows(report.checkIns.map((c) => [c.date, `${c.readiness} / 100`, c.note || '-'])),
    columnStyles: { 0: { cellWidth: 24 }, 1: { cellWidth: 22, halign: 'right' } },
  });
}

function metricsSection(ctx: Ctx): void {
  const { doc, flow, report } = ctx;
  if (report.metrics.length === 0) {
    flow.heading('Metrics', 1, 10);
    flow.paragraph('No metrics logged yet.');
    return;
  }
  table(ctx, ['Metrics', 1], {
    head: [['Metric', 'Entries', 'First', 'Latest', 'Change', 'Best']],
    body: safeRows(
      report.metrics.map((m) => {
        const sorted = [...m.entries].sort((a, b) => a.date.localeCompare(b.date));
        const first = sorted[0];
        const last = sorted[sorted.length - 1];
        if (!first || !last) return [m.name, '0', '-', '-', '-', '-'];
        const delta = last.value - first.value;
        const better = m.higherIsBetter ? delta > 0 : delta < 0;
        const change =
          sorted.length < 2 || delta === 0
            ? 'no change'
            : `${formatMetricChange(delta, m.unit)} (${better ? 'better' : 'worse'})`;
        const values = sorted.map((e) => e.value);
        const best = m.higherIsBetter ? Math.max(...values) : Math.min(...values);
        return [
          m.name,
          String(sorted.length),
          `${formatMetricValue(first.value, m.unit)} (${first.date})`,
          `${formatMetricValue(last.value, m.unit)} (${last.date})`,
          change,
          formatMetricValue(best, m.unit),
        ];
      }),
    ),
    columnStyles: { 0: { cellWidth: 44 }, 1: { cellWidth: 15, halign: 'right' } },
  });

  // Small charts, two per row.
  const gapX = 5;
  const w = (flow.width - gapX) / 2;
  const h = 44;
  for (let i = 0; i < report.metrics.length; i += 2) {
    flow.ensure(h + 3);
    for (let j = 0; j < 2; j += 1) {
      const metric = report.metrics[i + j];
      if (metric) drawMetricChart(doc, { x: flow.left + j * (w + gapX), y: flow.y, w, h }, metric);
    }
    flow.y += h + 3;
  }
}

function notesSection(ctx: Ctx): void {
  const { report } = ctx;
  const withNotes = report.ratings.filter((r) => r.note.trim() !== '');
  if (withNotes.length === 0) return;
  table(ctx, ['Notes on skills', 1], {
    head: [['Skill', 'Note']],
    body: safeRows(withNotes.map((r) => [r.skill, r.note.trim()])),
    columnStyles: { 0: { cellWidth: 52, fontStyle: 'bold' } },
  });
}

function footers({ doc, report }: Ctx): void {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i += 1) {
    doc.setPage(i);
    doc.setDrawColor(...COLORS.border);
    doc.setLineWidth(0.2);
    doc.line(PAGE.marginX, PAGE.footerY - 3, PAGE.width - PAGE.marginX, PAGE.footerY - 3);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(FONT.small);
    doc.setTextColor(...COLORS.muted);
    doc.text(
      pdfSafe(`Career Path Planner · ${report.date} · page ${i} of ${pages}`),
      PAGE.width / 2,
      PAGE.footerY,
      {
        align: 'center',
        baseline: 'top',
      },
    );
  }
}

// ------------------------------------------------------------------------ entry point

/**
 * Renders `report` as an A4 portrait PDF. `onProgress` gets a fraction from 0 to 1 and the
 * stage in words; between stages the work yields to the event loop so the page stays
 * responsive while the document is built.
 */
export async function renderReportPdf(report: ReportModel, onProgress?: PdfProgress): Promise<Blob> {
  const progress = async (fraction: number, stage: string) => {
    onProgress?.(fraction, stage);
    await yieldToEventLoop();
  };

  await progress(0, 'Loading the PDF library');
  const [jspdfModule, autoTableModule] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
  // The ESM build exports the class by name; Node's CommonJS build may only offer a default.
  const JsPDF = jspdfModule.jsPDF ?? (jspdfModule as unknown as { default: typeof jsPDF }).default;
  const autoTable: AutoTable =
    autoTableModule.autoTable ?? (autoTableModule as unknown as { default: AutoTable }).default;
  const createTable: CreateTable = autoTableModule.__createTable;

  const doc = new JsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({
    title: pdfSafe(`${report.title} – ${report.role}`),
    subject: pdfSafe(`Progress toward ${report.profile.targetTier}`),
    creator: 'Career Path Planner',
    keywords: 'career, skills, progress',
  });
  doc.setLanguage('en-US');
  const ctx: Ctx = { doc, flow: new Flow(doc), autoTable, createTable, report };

  const stages: Array<[string, (c: Ctx) => void]> = [
    [
      'Writing the summary',
      (c) => {
        titleBlock(c);
        profileSection(c);
        readinessSection(c);
        tiersSection(c);
      },
    ],
    ['Writing the skill ratings', ratingsSection],
    ['Writing the focus list', focusSection],
    ['Drawing the salary chart', salarySection],
    ['Drawing the progress chart', progressSection],
    ['Writing the check-ins', checkInsSection],
    ['Writing the metrics', metricsSection],
    ['Writing the notes', notesSection],
    ['Numbering the pages', footers],
  ];
  await progress(0.1, stages[0]![0]);
  for (let i = 0; i < stages.length; i += 1) {
    const [, run] = stages[i]!;
    run(ctx);
    const next = stages[i + 1];
    await progress(0.1 + (0.8 * (i + 1)) / stages.length, next ? next[0] : 'Saving the file');
  }
  const blob = doc.output('blob');
  await progress(1, 'Done');
  return blob;
}
