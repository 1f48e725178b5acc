import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Guide } from '../domain/guide';
import type { Goals } from '../domain/goals';
import { EMPTY_PROFILE, type PlannerSnapshot, type Profile } from '../domain/profile';
import { classifyStorageError, type StorageProblem } from '../storage/errors';
import { StorageUnavailableError, type PlannerStorage } from '../storage/plannerStorage';

export type StorageStatus =
  { state: 'loading' } | { state: 'saved' } | { state: 'memory-only'; problem: StorageProblem };

export interface PlannerState extends PlannerSnapshot {
  guide: Guide;
  /** False until the stored data has been read (or found unreachable). */
  loaded: boolean;
  storage: StorageStatus;
  setRating(skillId: string, level: number | null): void;
  setNote(skillId: string, note: string): void;
  updateProfile(patch: Partial<Profile>): void;
  updateGoals(patch: Partial<Goals>): void;
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
  return createStore<PlannerState>()((set, get) => {
    const persist = (write: (s: PlannerStorage) => Promise<void>) => {
      if (!backend) return;
      write(backend).catch((error: unknown) => {
        get().storageFailed(toProblem(error));
      });
    };

    return {
      guide,
      profile: { ...EMPTY_PROFILE },
      ratings: {},
      notes: {},
      loaded: false,
      storage: { state: 'loading' },

      setRating(skillId, level) {
        const previous = get().ratings[skillId] ?? null;
        if (previous === level) return;
        const ratings = { ...get().ratings };
        if (level === null) delete ratings[skillId];
        else ratings[skillId] = level;
        set({ ratings });
        const at = now();
        persist((s) => s.saveRating(guide.id, { skillId, level, previousLevel: previous, at }));
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

      async connect(storage) {
        try {
          const snapshot = await storage.load(guide.id);
          backend = storage;
          set({ ...snapshot, loaded: true, storage: { state: 'saved' } });
        } catch (error) {
          get().storageFailed(toProblem(error));
          return;
        }
        storage.onProblem((problem) => get().storageFailed(problem));
        storage.onExternalChange(() => {
          if (backend !== storage) return;
          storage.load(guide.id).then(
            (snapshot) => set(snapshot),
            (error: unknown) => get().storageFailed(toProblem(error)),
          );
        });
      },

      storageFailed(problem) {
        // Stop writing: a half-working database must not overwrite good data later.
        backend = null;
        set({ loaded: true, storage: { state: 'memory-only', problem } });
      },
    };
  });
}

function toProblem(error: unknown): StorageProblem {
  if (error instanceof StorageUnavailableError) return error.problem;
  return classifyStorageError(error);
}
