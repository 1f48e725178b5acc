import { act, screen, within } from '@testing-library/react';
import { PlannerDatabase } from '../../src/storage/db';
import type { StorageProblemKind } from '../../src/storage/errors';
import {
  openPlannerStorage,
  StorageUnavailableError,
  type PlannerStorage,
} from '../../src/storage/plannerStorage';
import { loadStored, renderApp, storedHistory, uniqueDbName } from './test-utils';

const TITLES: Record<StorageProblemKind, string> = {
  unavailable: 'Your ratings can’t be saved in this browser.',
  blocked: 'Another tab is holding up saving.',
  full: 'Your device’s storage is full: the last change wasn’t saved.',
  'upgraded-elsewhere': 'Career Path Planner was updated in another tab.',
  failed: 'Saving stopped working.',
};

type User = ReturnType<typeof renderApp>['user'];

async function banner(kind: StorageProblemKind): Promise<HTMLElement> {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(TITLES[kind]);
  return alert;
}

/** Rates a skill with the select in its table row, switching to the table first if needed. */
async function rateInTable(user: User, skillName: string, option: string) {
  if (screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed') !== 'true') {
    await user.click(screen.getByRole('button', { name: 'Table' }));
  }
  await user.selectOptions(
    await screen.findByRole('combobox', { name: `Your level in ${skillName}` }),
    option,
  );
}

function rowStatus(skillName: string): string {
  const row = screen.getByRole('row', { name: new RegExp(`^${skillName}`) });
  return within(row).getAllByRole('cell').at(-1)?.textContent?.trim() ?? '';
}

/** Opens a raw IndexedDB connection, as another tab running some version of the app would. */
function openRaw(name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * A real storage whose rating writes can be made to fail as a full disk does. Every
 * write is counted, so a test can tell a write that failed from one never attempted.
 */
function fillableStorage(storage: PlannerStorage) {
  const state = { full: false };
  const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const wrapped: PlannerStorage = {
    ...storage,
    saveRating: vi.fn((guideId, change) =>
      state.full ? Promise.reject(quotaExceeded()) : storage.saveRating(guideId, change),
    ),
    saveNote: vi.fn((...args: Parameters<PlannerStorage['saveNote']>) => storage.saveNote(...args)),
    saveProfile: vi.fn((...args: Parameters<PlannerStorage['saveProfile']>) => storage.saveProfile(...args)),
  };
  return { storage: wrapped, state };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage cannot be opened', () => {
  it('says ratings cannot be saved, and the app still works in memory', async () => {
    const { user, store } = renderApp({
      openStorage: () =>
        Promise.reject(new StorageUnavailableError({ kind: 'unavailable', detail: 'Private browsing.' })),
    });
    const alert = await banner('unavailable');
    expect(alert).toHaveTextContent('what you enter is kept only until you close this tab');
    expect(store.getState().storage).toEqual({
      state: 'memory-only',
      problem: { kind: 'unavailable', detail: 'Private browsing.' },
    });

    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await rateInTable(user, 'Active Listening', 'Working (2)');
    expect(rowStatus('Active Listening')).toBe('◐ Close');
    await rateInTable(user, 'Active Listening', 'Expert (4)');
    expect(rowStatus('Active Listening')).toBe('✓ Met');
  });

  it('says so when the browser has no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    renderApp({ openStorage: () => openPlannerStorage() });
    await banner('unavailable');
    expect(await screen.findByRole('button', { name: 'Skip for now' })).toBeInTheDocument();
  });

  it('shows the blocked message when opening is blocked', async () => {
    renderApp({
      openStorage: () =>
        Promise.reject(new StorageUnavailableError({ kind: 'blocked', detail: 'Held by another tab.' })),
    });
    const alert = await banner('blocked');
    expect(alert).toHaveTextContent('Close that tab, then reload this one.');
  });

  it('does not wait forever when another tab holds an older version open', async () => {
    const dbName = uniqueDbName();
    // An old tab: version 0.1 in Dexie's terms, and it never lets go when asked to.
    const oldTab = await openRaw(dbName, 1);
    oldTab.onversionchange = () => {};
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { user } = renderApp({ dbName });
      await banner('blocked');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('blocked by other connection'));
      await user.click(screen.getByRole('button', { name: 'Skip for now' }));
      await rateInTable(user, 'Active Listening', 'Working (2)');
      expect(rowStatus('Active Listening')).toBe('◐ Close');
    } finally {
      oldTab.close();
    }
  });

  it('classifies an unexpected error from opening as "saving stopped working"', async () => {
    renderApp({ openStorage: () => Promise.reject(new TypeError('Something odd')) });
    await banner('failed');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rate your skills' })).toBeInTheDocument();
  });
});

describe('storage fails while the app runs', () => {
  it('storage full: says so, keeps the rating on screen, and leaves what was stored intact', async () => {
    const dbName = uniqueDbName();
    let fill: ReturnType<typeof fillableStorage> | undefined;
    const { user, store } = renderApp({
      dbName,
      openStorage: async (name) => {
        fill = fillableStorage(await openPlannerStorage(name));
        return fill.storage;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await rateInTable(user, 'Active Listening', 'Working (2)');
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).ratings).toEqual({ 'active-listening': 2 });
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    fill!.state.full = true;
    await rateInTable(user, 'Active Listening', 'Expert (4)');

    const alert = await banner('full');
    expect(alert).toHaveTextContent('Everything saved before is safe.');
    expect(screen.getByRole('combobox', { name: 'Your level in Active Listening' })).toHaveDisplayValue(
      'Expert (4)',
    );
    expect(rowStatus('Active Listening')).toBe('✓ Met');
    expect(store.getState().ratings).toEqual({ 'active-listening': 4 });

    const stored = await loadStored(dbName);
    expect(stored.ratings).toEqual({ 'active-listening': 2 });
    const history = await storedHistory(dbName, 'active-listening');
    expect(history.map((h) => [h.previousLevel, h.level])).toEqual([[null, 2]]);
  });

  it('after a failed write, no further write is attempted', async () => {
    const dbName = uniqueDbName();
    let fill: ReturnType<typeof fillableStorage> | undefined;
    const { user } = renderApp({
      dbName,
      openStorage: async (name) => {
        fill = fillableStorage(await openPlannerStorage(name));
        return fill.storage;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
    const { storage, state } = fill!;
    expect(storage.saveProfile).toHaveBeenCalledTimes(1);

    state.full = true;
    await rateInTable(user, 'Active Listening', 'Working (2)');
    await banner('full');
    expect(storage.saveRating).toHaveBeenCalledTimes(1);

    // Space freed meanwhile: the app must still not write until reloaded.
    state.full = false;
    await rateInTable(user, 'Customer Empathy', 'Proficient (3)');
    await user.click(screen.getByRole('button', { name: 'Customer Empathy' }));
    await user.type(await screen.findByRole('textbox', { name: 'Notes and evidence' }), 'Calm');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Plan for' }),
      'Senior Customer Care Representative',
    );

    expect(rowStatus('Customer Empathy')).toBe('◐ Close');
    expect(storage.saveRating).toHaveBeenCalledTimes(1);
    expect(storage.saveNote).not.toHaveBeenCalled();
    expect(storage.saveProfile).toHaveBeenCalledTimes(1);
    const stored = await loadStored(dbName);
    expect(stored.ratings).toEqual({});
    expect(stored.notes).toEqual({});
    expect(stored.profile.targetTierId).toBeNull();
  });

  it('another tab upgrading the database: says so and stops writing', async () => {
    const dbName = uniqueDbName();
    const { user, opened } = renderApp({ dbName });
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await rateInTable(user, 'Active Listening', 'Working (2)');
    await vi.waitFor(async () => {
      expect(await storedHistory(dbName, 'active-listening')).toHaveLength(1);
    });
    const saveRating = vi.spyOn(opened[0]!, 'saveRating');

    // A newer version of the app opens the database at a higher version in another tab
    // (Dexie numbers version n as n × 10 in the browser).
    const newTab = await act(() => openRaw(dbName, (new PlannerDatabase(dbName).verno + 1) * 10));
    try {
      const alert = await banner('upgraded-elsewhere');
      expect(alert).toHaveTextContent('Reload this tab to keep saving.');

      await rateInTable(user, 'Active Listening', 'Expert (4)');
      expect(rowStatus('Active Listening')).toBe('✓ Met');
      expect(saveRating).not.toHaveBeenCalled();
    } finally {
      newTab.close();
    }
    expect((await loadStored(dbName)).ratings).toEqual({ 'active-listening': 2 });
  });

  it('a problem reported by storage after opening shows its message', async () => {
    let report: ((problem: { kind: StorageProblemKind; detail: string }) => void) | undefined;
    renderApp({
      openStorage: async (name) => {
        const storage = await openPlannerStorage(name);
        return {
          ...storage,
          onProblem(listener) {
            report = listener;
            return storage.onProblem(listener);
          },
        };
      },
    });
    await screen.findByRole('button', { name: 'Skip for now' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(report).toBeTypeOf('function');

    act(() => report!({ kind: 'failed', detail: 'Transaction aborted.' }));
    const alert = await banner('failed');
    expect(alert).toHaveTextContent('reload to try again');
  });
});

describe('reloading', () => {
  it('shows what was rated before', async () => {
    const dbName = uniqueDbName();
    const first = renderApp({ dbName });
    await first.user.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await rateInTable(first.user, 'Active Listening', 'Working (2)');
    await first.user.click(screen.getByRole('button', { name: 'Active Listening' }));
    await first.user.type(await screen.findByRole('textbox', { name: 'Notes and evidence' }), 'Weekly QA');
    await vi.waitFor(async () => {
      const stored = await loadStored(dbName);
      expect(stored.ratings).toEqual({ 'active-listening': 2 });
      expect(stored.notes).toEqual({ 'active-listening': 'Weekly QA' });
    });
    first.unmount();

    const second = renderApp({ dbName });
    await screen.findByRole('heading', { level: 1, name: 'Rate your skills' });
    expect(second.store.getState().ratings).toEqual({ 'active-listening': 2 });
    expect(screen.queryByRole('form', { name: 'Welcome! Where are you now?' })).not.toBeInTheDocument();
    await rateInTable(second.user, 'Customer Empathy', 'Working (2)');
    expect(screen.getByRole('combobox', { name: 'Your level in Active Listening' })).toHaveDisplayValue(
      'Working (2)',
    );
    await second.user.click(screen.getByRole('button', { name: 'Active Listening' }));
    expect(await screen.findByRole('textbox', { name: 'Notes and evidence' })).toHaveValue('Weekly QA');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
