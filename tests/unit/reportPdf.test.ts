// @vitest-environment node
// jsPDF and pdf.js both run in Node; jsdom's Blob and canvas stand-ins only get in the way.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/domain/reportModel';
import { isWinAnsi, pdfSafe } from '../../src/features/report/pdf/pdfSafe';
import {
  renderReportPdf,
  reportPdfFileName,
  salaryStepText,
  tierSalaryText,
} from '../../src/features/report/pdf/renderReportPdf';
import { dateTicks, niceStep } from '../../src/features/report/pdf/charts';
import { reportFixture, REPORT_DATE } from '../fixtures/reportModel';

/** Every page's text as pdf.js extracts it (what a reader can select and copy), one string per page. */
async function extractPages(blob: Blob): Promise<string[]> {
  const data = new Uint8Array(await blob.arrayBuffer());
  const pdf = await pdfjs.getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
      .join('');
    pages.push(text.replace(/[ \t]+/g, ' '));
  }
  await pdf.destroy();
  return pages;
}

/** Rendering and extracting once for the whole file: a couple of hundred milliseconds each. */
let rendered: Promise<{ blob: Blob; pages: string[]; progress: Array<[number, string]> }> | undefined;
function renderFixture() {
  rendered ??= (async () => {
    const progress: Array<[number, string]> = [];
    const blob = await renderReportPdf(reportFixture, (fraction, stage) => progress.push([fraction, stage]));
    return { blob, pages: await extractPages(blob), progress };
  })();
  return rendered;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('renderReportPdf', () => {
  it('produces a multi-page PDF file', async () => {
    const { blob, pages } = await renderFixture();
    const head = new TextDecoder().decode(new Uint8Array(await blob.slice(0, 5).arrayBuffer()));
    expect(head).toBe('%PDF-');
    expect(blob.type).toBe('application/pdf');
    expect(pages.length).toBeGreaterThan(1);
  });

  it('has the title, role, date and profile as selectable text', async () => {
    const { pages } = await renderFixture();
    const first = oneLine(pages[0]!);
    expect(first).toContain('Career progress report');
    expect(first).toContain('Customer Care Representative');
    expect(first).toContain(REPORT_DATE);
    expect(first).toContain('14 June 2025');
    expect(first).toContain('6.5 years');
    expect(first).toContain('inferred from your years of experience');
    expect(first).toContain('31 December 2026');
  });

  it('lists every tier with its salary, the lower bound marked as such', async () => {
    const { pages } = await renderFixture();
    const text = oneLine(pages.join('\n'));
    for (const tier of reportFixture.tiers) expect(text).toContain(tier.title);
    expect(text).toContain('$36,200');
    expect(text).toContain('$46,000');
    expect(text).toContain('$55,800');
    expect(text).toContain('$60,000+');
    expect(text).toMatch(/\$60,000\+ \(lower bound: Top 10% of\s?earners\)/);
    expect(text).toContain('at least $60,000');
  });

  it('shows skills with their rating labels and status in words', async () => {
    const { pages } = await renderFixture();
    const text = oneLine(pages.join('\n'));
    // The skill's row: name, your rating, the requirement, the gap, the status.
    expect(text).toContain('Active Listening Proficient (3) Expert (4) 1 Close (1 level to go)');
    expect(text).toContain('Customer Empathy Expert (4) Expert (4) - Met');
    expect(text).toContain('Training and Mentoring Peers Working (2) Expert (4) 2 Far (2 levels to go)');
    expect(text).toContain('Call monitoring and recording Not rated Expert (4) 4 Not rated');
    for (const r of reportFixture.ratings) expect(text).toContain(r.skill.split(' (')[0]);
  });

  it('has the focus list, charts, check-ins, metrics and notes', async () => {
    const { pages } = await renderFixture();
    const text = oneLine(pages.join('\n'));
    expect(text).toContain('What to work on next');
    expect(text).toContain('Common mistakes to avoid');
    expect(text).toContain('Readiness over time');
    // Axis labels of the vector charts are text too.
    expect(text).toContain('Jan 2024');
    expect(text).toContain('100 = ready');
    expect(text).toContain('lower bound');
    expect(text).toContain('Check-ins');
    expect(text).toContain('Q3 review: “strong with customers, weak on reporting”.');
    expect(text).toContain('Customer satisfaction (CSAT)');
    expect(text).toContain('Average handle time');
    expect(text).toContain('-2.7 min (better)');
    expect(text).toContain('Notes on skills');
    // Symbols the standard fonts cannot show come out as readable stand-ins.
    expect(text).toContain('escalation audit -> readiness');
    expect(text).toContain('CSAT >= 90%');
    expect(text).not.toContain('→');
  });

  it('puts "page X of Y" in the footer of every page', async () => {
    const { pages } = await renderFixture();
    pages.forEach((page, i) => {
      expect(oneLine(page)).toContain(
        `Career Path Planner · ${REPORT_DATE} · page ${i + 1} of ${pages.length}`,
      );
    });
  });

  it('reports progress from 0 to 1 in order', async () => {
    const { progress } = await renderFixture();
    expect(progress[0]?.[0]).toBe(0);
    expect(progress[progress.length - 1]?.[0]).toBe(1);
    const fractions = progress.map(([f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(progress.every(([, stage]) => stage.length > 0)).toBe(true);
  });

  it('renders a report with no history, check-ins, metrics, focus or salary', async () => {
    const empty: ReportModel = {
      ...reportFixture,
      progress: [],
      checkIns: [],
      metrics: [],
      focus: [],
      salaryStep: null,
      tiers: reportFixture.tiers.map((t) => ({ ...t, salary: null })),
      ratings: reportFixture.ratings.map((r) => ({ ...r, note: '' })),
    };
    const text = oneLine((await extractPages(await renderReportPdf(empty))).join('\n'));
    expect(text).toContain('No rating history yet');
    expect(text).toContain('No check-ins saved yet.');
    expect(text).toContain('No metrics logged yet.');
    expect(text).toContain('Nothing left to focus on');
    expect(text).toContain('No figure in the guide');
    expect(text).not.toContain('Notes on skills');
  });
});

/** Text items with their font size and height above the page's bottom edge, in points. */
async function extractItems(blob: Blob): Promise<Array<Array<{ str: string; size: number; y: number }>>> {
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(await blob.arrayBuffer()),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [{ str: item.str, size: Math.hypot(item.transform[2], item.transform[3]), y: item.transform[5] }]
          : [],
      ),
    );
  }
  await pdf.destroy();
  return pages;
}

describe('page breaks', () => {
  const MM = 72 / 25.4;
  // Content ends 17 mm above the bottom edge; a heading needs at least 12 mm of content under it.
  const LOWEST_HEADING_BASELINE = (17 + 12) * MM;

  // More or fewer check-ins and notes move every later heading up and down the page.
  it.each([0, 2, 4, 6, 9])('keeps headings with their content (%i extra check-ins)', async (extra) => {
    const report: ReportModel = {
      ...reportFixture,
      checkIns: [
        ...reportFixture.checkIns,
        ...Array.from({ length: extra }, (_, i) => ({
          date: `2025-06-${String(i + 1).padStart(2, '0')}`,
          note: `Extra check-in ${i + 1}`,
          readiness: 80,
        })),
      ],
      focus: reportFixture.focus.slice(0, 1 + (extra % 3)),
    };
    const pages = await extractItems(await renderReportPdf(report));
    for (const items of pages) {
      for (const item of items.filter((i) => i.size >= 10.5)) {
        expect(item.y, `"${item.str}" at the bottom of a page`).toBeGreaterThan(LOWEST_HEADING_BASELINE);
      }
    }
  });
});

describe('reportPdfFileName', () => {
  it('names the file after the day', () => {
    expect(reportPdfFileName('2025-06-14')).toBe('career-progress-2025-06-14.pdf');
    expect(reportPdfFileName(new Date(Date.UTC(2025, 0, 5, 23, 30)))).toBe('career-progress-2025-01-05.pdf');
  });
});

describe('salary wording', () => {
  it('says "at least" when the target is a lower bound', () => {
    const text = salaryStepText(reportFixture.salaryStep!, 'USD');
    expect(text).toContain('at least $60,000');
    expect(text).toContain('at least +$4,200 (+7.5%)');
    const exact = salaryStepText({ ...reportFixture.salaryStep!, toIsLowerBound: false }, 'USD');
    expect(exact).not.toContain('at least');
  });

  it('marks bounds in the tier table', () => {
    expect(tierSalaryText({ amount: 60000, kind: 'lowerBound', label: 'Top 10% of earners' }, 'USD')).toBe(
      '$60,000+ (lower bound: Top 10% of earners)',
    );
    expect(tierSalaryText({ amount: 40000, kind: 'upperBound', label: 'Bottom 10%' }, 'USD')).toBe(
      'up to $40,000 (upper bound: Bottom 10%)',
    );
    expect(tierSalaryText({ amount: 46000, kind: 'point', label: 'Mid-Level' }, 'USD')).toBe('$46,000');
    expect(tierSalaryText(null, 'USD')).toBe('No figure in the guide');
  });
});

describe('chart helpers', () => {
  it('ticks two years quarterly and short spans by day', () => {
    const ticks = dateTicks(Date.UTC(2023, 5, 15), Date.UTC(2025, 5, 13));
    expect(ticks.map((t) => t.label)).toEqual([
      'Jul 2023',
      'Oct 2023',
      'Jan 2024',
      'Apr 2024',
      'Jul 2024',
      'Oct 2024',
      'Jan 2025',
      'Apr 2025',
    ]);
    expect(dateTicks(Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 15)).length).toBeLessThanOrEqual(8);
    expect(dateTicks(Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 1))).toHaveLength(1);
  });

  it('picks round gridline steps', () => {
    expect(niceStep(67200)).toBe(20000);
    expect(niceStep(100)).toBe(20);
  });
});

describe('pdfSafe', () => {
  it('keeps what WinAnsi can show', () => {
    const kept = 'Plain ASCII – en dash — em dash · é ü ß € … • “quotes” ‘single’ © ½ ×';
    expect(pdfSafe(kept)).toBe(kept);
  });

  it('replaces arrows, status symbols and maths signs', () => {
    expect(pdfSafe('Junior → Mid ← back ⇒ so')).toBe('Junior -> Mid <- back => so');
    expect(pdfSafe('✓ Met ✕ Far ◐ Close ○ Not rated')).toBe('OK Met x Far ~ Close o Not rated');
    expect(pdfSafe('CSAT ≥ 90%, AHT ≤ 6 min, 5 − 3 ≠ 1')).toBe('CSAT >= 90%, AHT <= 6 min, 5 - 3 != 1');
  });

  it('drops emoji and invisible characters, strips accents WinAnsi lacks', () => {
    expect(pdfSafe('Great call 😀👍🏽!')).toBe('Great call !');
    expect(pdfSafe('zero\u200bwidth\u00a0nbsp')).toBe('zerowidth\u00a0nbsp');
    expect(pdfSafe('Łódź Kraków Őrség ﬁne')).toBe('Lódz Kraków Orség fine');
    expect(pdfSafe('team 🇺🇸 flag')).toBe('team  flag');
    expect(pdfSafe('日本')).toBe('??');
    expect(pdfSafe('tab\there\r\nnext')).toBe('tab here\nnext');
  });

  it('always returns WinAnsi text and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const safe = pdfSafe(s);
        expect([...safe].every(isWinAnsi)).toBe(true);
        expect(pdfSafe(safe)).toBe(safe);
      }),
    );
  });
});
