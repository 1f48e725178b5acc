import { formatMetricChange, formatMetricValue, metricTrend } from './metrics';
import { parseIsoDate } from './goals';
import { downsamplePoints } from './progress';
import { describeGapStatus } from './report';
import type { ReportModel } from './reportModel';
import { formatMoney, formatSalaryFigure, type SalaryKind } from './salary';

/** The most points the progress table lists; more are thinned, keeping highs and lows. */
export const MARKDOWN_PROGRESS_POINTS = 30;

// Characters with a meaning anywhere in a line: emphasis, code, links, tables, strikethrough.
const INLINE = /[\\`*_[\]|~]/g;
// Something the renderer would read as a character reference ("&lt;", "&#60;").
const ENTITY = /&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi;
// Characters that start a block at the beginning of a line: heading, list, setext underline.
const LINE_START = /^([#+\-=])/;
const ORDERED = /^(\d+)([.)])/;

/**
 * Text from the person or the guide made safe to put in Markdown: it shows as typed and cannot
 * start a heading, a list, a code block or a table cell, add emphasis or a link, or inject HTML.
 * `<` and `>` become character references (so no tag or autolink can open) and the other
 * significant characters get a backslash. Lines keep their line breaks; see `escapeMarkdownCell`
 * for table cells.
 */
export function escapeMarkdown(text: string): string {
  return (
    String(text)
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // Other control characters have no place in a document.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .split('\n')
      .map((line) =>
        line
          // Leading spaces would make an indented code block.
          .trimStart()
          .replace(INLINE, '\\$&')
          .replace(ENTITY, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(LINE_START, '\\$1')
          .replace(ORDERED, '$1\\$2'),
      )
      .join('\n')
  );
}

/** `escapeMarkdown` on one line: line breaks become spaces, so the text stays in its table cell. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join(' ');
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], alignRight: number[] = []) {
  const divider = headers.map((_, i) => (alignRight.includes(i) ? '---:' : '---'));
  return [headers, divider, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '');

const KIND_NOTE: Readonly<Record<SalaryKind, string>> = {
  point: '',
  median: ' (median)',
  lowerBound: ' (lower bound)',
  upperBound: ' (upper bound)',
};

function signedMoney(amount: number, currency: string): string {
  const money = formatMoney(Math.abs(amount), currency);
  return amount < 0 ? `−${money}` : `+${money}`;
}

function salaryStepSection(report: ReportModel): string[] {
  const step = report.salaryStep;
  if (!step) return ['The guide gives no salary step for this move.'];
  const kindOf = (title: string, fallback: SalaryKind): SalaryKind =>
    report.tiers.find((t) => t.title === title)?.salary?.kind ?? fallback;
  const fromKind = kindOf(step.fromTier, 'point');
  const toKind = step.toIsLowerBound ? 'lowerBound' : kindOf(step.toTier, 'point');
  const up = (toKind === 'lowerBound' ? 1 : 0) + (fromKind === 'upperBound' ? 1 : 0);
  const down = (toKind === 'upperBound' ? 1 : 0) + (fromKind === 'lowerBound' ? 1 : 0);
  const qualifier = up > 0 && down > 0 ? 'roughly ' : up > 0 ? 'at least ' : down > 0 ? 'at most ' : '';
  const figure = (amount: number, kind: SalaryKind) =>
    `${formatSalaryFigure({ amount, kind }, report.currency)}${KIND_NOTE[kind]}`;
  const percent =
    step.changePercent === null ? '' : ` (${step.changePercent > 0 ? '+' : ''}${step.changePercent}%)`;
  return [
    `From ${escapeMarkdownCell(step.fromTier)} (${figure(step.from, fromKind)}) to ${escapeMarkdownCell(step.toTier)} ` +
      `(${figure(step.to, toKind)}): ${qualifier}${signedMoney(step.change, report.currency)} a year${percent}.`,
  ];
}

function progressSection(report: ReportModel): string[] {
  const points = report.progress;
  if (points.length === 0) return ['No rating changes recorded yet.'];
  const shown = downsamplePoints(points, MARKDOWN_PROGRESS_POINTS, (p) => p.readiness);
  const lines = [
    `Readiness for ${escapeMarkdownCell(report.profile.targetTier)} at the end of each day your ratings changed.`,
  ];
  if (shown.length < points.length) {
    lines.push(
      `Showing ${shown.length} of ${points.length} days: the first, the last, and the highest and lowest of each stretch in between.`,
    );
  }
  lines.push(
    '',
    table(
      ['Date', 'Readiness'],
      shown.map((p) => [p.date, String(p.readiness)]),
      [1],
    ),
  );
  return lines;
}

function metricsSection(report: ReportModel): string[] {
  const lines: string[] = [];
  for (const metric of report.metrics) {
    const better = metric.higherIsBetter ? 'higher is better' : 'lower is better';
    lines.push(
      '',
      `### ${escapeMarkdownCell(metric.name)}`,
      '',
      `${better[0]!.toUpperCase()}${better.slice(1)}.`,
    );
    if (metric.entries.length === 0) {
      lines.push('', 'No values logged.');
      continue;
    }
    const trend = metricTrend(
      { id: metric.id, higherIsBetter: metric.higherIsBetter },
      metric.entries.map((e) => ({ at: parseIsoDate(e.date)?.getTime() ?? 0, value: e.value })),
    );
    if (trend?.previous && trend.change !== null) {
      const verdict =
        trend.improved === null ? 'no change' : trend.improved ? 'an improvement' : 'a step back';
      const moved = trend.direction === 'flat' ? 'unchanged' : formatMetricChange(metric, trend.change);
      lines.push(
        '',
        `Latest ${formatMetricValue(metric, trend.latest.value)} (${moved} since ${formatMetricValue(metric, trend.previous.value)}): ${verdict}.`,
      );
    }
    lines.push(
      '',
      table(
        ['Date', 'Value'],
        metric.entries.map((e) => [e.date, formatMetricValue(metric, e.value)]),
        [1],
      ),
    );
  }
  return lines;
}

/**
 * The report as a Markdown document (GitHub-flavoured: tables). All text from the person or the
 * guide is escaped, so a note cannot break a table or add HTML.
 */
export function renderReportMarkdown(report: ReportModel): string {
  const { profile, readiness, currency } = report;
  const target = escapeMarkdownCell(profile.targetTier);
  const out: string[] = [];
  const section = (title: string, ...lines: string[]) => out.push('', `## ${title}`, '', ...lines);

  out.push(
    `# ${escapeMarkdownCell(report.title)}`,
    '',
    `Date: ${report.date}  `,
    `Role: ${escapeMarkdownCell(report.role)}`,
  );

  section(
    'Profile',
    `- Years of experience: ${profile.yearsOfExperience === null ? 'not given' : oneDecimal(profile.yearsOfExperience)}`,
    `- Current tier: ${escapeMarkdownCell(profile.currentTier)}${profile.currentTierInferred ? ' (worked out from your ratings and experience)' : ' (chosen by you)'}`,
    `- Target tier: ${target}`,
    `- Target date: ${profile.targetDate === null ? 'not set' : escapeMarkdownCell(profile.targetDate)}`,
  );

  section(
    `Readiness for ${target}: ${readiness.score} / 100`,
    readiness.ready ? 'Ready: every requirement is met.' : 'Not ready yet.',
    '',
    `- Skill points: ${oneDecimal(readiness.skillPoints)}`,
    `- Experience points: ${oneDecimal(readiness.experiencePoints)} (the tier asks for at least ${oneDecimal(readiness.yearsRequired)} ${readiness.yearsRequired === 1 ? 'year' : 'years'})`,
    '',
    'How the score is worked out:',
    '',
    ...readiness.rule.map((line) => `- ${escapeMarkdownCell(line)}`),
  );

  section(
    'Tiers',
    table(
      ['Tier', 'Experience', 'Salary', 'Readiness'],
      report.tiers.map((tier) => [
        escapeMarkdownCell(tier.title),
        escapeMarkdownCell(tier.experience),
        tier.salary
          ? `${formatSalaryFigure(tier.salary, currency)}${KIND_NOTE[tier.salary.kind]}`
          : 'not given',
        String(tier.readiness),
      ]),
      [3],
    ),
  );

  section(`Ratings against ${target}`);
  const categories = [...new Set(report.ratings.map((r) => r.category))];
  categories.forEach((category, i) => {
    if (i > 0) out.push('');
    out.push(
      `### ${escapeMarkdownCell(category)}`,
      '',
      table(
        ['Skill', 'You', 'Required', 'Gap', 'Status'],
        report.ratings
          .filter((r) => r.category === category)
          .map((r) => [
            escapeMarkdownCell(r.skill),
            escapeMarkdownCell(r.ratingLabel),
            escapeMarkdownCell(r.requiredLabel),
            String(r.gap),
            describeGapStatus(r.status, r.gap),
          ]),
        [3],
      ),
    );
  });

  section(
    'What to work on first',
    ...(report.focus.length === 0
      ? ['Nothing: every skill meets what this tier asks for.']
      : report.focus.flatMap((item, i) => [
          `${i + 1}. **${escapeMarkdownCell(item.skill)}**: ${item.gap} ${item.gap === 1 ? 'level' : 'levels'} to go, ` +
            `+${item.readinessGain} readiness ${item.readinessGain === 1 ? 'point' : 'points'} when reached`,
          ...item.advice.map((a) => `   - Advice: ${escapeMarkdownCell(a)}`),
          ...item.mistakes.map((m) => `   - Common mistake: ${escapeMarkdownCell(m)}`),
        ])),
  );

  section('Salary step', ...salaryStepSection(report));
  section('Progress over time', ...progressSection(report));

  section(
    'Check-ins',
    ...(report.checkIns.length === 0
      ? ['No check-ins saved.']
      : [
          table(
            ['Date', 'Readiness', 'Note'],
            report.checkIns.map((c) => [c.date, String(c.readiness), escapeMarkdownCell(c.note)]),
            [1],
          ),
        ]),
  );

  section('Metrics');
  if (report.metrics.length === 0) out.push('The guide names no metrics.');
  else out.push(...metricsSection(report).slice(1));

  const notes = report.ratings.filter((r) => r.note.trim() !== '');
  section(
    'Notes',
    ...(notes.length === 0
      ? ['No notes.']
      : notes.map((r) => {
          const [first = '', ...rest] = escapeMarkdown(r.note.trim())
            .split('\n')
            .filter((line) => line.trim() !== '');
          // Continuation lines are indented under the list item and end the previous line with a hard break.
          return [`- **${escapeMarkdownCell(r.skill)}**: ${first}`, ...rest.map((line) => `  ${line}`)].join(
            '  \n',
          );
        })),
  );

  return `${out.join('\n')}\n`;
}
