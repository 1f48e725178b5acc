import Papa from 'papaparse';
import { toIsoDate } from './goals';
import type { Guide } from './guide/schema';
import type { HistoryEntry } from './history';
import { describeGapStatus } from './report';
import type { ReportModel } from './reportModel';

// The only module that imports papaparse: the CSV code stays in whatever chunk loads this file.

/** Byte order mark: tells Excel the file is UTF-8, so "Mid–Level" or "José" are not garbled. */
export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /**
   * Start the file with a UTF-8 byte order mark. On by default: Excel, the likeliest program to
   * open the file, reads a CSV without one in the system's legacy encoding. Other programs
   * (and Papa.parse) skip the mark.
   */
  readonly bom?: boolean;
}

export const RATINGS_CSV_COLUMNS = [
  'Category',
  'Skill',
  'Your level',
  'Your level label',
  'Required level',
  'Required label',
  'Gap',
  'Status',
  'Note',
] as const;

export const HISTORY_CSV_COLUMNS = ['Date/time', 'Skill id', 'Skill', 'New level', 'Previous level'] as const;

/**
 * Cells a spreadsheet could run as a formula: starting with = + - @, with a tab, carriage return
 * or line feed, with their full-width forms (some locales of Excel treat ＝ as =), or with any of
 * those after leading spaces.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * A cell a spreadsheet will show as text, never evaluate: one that could start a formula gets a
 * leading apostrophe, the usual CSV-injection defence (OWASP), which Excel and LibreOffice hide.
 * papaparse's own `escapeFormulae` is not used: its test (`/^[=+\-@\t\r].*$/`) lets a value
 * through when a line break follows the formula ("=HYPERLINK(…)\n…").
 */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

type Cell = string | number | null;

function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: CsvOptions): string {
  const cell = (value: Cell) =>
    typeof value === 'number' ? (Number.isFinite(value) ? value : '') : neutraliseCsvCell(value ?? '');
  const csv = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map(cell)) },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${options.bom === false ? '' : UTF8_BOM}${csv}\r\n`;
}

/** Every skill with its rating, requirement for the target tier, gap, status and note. */
export function renderRatingsCsv(report: ReportModel, options: CsvOptions = {}): string {
  return toCsv(
    RATINGS_CSV_COLUMNS,
    report.ratings.map((r) => [
      r.category,
      r.skill,
      r.rating,
      r.ratingLabel,
      r.required,
      r.requiredLabel,
      r.gap,
      describeGapStatus(r.status, r.gap),
      r.note,
    ]),
    options,
  );
}

/**
 * The history log, one row per change in the order given: the time (ISO 8601, UTC), the skill's
 * id and name (empty when the guide no longer has it), the new level and the previous one (empty
 * when cleared or not rated before).
 */
export function renderHistoryCsv(
  guide: Guide,
  history: readonly HistoryEntry[],
  options: CsvOptions = {},
): string {
  const names = new Map(guide.skills.map((s) => [s.id, s.name]));
  return toCsv(
    HISTORY_CSV_COLUMNS,
    history.map((e) => [
      Number.isFinite(e.at) ? new Date(e.at).toISOString() : '',
      e.skillId,
      names.get(e.skillId) ?? '',
      e.level,
      e.previousLevel,
    ]),
    options,
  );
}

/** `career-progress-ratings-2026-01-31.csv`; `date` as YYYY-MM-DD or a Date (its UTC day). */
export function csvFileName(kind: 'ratings' | 'history', date: string | Date): string {
  return `career-progress-${kind}-${typeof date === 'string' ? date : toIsoDate(date)}.csv`;
}
