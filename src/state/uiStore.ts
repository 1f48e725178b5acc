import { create } from 'zustand';

export type MapView = 'graph' | 'table';

interface UiState {
  view: MapView;
  selectedSkillId: string | null;
  search: string;
  categoryFilter: string | null;
  setView(view: MapView): void;
  selectSkill(skillId: string | null): void;
  setSearch(search: string): void;
  setCategoryFilter(categoryId: string | null): void;
}

// On a phone the table is easier to use than a zoomed-out graph, so it is the default there.
const prefersTable = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(max-width: 40rem)').matches === true;

/** What the interface is doing: not stored, gone on reload. */
export const useUiStore = create<UiState>()((set) => ({
  view: prefersTable() ? 'table' : 'graph',
  selectedSkillId: null,

  search: '',
  categoryFilter: null,
  setView: (view) => set({ view }),
  selectSkill: (selectedSkillId) => set({ selectedSkillId }),
  setSearch: (search) => set({ search }),
  setCategoryFilter: (categoryFilter) => set({ categoryFilter }),
}));
