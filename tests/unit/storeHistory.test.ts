import { loadDefaultGuide } from '../../src/app/defaultGuide';
import { EMPTY_PROFILE } from '../../src/domain/profile';
import type { HistoryEntry } from '../../src/domain/history';
import { createPlannerStore } from '../../src/state/plannerStore';
import type { PlannerStorage } from '../../src/storage/plannerStorage';

const guide = loadDefaultGuide();

/** A storage whose history log arrives only when the test says so. */
function slowHistoryStorage(stored: HistoryEntry[]) {
  let release: (history: HistoryEntry[]) => void = () => {};
  const history = new Promise<HistoryEntry[]>((resolve) => (release = resolve));
  const storage = {
    load: vi.fn(async (_guideId: string, options?: { history?: boolean }) => ({
      profile: { ...EMPTY_PROFILE, onboarded: true },
      ratings: { 'active-listening': 2 },
      notes: {},
      history: options?.history === false ? [] : stored,
      checkIns: [],
      metricEntries: [],
    })),
    loadHistory: vi.fn(() => history),
    saveRating: vi.fn(async () => {}),
    onProblem: () => () => {},
    onExternalChange: () => () => {},
  } as unknown as PlannerStorage;
  return { storage, release: () => release(stored) };
}

describe('reading the history log after the first view', () => {
  it('shows the stored data before the log is read, then the log', async () => {
    const stored: HistoryEntry[] = [
      { skillId: 'active-listening', level: 2, previousLevel: null, at: 1_000 },
    ];
    const { storage, release } = slowHistoryStorage(stored);
    const store = createPlannerStore({ guide, now: () => 5_000 });
    const connected = store.getState().connect(storage);

    await vi.waitFor(() => expect(store.getState().loaded).toBe(true));
    expect(store.getState().ratings).toEqual({ 'active-listening': 2 });
    expect(store.getState().historyLoaded).toBe(false);
    expect(storage.load).toHaveBeenCalledWith(guide.id, { history: false });

    release();
    await connected;
    expect(store.getState().historyLoaded).toBe(true);
    expect(store.getState().history).toEqual(stored);
  });

  it('keeps a rating made while the log was being read, without listing a change twice', async () => {
    const stored: HistoryEntry[] = [
      { skillId: 'active-listening', level: 2, previousLevel: null, at: 1_000 },
    ];
    const { storage, release } = slowHistoryStorage(stored);
    const store = createPlannerStore({ guide, now: () => 5_000 });
    const connected = store.getState().connect(storage);
    await vi.waitFor(() => expect(store.getState().loaded).toBe(true));

    store.getState().setRating('time-management', 3);
    release();
    await connected;

    expect(store.getState().history).toEqual([
      ...stored,
      { skillId: 'time-management', level: 3, previousLevel: null, at: 5_000 },
    ]);
  });
});
