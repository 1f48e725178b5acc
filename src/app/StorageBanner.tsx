import type { StorageProblemKind } from '../storage/errors';
import { usePlanner } from '../state/PlannerStoreContext';

const MESSAGES: Record<StorageProblemKind, { title: string; body: string }> = {
  unavailable: {
    title: 'Your ratings can’t be saved in this browser.',
    body: 'Storage is turned off here (private browsing or a browser setting). Everything works, but what you enter is kept only until you close this tab.',
  },
  blocked: {
    title: 'Another tab is holding up saving.',
    body: 'Career Path Planner is open in another tab with an older version. Close that tab, then reload this one. Until then, changes here are kept only in this tab; what was saved before is safe.',
  },
  full: {
    title: 'Your device’s storage is full: the last change wasn’t saved.',
    body: 'Everything saved before is safe. Free some space, then reload. Until then, changes are kept only in this tab.',
  },
  'upgraded-elsewhere': {
    title: 'Career Path Planner was updated in another tab.',
    body: 'Reload this tab to keep saving. Until then, changes here are kept only in this tab; what was saved before is safe.',
  },
  failed: {
    title: 'Saving stopped working.',
    body: 'What was saved before is safe. Changes from now on are kept only in this tab; reload to try again.',
  },
};

/** Says plainly when storage is not working, what that means, and what to do. */
export function StorageBanner() {
  const storage = usePlanner((s) => s.storage);
  if (storage.state !== 'memory-only') return null;
  const message = MESSAGES[storage.problem.kind];
  return (
    <div className="storage-banner" role="alert">
      <p className="storage-banner__title">
        <span aria-hidden="true">⚠ </span>
        {message.title}
      </p>
      <p>{message.body}</p>
    </div>
  );
}
