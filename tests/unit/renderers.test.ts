import fc from 'fast-check';
import Papa from 'papaparse';
import { loadDefaultGuide } from '../../src/app/defaultGuide';
import {
  buildReport,
  csvFileName,
  EMPTY_PROFILE,
  escapeMarkdown,
  escapeMarkdownCell,
  HISTORY_CSV_COLUMNS,
  MARKDOWN_PROGRESS_POINTS,
  neutraliseCsvCell,
  RATINGS_CSV_COLUMNS,
  renderHistoryCsv,
  renderRatingsCsv,
  renderReportMarkdown,
  UTF8_BOM,
  type HistoryEntry,
  type ReportInput,
  type ReportModel,
} from '../../src/domain';
import { buildGuide } from '../fixtures/buildGuide';

const guide = buildGuide({
  portfolioMetrics: [
    { id: 'csat', name: 'CSAT', unit: 'percent', higherIsBetter: true, description: 'Satisfaction.' },
    { id: 'aht', name: 'Handle time', unit: 'minutes', higherIsBetter: false, description: 'Time.' },
  ],
});
const today = new Date(Date.UTC(2026, 2, 15));
const DAY = 86_400_000;
const HOSTILE = '| = @ <script>alert(1)</script> *bold* _it_ `code` [link](javascript:x)';

function input(patch: Partial<ReportInput> = {}): ReportInput {
  return {
    profile: { ...EMPTY_PROFILE, onboarded: true, yearsOfExperience: 1 },
    ratings: { listening: 2, writing: 1 },
    notes: {},
    history: [],
    checkIns: [],
    metricEntries: [],
    ...patch,
  };
}

function report(patch: Partial<ReportInput> = {}, g = guide): ReportModel {
  return buildReport(g, input(patch), today);
}

/** Pipes a Markdown table would read as cell borders (not preceded by an escaping backslash). */
function borders(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '\\') i += 1;
    else if (line[i] === '|') count += 1;
  }
  return count;
}

/** Parses our CSV (the BOM is skipped by papaparse) into rows of strings. */
function parseCsv(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(
    report({
      notes: { listening: 'Practising with a buddy.' },
      history: [
        { skillId: 'listening', level: 1, previousLevel: null, at: Date.UTC(2026, 0, 1) },
        { skillId: 'listening', level: 2, previousLevel: 1, at: Date.UTC(2026, 1, 1) },
      ],
      checkIns: [{ id: 1, at: Date.UTC(2026, 1, 2), note: 'After my review', ratings: { listening: 2 } }],
      metricEntries: [
        { id: 1, metricId: 'csat', at: Date.UTC(2026, 0, 1), value: 88 },
        { id: 2, metricId: 'csat', at: Date.UTC(2026, 1, 1), value: 92.5 },
        { id: 3, metricId: 'aht', at: Date.UTC(2026, 1, 1), value: 6.5 },
      ],
    }),
  );

  it('has the title, date, role and profile', () => {
    expect(markdown.startsWith('# Career progress report\n')).toBe(true);
    expect(markdown).toContain('Date: 2026-03-15');
    expect(markdown).toContain('Role: Test Role');
    expect(markdown).toContain('- Current tier: Junior (worked out from your ratings and experience)');
    expect(markdown).toContain('- Target tier: Mid-Level');
    expect(markdown).toContain('- Target date: not set');
  });

  it('has readiness with the rule', () => {
    expect(markdown).toMatch(/## Readiness for Mid-Level: \d+ \/ 100/);
    expect(markdown).toContain('How the score is worked out:');
    expect(markdown).toContain('- The total is rounded down');
  });

  it('has the tiers table with salary figures, bounds labelled', () => {
    expect(markdown).toContain('| Tier | Experience | Salary | Readiness |');
    expect(markdown).toMatch(/\| Junior \| 0–2 years \| \$40,000 \| \d+ \|/);
    expect(markdown).toContain('| $50,000 (median) |');
    expect(markdown).toContain('| Senior | 5+ years | $65,000+ (lower bound) |');
  });

  it('has a ratings table per category with the status in words', () => {
    expect(markdown).toContain('### Communication');
    expect(markdown).toContain('### Technical');
    expect(markdown).toContain('| Listening | Working (2) | Working (2) | 0 | Met |');
    expect(markdown).toContain('| Writing | Basic (1) | Working (2) | 1 | Close (1 level to go) |');
    expect(markdown).toContain('| Ticketing | Not rated | Strong (3) | 3 | Not rated |');
  });

  it('has the focus list with advice and mistakes, and the salary step', () => {
    expect(markdown).toMatch(/1\. \*\*Ticketing\*\*: 3 levels to go, \+\d+ readiness points when reached/);
    expect(markdown).toContain('   - Advice: Log what you heard.');
    expect(markdown).toContain('   - Common mistake: Replying with walls of text.');
    expect(markdown).toContain(
      'From Junior ($40,000) to Mid-Level ($50,000 (median)): +$10,000 a year (+25%).',
    );
  });

  it('has progress, check-ins, metrics and notes', () => {
    expect(markdown).toMatch(/\| 2026-01-01 \| \d+ \|\n\| 2026-02-01 \| \d+ \|/);
    expect(markdown).toMatch(/\| 2026-02-02 \| \d+ \| After my review \|/);
    expect(markdown).toContain('### CSAT');
    expect(markdown).toContain('Latest 92.5% (+4.5 percentage points since 88%): an improvement.');
    expect(markdown).toContain('| 2026-02-01 | 6.5 min |');
    expect(markdown).toContain('- **Listening**: Practising with a buddy.');
  });

  it('says "at least" when the step leads to a lower bound', () => {
    const text = renderReportMarkdown(report({ profile: { ...EMPTY_PROFILE, targetTierId: 'senior' } }));
    expect(text).toContain('to Senior ($65,000+ (lower bound)): at least +$25,000 a year (+62.5%).');
  });

  it('writes friendly text for an empty profile', () => {
    const text = renderReportMarkdown(
      buildReport(guide, input({ ratings: {}, profile: EMPTY_PROFILE }), today),
    );
    expect(text).toContain('- Years of experience: not given');
    expect(text).toContain('No rating changes recorded yet.');
    expect(text).toContain('No check-ins saved.');
    expect(text).toContain('No values logged.');
    expect(text).toContain('No notes.');
  });

  it('renders the default guide, every skill in the ratings tables', () => {
    const real = loadDefaultGuide();
    const text = renderReportMarkdown(buildReport(real, input({ ratings: {} }), today));
    for (const skill of real.skills) expect(text).toContain(`| ${escapeMarkdownCell(skill.name)} |`);
    expect(text).toContain('$60,000+ (lower bound)');
  });

  it('thins a long progress table, keeping the first and last day', () => {
    const history: HistoryEntry[] = Array.from({ length: 200 }, (_, i) => ({
      skillId: 'listening',
      level: i % 4,
      previousLevel: null,
      at: Date.UTC(2025, 0, 1) + i * DAY,
    }));
    const text = renderReportMarkdown(report({ history }));
    const rows = text.match(/^\| \d{4}-\d{2}-\d{2} \| \d+ \|$/gm) ?? [];
    expect(rows.length).toBeLessThanOrEqual(MARKDOWN_PROGRESS_POINTS);
    expect(rows[0]).toContain('2025-01-01');
    expect(rows.at(-1)).toContain('2025-07-19');
    expect(text).toMatch(/Showing \d+ of 200 days/);
  });

  it('escapes hostile notes so they cannot break a table or inject HTML', () => {
    const text = renderReportMarkdown(
      report({
        notes: { listening: `${HOSTILE}\n# Not a heading\n- not a list\n    not code\n1. not a list` },
        checkIns: [{ id: 1, at: Date.UTC(2026, 1, 2), note: `${HOSTILE}\nline two`, ratings: {} }],
      }),
    );
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('\\| = @');
    expect(text).toContain('\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](javascript:x)');
    const checkInRow = text.split('\n').find((line) => line.startsWith('| 2026-02-02 |'))!;
    expect(borders(checkInRow)).toBe(4);
    expect(checkInRow).toContain('line two |');
    expect(text).toContain('  \\# Not a heading');
    expect(text).toContain('  \\- not a list');
    expect(text).toContain('  not code');
    expect(text).toContain('  1\\. not a list');
    expect(text).not.toMatch(/^#+ Not a heading/m);
  });

  it('escapes hostile guide text too', () => {
    const hostileGuide = buildGuide({
      role: { title: 'Agent <img src=x onerror=alert(1)>', summary: 'x', market: {} },
      skills: guide.skills.map((s, i) => (i === 0 ? { ...s, name: 'A | B' } : s)),
    });
    const text = renderReportMarkdown(buildReport(hostileGuide, input(), today));
    expect(text).not.toContain('<img');
    expect(text).toContain('| A \\| B | Working (2) |');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain text', 'plain text'],
    ['# title', '\\# title'],
    ['+ item', '\\+ item'],
    ['- item', '\\- item'],
    ['=====', '\\====='],
    ['3) item', '3\\) item'],
    ['> quote', '&gt; quote'],
    ['a & b', 'a & b'],
    ['&lt;', '&amp;lt;'],
    ['&#60;', '&amp;#60;'],
    ['back\\slash', 'back\\\\slash'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['   indented', 'indented'],
    ['a\r\nb', 'a\nb'],
    ['tab\there', 'tab here'],
    ['bell\u0007', 'bell'],
  ])('%j → %j', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });

  it('keeps any text inside its table cell and free of HTML (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const cell = escapeMarkdownCell(text);
        expect(cell).not.toMatch(/[\n\r<>]/);
        expect(borders(`| ${cell} |`)).toBe(2);
        for (const line of escapeMarkdown(text).split('\n')) {
          expect(line).not.toMatch(/^(\s|#|[-+*=>]|\d+[.)])/);
        }
      }),
    );
  });
});

describe('neutraliseCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['=HYPERLINK("http://x")\nsecond line', `'=HYPERLINK("http://x")\nsecond line`],
    ['+cmd', "'+cmd"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ["'quoted", "'quoted"],
    ['', ''],
  ])('%j → %j', (raw, safe) => {
    expect(neutraliseCsvCell(raw)).toBe(safe);
  });

  it('catches what papaparse’s own escapeFormulae lets through', () => {
    const papa = Papa.unparse([['=1+1\nx']], { escapeFormulae: true });
    expect(papa).toBe('"=1+1\nx"');
    expect(neutraliseCsvCell('=1+1\nx')).toBe("'=1+1\nx");
  });
});

describe('renderRatingsCsv', () => {
  const notes = {
    listening: '=HYPERLINK("http://x")',
    writing: '+cmd',
    ticketing: '-1+2',
    troubleshooting: '@SUM(A1)',
  };

  it('starts with a BOM and a header row, with CRLF line ends', () => {
    const csv = renderRatingsCsv(report());
    expect(csv.startsWith(`${UTF8_BOM}Category,Skill,Your level,`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(renderRatingsCsv(report(), { bom: false }).startsWith('Category,')).toBe(true);
  });

  it('has a row per skill with levels, labels, gap and status', () => {
    const rows = parseCsv(renderRatingsCsv(report()));
    expect(rows[0]).toEqual([...RATINGS_CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      ['Communication', 'Listening', '2', 'Working (2)', '2', 'Working (2)', '0', 'Met', ''],
      ['Communication', 'Writing', '1', 'Basic (1)', '2', 'Working (2)', '1', 'Close (1 level to go)', ''],
      ['Technical', 'Ticketing', '', 'Not rated', '3', 'Strong (3)', '3', 'Not rated', ''],
      ['Technical', 'Troubleshooting', '', 'Not rated', '1', 'Basic (1)', '1', 'Not rated', ''],
    ]);
  });

  it('neutralises notes that a spreadsheet would run as formulas', () => {
    const csv = renderRatingsCsv(report({ notes }), { bom: false });
    const rows = parseCsv(csv);
    expect(rows.slice(1).map((row) => row[8])).toEqual([
      `'=HYPERLINK("http://x")`,
      "'+cmd",
      "'-1+2",
      "'@SUM(A1)",
    ]);
    // No cell of the raw text starts with a formula character.
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = renderRatingsCsv(report({ notes: { listening: 'a, "b"\nc' } }), { bom: false });
    expect(csv).toContain(',"a, ""b""\nc"\r\n');
    expect(parseCsv(csv)[1]![8]).toBe('a, "b"\nc');
  });

  it('round-trips any note to its neutralised value (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (note, bom) => {
        const rows = parseCsv(renderRatingsCsv(report({ notes: { writing: note } }), { bom }));
        expect(rows).toHaveLength(guide.skills.length + 1);
        expect(rows[0]![0]).toBe('Category');
        expect(rows[2]![8]).toBe(neutraliseCsvCell(note));
        expect(rows[2]![1]).toBe('Writing');
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderHistoryCsv', () => {
  const history: HistoryEntry[] = [
    { skillId: 'listening', level: 1, previousLevel: null, at: Date.UTC(2026, 0, 2, 9, 30) },
    { skillId: 'listening', level: null, previousLevel: 1, at: Date.UTC(2026, 0, 3) },
    { skillId: '=cmd|x', level: 2, previousLevel: 0, at: Date.UTC(2026, 0, 4) },
  ];

  it('lists every change with its time in ISO 8601', () => {
    const rows = parseCsv(renderHistoryCsv(guide, history));
    expect(rows).toEqual([
      [...HISTORY_CSV_COLUMNS],
      ['2026-01-02T09:30:00.000Z', 'listening', 'Listening', '1', ''],
      ['2026-01-03T00:00:00.000Z', 'listening', 'Listening', '', '1'],
      ['2026-01-04T00:00:00.000Z', "'=cmd|x", '', '2', '0'],
    ]);
  });

  it('round-trips any skill id to its neutralised value (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (skillId) => {
        const rows = parseCsv(renderHistoryCsv(guide, [{ skillId, level: 1, previousLevel: null, at: 0 }]));
        expect(rows[1]).toEqual(['1970-01-01T00:00:00.000Z', neutraliseCsvCell(skillId), '', '1', '']);
      }),
    );
  });
});

describe('csvFileName', () => {
  it('names files by kind and day', () => {
    expect(csvFileName('ratings', '2026-03-15')).toBe('career-progress-ratings-2026-03-15.csv');
    expect(csvFileName('history', today)).toBe('career-progress-history-2026-03-15.csv');
  });
});
