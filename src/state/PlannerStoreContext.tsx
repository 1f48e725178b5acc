import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlannerState, PlannerStore } from './plannerStore';

const PlannerStoreContext = createContext<PlannerStore | null>(null);

export function PlannerStoreProvider({ store, children }: { store: PlannerStore; children: ReactNode }) {
  return <PlannerStoreContext.Provider value={store}>{children}</PlannerStoreContext.Provider>;
}

export function usePlannerStore(): PlannerStore {
  const store = useContext(PlannerStoreContext);
  if (!store) throw new Error('usePlanner must be used inside a PlannerStoreProvider');
  return store;
}

/** Reads a slice of the planner state; the component re-renders only when the slice changes. */
export function usePlanner<T>(selector: (state: PlannerState) => T): T {
  return useStore(usePlannerStore(), selector);
}
