/** What went wrong with storage, in the terms the user needs. */
export type StorageProblemKind = 'unavailable' | 'blocked' | 'full' | 'upgraded-elsewhere' | 'failed';

export interface StorageProblem {
  kind: StorageProblemKind;
  detail: string;
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner;
    const name = (error as { name?: unknown }).name;
    // Dexie wraps the browser's error (a full disk aborts the transaction) in its own.
    if ((name === 'OpenFailedError' || name === 'AbortError') && inner) return errorName(inner);
    if (typeof name === 'string') return name;
  }
  return 'Error';
}

export function classifyStorageError(error: unknown): StorageProblem {
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'MissingAPIError':
    case 'InvalidStateError':
    case 'SecurityError':
    case 'NotAllowedError':
      return { kind: 'unavailable', detail };
    case 'QuotaExceededError':
      return { kind: 'full', detail };
    case 'VersionError':
    case 'DatabaseClosedError':
      return { kind: 'upgraded-elsewhere', detail };
    default:
      return { kind: 'failed', detail };
  }
}
