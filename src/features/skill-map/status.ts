import type { GapStatus } from '../../domain';

/** Status in words and a shape, so colour is never the only signal. */
export const STATUS_TEXT: Record<GapStatus, { label: string; symbol: string }> = {
  met: { label: 'Met', symbol: '✓' },
  close: { label: 'Close', symbol: '◐' },
  far: { label: 'Far', symbol: '✕' },
  'not-rated': { label: 'Not rated', symbol: '○' },
};
