import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { loadDefaultGuide } from '../../src/app/defaultGuide';
import { createPlannerStore, type PlannerStore } from '../../src/state/plannerStore';
import { useUiStore } from '../../src/state/uiStore';
import { PlannerDatabase } from '../../src/storage/db';
import { openPlannerStorage, type PlannerStorage } from '../../src/storage/plannerStorage';

/**
 * React Flow measures its container and nodes. jsdom has no layout, so give it the two
 * browser APIs it calls: an observer that never reports, and a matrix that reads `scale(x)`.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

class ScaleOnlyDOMMatrix {
  readonly m22: number;
  readonly a: number;
  readonly d: number;
  constructor(transform?: string) {
    const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
    this.m22 = scale ? Number(scale[1]) : 1;
    this.a = this.m22;
    this.d = this.m22;
  }
}

if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = NoopResizeObserver as unknown as typeof ResizeObserver;
  globalThis.ResizeObserver = window.ResizeObserver;
}
if (typeof window.DOMMatrixReadOnly === 'undefined') {
  window.DOMMatrixReadOnly = ScaleOnlyDOMMatrix as unknown as typeof DOMMatrixReadOnly;
  globalThis.DOMMatrixReadOnly = window.DOMMatrixReadOnly;
}

/**
 * user-event's mouse events carry no `view` (a browser's always do), and d3-zoom, which
 * React Flow uses for panning, reads `event.view.document` on mousedown. Panning is not
 * under test: keep such events away from the graph so a click on a node is just a click.
 */
document.addEventListener(
  'mousedown',
  (event) => {
    if (event.view === null && event.target instanceof Element && event.target.closest('.react-flow')) {
      event.stopImmediatePropagation();
    }
  },
  true,
);

export const GUIDE_ID = 'customer-care-representative';

let counter = 0;

/** A database name no other test uses, so tests never see each other's data. */
export function uniqueDbName(): string {
  counter += 1;
  return `test-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface RenderAppOptions {
  /** Reuse a database (to test reloading); a fresh one by default. */
  dbName?: string;
  /** Replace how storage is opened (to simulate failures). Receives the database name. */
  openStorage?: (dbName: string) => Promise<PlannerStorage>;
  /** Start on a route, e.g. '#/role'. */
  hash?: string;
}

export interface RenderAppResult extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  store: PlannerStore;
  dbName: string;
  /** Every storage the app opened, in order (empty when opening failed). */
  opened: PlannerStorage[];
}

/** Renders the whole app with its own store and its own database, as a first visit would. */
export function renderApp(options: RenderAppOptions = {}): RenderAppResult {
  const dbName = options.dbName ?? uniqueDbName();
  const open = options.openStorage ?? ((name: string) => openPlannerStorage(name));
  const opened: PlannerStorage[] = [];
  useUiStore.setState({ view: 'graph', selectedSkillId: null, search: '', categoryFilter: null });
  window.location.hash = options.hash ?? '';
  const store = createPlannerStore({ guide: loadDefaultGuide() });
  const openStorage = async () => {
    const storage = await open(dbName);
    opened.push(storage);
    return storage;
  };
  const user = userEvent.setup();
  const result = render(<App store={store} openStorage={openStorage} />);
  return { ...result, user, store, dbName, opened };
}

/** What a fresh visit to the same database would load for the default guide. */
export async function loadStored(dbName: string) {
  const storage = await openPlannerStorage(dbName);
  try {
    return await storage.load(GUIDE_ID);
  } finally {
    storage.close();
  }
}

/** The rating history stored for one skill, oldest first. */
export async function storedHistory(dbName: string, skillId: string) {
  const db = new PlannerDatabase(dbName);
  try {
    return await db.history.where('skillId').equals(skillId).sortBy('id');
  } finally {
    db.close();
  }
}
