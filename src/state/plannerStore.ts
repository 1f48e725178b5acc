import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Guide } from '../domain/guide';
import type { Goals } from '../domain/goals';
import type { CheckIn, HistoryEntry, MetricEntry } from '../domain/history';
import { EMPTY_PROFILE, type PlannerSnapshot, type Profile } from '../domain/profile';
import type { Backup, ImportMode } from '../storage/backupFormat';
import { classifyStorageError, type StorageProblem } from '../storage/errors';
import { MAX_CHECK_IN_NOTE_LENGTH, MAX_METRIC_VALUE } from '../storage/records';
import { StorageUnavailableError, type PlannerStorage } from '../storage/plannerStorage';

export type StorageStatus =
  { state: 'loading' } | { state: 'saved' } | { state: 'memory-only'; problem: StorageProblem };

export interface PlannerState extends PlannerSnapshot {
  guide: Guide;
  /** False until the stored data has been read (or found unreachable). */
  loaded: boolean;
  /** False while the history log is still being read, after everything else is shown. */
  historyLoaded: boolean;
  storage: StorageStatus;
  setRating(skillId: string, level: number | null): void;
  setNote(skillId: string, note: string): void;
  updateProfile(patch: Partial<Profile>): void;
  updateGoals(patch: Partial<Goals>): void;
  /** Saves a dated snapshot of the current ratings with a note. */
  addCheckIn(note: string): Promise<void>;
  deleteCheckIn(id: number): void;
  addMetricEntry(metricId: string, value: number, at: number): Promise<void>;
  deleteMetricEntry(id: number): void;
  /** Everything for this guide as a backup: read from storage, or from memory when there is none. */
  currentBackup(): Promise<Backup>;
  /** Imports a backup read by parseBackup for this guide, then shows the result. */
  importBackup(backup: Backup, mode: ImportMode): Promise<void>;
  /** Reads what is stored, then keeps it in step with writes from other tabs. */
  connect(storage: PlannerStorage): Promise<void>;
  /** Storage could not be opened, or stopped working: carry on in memory only. */
  storageFailed(problem: StorageProblem): void;
}

export type PlannerStore = StoreApi<PlannerState>;

interface Options {
  guide: Guide;
  now?: () => number;
}

/**
 * The in-memory copy of what is stored, and the only way to change it. Every action
 * updates memory first — so the screen follows within a frame — then persists. If a
 * write fails, the app carries on in memory and says so; what was stored stays as it was.
 */
export function createPlannerStore({ guide, now = Date.now }: Options): PlannerStore {
  let backend: PlannerStorage | null = null;
  // Check-ins and metric entries kept only in memory are numbered -1, -2…: never a stored id.
  let lastMemoryId = 0;
  const memoryId = () => --lastMemoryId;
  return createStore<PlannerState>()((set, get) => {
    const persist = (write: (s: PlannerStorage) => Promise<void>) => {
      if (!backend) return;
      write(backend).catch((error: unknown) => {
        get().storageFailed(toProblem(error));
      });
    };
    /**
     * Entries that get their id from storage are written first and shown once stored (a
     * single small transaction, well within a frame); without storage, or if the write
     * fails, they are kept in memory under a negative id.
     */
    const store = async <T extends { id: number }>(
      draft: Omit<T, 'id'>,
      write: (s: PlannerStorage) => Promise<T>,
      show: (entry: T) => void,
    ) => {
      if (backend) {
        try {
          return show(await write(backend));
        } catch (error) {
          get().storageFailed(toProblem(error));
        }
      }
      show({ ...draft, id: memoryId() } as T);
    };
    const withEntry = <T extends { id: number; at: number }>(list: readonly T[], entry: T): T[] =>
      // An entry already read back by a reload (another tab's change) is not shown twice.
      list.some((e) => e.id === entry.id) ? [...list] : [...list, entry].sort((a, b) => a.at - b.at);

    return {
      guide,
      profile: { ...EMPTY_PROFILE },
      ratings: {},
      notes: {},
      history: [],
      checkIns: [],
      metricEntries: [],
      loaded: false,
      historyLoaded: false,
      storage: { state: 'loading' },

      setRating(skillId, level) {
        const previous = get().ratings[skillId] ?? null;
        if (previous === level) return;
        const ratings = { ...get().ratings };
        if (level === null) delete ratings[skillId];
        else ratings[skillId] = level;
        const change = { skillId, level, previousLevel: previous, at: now() };
        set({ ratings, history: [...get().history, change] });
        persist((s) => s.saveRating(guide.id, change));
      },

      setNote(skillId, note) {
        const notes = { ...get().notes };
        if (note === '') delete notes[skillId];
        else notes[skillId] = note;
        set({ notes });
        persist((s) => s.saveNote(guide.id, skillId, note, now()));
      },

      updateProfile(patch) {
        const profile = { ...get().profile, ...patch };
        set({ profile });
        persist((s) => s.saveProfile(guide.id, profile, now()));
      },

      updateGoals(patch) {
        get().updateProfile({ goals: { ...get().profile.goals, ...patch } });
      },

      addCheckIn(note) {
        const draft = {
          at: now(),
          note: note.slice(0, MAX_CHECK_IN_NOTE_LENGTH),
          ratings: { ...get().ratings } as Record<string, number>,
        };
        return store<CheckIn>(
          draft,
          (s) => s.addCheckIn(guide.id, draft),
          (entry) => set({ checkIns: withEntry(get().checkIns, entry) }),
        );
      },

      deleteCheckIn(id) {
        set({ checkIns: get().checkIns.filter((c) => c.id !== id) });
        if (id > 0) persist((s) => s.deleteCheckIn(id));
      },

      addMetricEntry(metricId, value, at) {
        if (
          !guide.portfolioMetrics.some((m) => m.id === metricId) ||
          !(Math.abs(value) <= MAX_METRIC_VALUE)
        ) {
          return Promise.reject(
            new RangeError(`Not a value of a metric of this guide: ${metricId} = ${value}`),
          );
        }
        const draft = { metricId, value, at };
        return store<MetricEntry>(
          draft,
          (s) => s.addMetricEntry(guide.id, draft),
          (entry) => set({ metricEntries: withEntry(get().metricEntries, entry) }),
        );
      },

      deleteMetricEntry(id) {
        set({ metricEntries: get().metricEntries.filter((m) => m.id !== id) });
        if (id > 0) persist((s) => s.deleteMetricEntry(id));
      },

      async currentBackup() {
        const at = new Date(now());
        if (backend) return backend.exportBackup(guide.id, at);
        // Loaded on first use: backup code is not needed for the first view.
        const { snapshotToBackup } = await import('../storage/backupFormat');
        return snapshotToBackup(guide.id, get(), at);
      },

      async importBackup(backup, mode) {
        if (backup.guideId !== guide.id) {
          throw new Error(`A backup for ${backup.guideId} cannot go into ${guide.id}.`);
        }
        if (backend) {
          try {
            await backend.applyImport(backup, mode);
            set({ ...(await backend.load(guide.id)), historyLoaded: true });
            return;
          } catch (error) {
            // The import is one transaction: it was stored whole or not at all. Either way the
            // result is worked out in memory below, and the app carries on there, as every action does.
            get().storageFailed(toProblem(error));
          }
        }
        const { applyPlan, backupToSnapshot, planImport, snapshotToBackup } =
          await import('../storage/backupFormat');
        const current = snapshotToBackup(guide.id, get(), new Date(now()));
        set(backupToSnapshot(applyPlan(current, planImport(current, backup, mode)), memoryId));
      },

      async connect(storage) {
        try {
          // Everything but the history first, so the first view does not wait for a long log.
          const snapshot = await storage.load(guide.id, { history: false });
          backend = storage;
          set({ ...snapshot, history: get().history, loaded: true, storage: { state: 'saved' } });
        } catch (error) {
          get().storageFailed(toProblem(error));
          return;
        }
        storage.onProblem((problem) => get().storageFailed(problem));
        storage.onExternalChange(() => {
          if (backend !== storage) return;
          storage.load(guide.id).then(
            (snapshot) => set({ ...snapshot, historyLoaded: true }),
            (error: unknown) => get().storageFailed(toProblem(error)),
          );
        });
        try {
          const history = await storage.loadHistory(guide.id);
          set({ history: withUnsavedHistory(history, get().history), historyLoaded: true });
        } catch (error) {
          get().storageFailed(toProblem(error));
        }
      },

      storageFailed(problem) {
        // Stop writing: a half-working database must not overwrite good data later.
        backend = null;
        // In memory the log is whatever was already read plus what happens from now on.
        set({ loaded: true, historyLoaded: true, storage: { state: 'memory-only', problem } });
      },
    };
  });
}

/**
 * The stored log plus rating changes made while it was being read: those are in memory and
 * may not be in what was read yet. The same change is never listed twice.
 */
function withUnsavedHistory(
  stored: readonly HistoryEntry[],
  inMemory: readonly HistoryEntry[],
): HistoryEntry[] {
  const key = (e: HistoryEntry) => `${e.at}|${e.skillId}|${e.level}`;
  const known = new Set(stored.map(key));
  const unsaved = inMemory.filter((e) => !known.has(key(e)));
  return unsaved.length === 0 ? [...stored] : [...stored, ...unsaved].sort((a, b) => a.at - b.at);
}

function toProblem(error: unknown): StorageProblem {
  if (error instanceof StorageUnavailableError) return error.problem;
  return classifyStorageError(error);
}
