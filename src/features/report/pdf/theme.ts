/**
 * Page geometry and colours of the PDF report. The colours are the app's light palette
 * (src/app/theme.css): a report is printed on white whatever the screen's colour scheme.
 */

export type Rgb = readonly [number, number, number];

/** A4 portrait, in millimetres. */
export const PAGE = {
  width: 210,
  height: 297,
  marginX: 16,
  /** Where content starts on every page. */
  top: 16,
  /** Where content must end on every page; the footer sits below it. */
  bottom: 280,
  footerY: 289,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const COLORS = {
  text: [0x17, 0x20, 0x2c],
  muted: [0x4a, 0x55, 0x66],
  border: [0xc9, 0xd1, 0xdc],
  grid: [0xe3, 0xe7, 0xed],
  surface2: [0xee, 0xf1, 0xf5],
  accent: [0x1d, 0x5f, 0xbf],
  accentTint: [0xd6, 0xe3, 0xf6],
  met: [0x16, 0x6b, 0x32],
  close: [0x7a, 0x4f, 0x00],
  far: [0xb3, 0x26, 0x1e],
  bound: [0x6b, 0x3f, 0xa0],
  boundTint: [0xec, 0xe4, 0xf5],
  white: [0xff, 0xff, 0xff],
} as const satisfies Record<string, Rgb>;

/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72;

export const FONT = {
  body: 9.5,
  small: 8,
  tiny: 7,
  h1: 14,
  h2: 11,
  title: 22,
} as const;

/** Baseline-to-baseline distance for a font size in points, in millimetres. */
export function lineHeight(sizePt: number, factor = 1.3): number {
  return sizePt * MM_PER_PT * factor;
}
