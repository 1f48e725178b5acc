import type { jsPDF } from 'jspdf';
import { pdfSafe } from './pdfSafe';
import { COLORS, CONTENT_WIDTH, FONT, lineHeight, PAGE, type Rgb } from './theme';

export type FontStyle = 'normal' | 'bold' | 'italic' | 'bolditalic';

export interface TextStyle {
  size?: number;
  style?: FontStyle;
  color?: Rgb;
  /** From the left margin, in mm. */
  indent?: number;
  /** Wrapping width; the rest of the line from `indent` by default. */
  width?: number;
  /** Space after the block, in mm. */
  gapAfter?: number;
}

/**
 * A top-to-bottom text flow over A4 pages: it knows where the next block goes and starts a
 * new page when a block would cross the bottom margin. Headings are kept with the start of
 * what follows them (callers say how much), and paragraphs never leave a single line behind.
 * All text goes through `pdfSafe`, so callers pass the model's strings as they are.
 */
export class Flow {
  y: number = PAGE.top;

  constructor(readonly doc: jsPDF) {}

  get left(): number {
    return PAGE.marginX;
  }

  get width(): number {
    return CONTENT_WIDTH;
  }

  get atTop(): boolean {
    return this.y <= PAGE.top + 0.01;
  }

  /** Room left on this page, in mm. */
  get room(): number {
    return PAGE.bottom - this.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` mm still fit on this one. */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  gap(mm: number): void {
    if (!this.atTop) this.y = Math.min(this.y + mm, PAGE.bottom);
  }

  font(size: number = FONT.body, style: FontStyle = 'normal', color: Rgb = COLORS.text): void {
    this.doc.setFont('helvetica', style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(color[0], color[1], color[2]);
  }

  /** `text` split into lines that fit `width` at the current font. */
  split(text: string, width: number): string[] {
    return this.doc.splitTextToSize(pdfSafe(text), width) as string[];
  }

  /**
   * A heading kept with at least `keepWith` mm of what follows: if both do not fit on this
   * page, the heading moves to the next one.
   */
  heading(text: string, level: 1 | 2 | 3, keepWith: number): void {
    const size = level === 1 ? FONT.h1 : level === 2 ? FONT.h2 : FONT.body;
    const before = level === 1 ? 7 : level === 2 ? 4.5 : 3;
    const after = level === 1 ? 3 : 1.5;
    this.font(size, 'bold', level === 1 ? COLORS.accent : COLORS.text);
    const lines = this.split(text, this.width);
    const lh = lineHeight(size, 1.2);
    const height = lines.length * lh + after;
    if (this.atTop || this.y + before + height + keepWith > PAGE.bottom) {
      if (!this.atTop) this.newPage();
      this.font(size, 'bold', level === 1 ? COLORS.accent : COLORS.text);
    } else {
      this.y += before;
    }
    for (const line of lines) {
      this.doc.text(line, this.left, this.y, { baseline: 'top' });
      this.y += lh;
    }
    if (level === 1) {
      this.doc.setDrawColor(...COLORS.border);
      this.doc.setLineWidth(0.3);
      this.doc.line(this.left, this.y + 0.3, this.left + this.width, this.y + 0.3);
    }
    this.y += after;
  }

  /** Wrapped text; at least two lines (or all of a shorter block) stay together. */
  paragraph(text: string, s: TextStyle = {}): void {
    const size = s.size ?? FONT.body;
    const indent = s.indent ?? 0;
    const width = s.width ?? this.width - indent;
    this.font(size, s.style, s.color);
    const lines = this.split(text, width);
    this.lines(lines, this.left + indent, size, s);
    this.y += s.gapAfter ?? 1.5;
  }

  /** A bulleted list; each item wraps under its own text, not under the bullet. */
  bullets(items: readonly string[], s: TextStyle = {}): void {
    const size = s.size ?? FONT.body;
    const indent = s.indent ?? 0;
    const hang = 4;
    const width = (s.width ?? this.width - indent) - hang;
    items.forEach((item, i) => {
      this.font(size, s.style, s.color);
      const lines = this.split(item, width);
      this.ensure(Math.min(lines.length, 2) * lineHeight(size));
      this.font(size, s.style, s.color);
      this.doc.text('•', this.left + indent + 1, this.y, { baseline: 'top' });
      this.lines(lines, this.left + indent + hang, size, s);
      if (i < items.length - 1) this.y += 0.8;
    });
    this.y += s.gapAfter ?? 1.5;
  }

  /** "Label   value" rows, the labels in a column of `labelWidth` mm. */
  keyValues(rows: ReadonlyArray<readonly [string, string]>, labelWidth = 38): void {
    const lh = lineHeight(FONT.body);
    for (const [label, value] of rows) {
      this.font(FONT.body);
      const lines = this.split(value, this.width - labelWidth);
      this.ensure(lines.length * lh);
      this.font(FONT.body, 'bold', COLORS.muted);
      this.doc.text(pdfSafe(label), this.left, this.y, { baseline: 'top' });
      this.font(FONT.body);
      this.lines(lines, this.left + labelWidth, FONT.body, {});
      this.y += 0.8;
    }
  }

  private lines(lines: readonly string[], x: number, size: number, s: TextStyle): void {
    const lh = lineHeight(size);
    this.ensure(Math.min(lines.length, 2) * lh);
    lines.forEach((line, i) => {
      // Never leave the last line of a block alone at the top of the next page.
      const rest = lines.length - i;
      if (this.y + lh > PAGE.bottom || (rest === 2 && this.y + 2 * lh > PAGE.bottom && i > 0)) {
        this.newPage();
        this.font(size, s.style, s.color);
      }
      this.doc.text(line, x, this.y, { baseline: 'top' });
      this.y += lh;
    });
  }
}
