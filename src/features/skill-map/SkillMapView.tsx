import { lazy, Suspense, useCallback, useId } from 'react';
import { usePlanner } from '../../state/PlannerStoreContext';
import { useUiStore } from '../../state/uiStore';
import { GapCounts } from './GapCounts';
import { SkillGraph } from './SkillGraph';
import { useHiddenSkillIds } from './useSkillFilter';
import { useTargetTierId } from './useSkillStanding';
import './skillMap.css';

// Not needed until a skill is opened or the table chosen: kept out of the first download.
const SkillPanel = lazy(() => import('./SkillPanel').then((m) => ({ default: m.SkillPanel })));
const SkillTable = lazy(() => import('./SkillTable').then((m) => ({ default: m.SkillTable })));
const loadingPanel = (
  <p role="status" className="loading">
    Loading…
  </p>
);

/** Rate your skills: the graph or the table, a toolbar to search and filter, and the skill panel. */
export function SkillMapView() {
  const guide = usePlanner((s) => s.guide);
  const updateProfile = usePlanner((s) => s.updateProfile);
  const targetTierId = useTargetTierId();
  const { view, setView, search, setSearch, categoryFilter, setCategoryFilter, selectedSkillId } =
    useUiStore();
  const hidden = useHiddenSkillIds(guide, search, categoryFilter);
  const searchId = useId();
  const chooseTier = useCallback(
    (tierId: string) => updateProfile({ targetTierId: tierId }),
    [updateProfile],
  );
  const shown = guide.skills.length - hidden.size;

  return (
    <section aria-labelledby="skill-map-title" className="skill-map">
      <div className="skill-map__intro">
        <h1 id="skill-map-title">Rate your skills</h1>
        <p className="muted">
          Open a skill to rate it. The status shows how you stand against the tier you are planning for; the
          levels each tier requires are the app&apos;s reading of the guide, explained in each skill.
        </p>
      </div>
      <div className="toolbar" role="group" aria-label="Skill map options">
        <div className="toolbar__views" role="group" aria-label="View">
          <button
            type="button"
            className="button"
            aria-pressed={view === 'graph'}
            onClick={() => setView('graph')}
          >
            Graph
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={view === 'table'}
            onClick={() => setView('table')}
          >
            Table
          </button>
        </div>
        <label className="toolbar__field">
          <span>Plan for</span>
          <select value={targetTierId} onChange={(event) => chooseTier(event.target.value)}>
            {guide.tiers.map((tier) => (
              <option key={tier.id} value={tier.id}>
                {tier.title}
              </option>
            ))}
          </select>
        </label>
        <div className="toolbar__field">
          <label htmlFor={searchId}>Search skills</label>
          <input
            id={searchId}
            type="search"
            value={search}
            placeholder="e.g. CRM"
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <label className="toolbar__field">
          <span>Category</span>
          <select
            value={categoryFilter ?? ''}
            onChange={(event) => setCategoryFilter(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">All categories</option>
            {guide.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <GapCounts />
      {hidden.size > 0 && (
        <p className="muted" role="status">
          Showing {shown} of {guide.skills.length} skills.
          {shown === 0 && ' No skill matches: try another word or category.'}
        </p>
      )}
      <div className={selectedSkillId ? 'skill-map__body has-panel' : 'skill-map__body'}>
        <div className="skill-map__main">
          {view === 'graph' ? (
            <SkillGraph guide={guide} hiddenSkillIds={hidden} onChooseTier={chooseTier} />
          ) : (
            <Suspense fallback={loadingPanel}>
              <SkillTable guide={guide} hiddenSkillIds={hidden} />
            </Suspense>
          )}
        </div>
        {selectedSkillId && (
          <Suspense fallback={loadingPanel}>
            <SkillPanel skillId={selectedSkillId} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
