/**
 * Text for jsPDF's standard fonts (Helvetica), which encode WinAnsi (Windows-1252) only.
 * A single character outside it makes jsPDF switch the whole string to a two-byte encoding
 * the standard fonts cannot show, so "A → B" would print as spaced-out garbage. Everything
 * WinAnsi has (Latin-1, en and em dashes, curly quotes, bullet, ellipsis, euro…) is kept as
 * it is; the symbols the app uses get readable ASCII stand-ins; accented letters outside
 * Latin-1 lose their accent; emoji are dropped; anything else becomes "?".
 */

/** WinAnsi's characters in 0x80–0x9F, beyond Latin-1. */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const WIN_ANSI_EXTRA_SET = new Set(WIN_ANSI_EXTRA);

/** True when the standard PDF fonts can show `ch` (one code point) as it is. */
export function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x0a) return true; // line breaks are handled by the layout
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA_SET.has(ch);
}

const REPLACEMENTS: Readonly<Record<string, string>> = {
  // Arrows
  '→': '->',
  '⟶': '->',
  '➔': '->',
  '➜': '->',
  '←': '<-',
  '⟵': '<-',
  '↔': '<->',
  '⇒': '=>',
  '⇐': '<=',
  '⇔': '<=>',
  '↑': 'up',
  '↓': 'down',
  // The app's status symbols (shape beside the word, so the word carries the meaning)
  '✓': 'OK',
  '✔': 'OK',
  '☑': 'OK',
  '✅': 'OK',
  '✕': 'x',
  '✗': 'x',
  '✘': 'x',
  '✖': 'x',
  '❌': 'x',
  '◐': '~',
  '◑': '~',
  '○': 'o',
  '◯': 'o',
  '●': '•',
  '■': '•',
  '□': 'o',
  '★': '*',
  '☆': '*',
  '⚠': '!',
  // Maths
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '∞': 'infinity',
  // Punctuation WinAnsi lacks
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '‛': "'",
  '‟': '"',
  '⁄': '/',
  // Letters whose accent is not a combining mark
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  ı: 'i',
  // Spaces
  '\t': ' ',
  '\r': '',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u205f': ' ',
  '\u3000': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
};

/** Invisible characters that carry nothing in print: zero-width spaces and joiners, BOM, variation selectors. */
function isInvisible(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}
/** Emoji and their parts: skin tones, flag letters, tag characters. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{e0020}-\u{e007f}]/u;
const COMBINING_MARK = /\p{M}/gu;

function replaceChar(ch: string): string {
  if (isWinAnsi(ch)) return ch;
  const mapped = REPLACEMENTS[ch];
  if (mapped !== undefined) return mapped;
  if (isInvisible(ch) || PICTOGRAPH.test(ch)) return '';
  // "ő" → "o", "ﬁ" → "fi", full-width "Ａ" → "A": compatibility decomposition without the marks.
  const decomposed = ch.normalize('NFKD').replace(COMBINING_MARK, '');
  if (decomposed.length > 0 && [...decomposed].every(isWinAnsi)) return decomposed;
  // Other control characters vanish; any other character is shown as unknown.
  if (/\p{Cc}/u.test(ch)) return '';
  return '?';
}

/** `text` with every character the standard PDF fonts can show; see the module comment. */
export function pdfSafe(text: string): string {
  // Fast path: most of a report is plain text already.
  let safe = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x20 && c <= 0x7e) || c === 0x0a)) {
      safe = false;
      break;
    }
  }
  if (safe) return text;
  let out = '';
  for (const ch of text.normalize('NFC')) out += replaceChar(ch);
  return out;
}
