import { useCallback, useId } from 'react';
import { usePlanner } from '../../state/PlannerStoreContext';
import { TierSelect } from '../../ui/TierSelect';
import { useUiStore } from '../../state/uiStore';
import { GapCounts } from './GapCounts';
// The panel and table are small (~2.5 KB gz) and bundled with the first view on purpose: as lazy
// chunks, React holds a Suspense fallback for at least 300 ms, which made opening a skill slow.
import { SkillPanel } from './SkillPanel';
import { SkillTable } from './SkillTable';
import { SkillGraph } from './SkillGraph';
import { useHiddenSkillIds } from './useSkillFilter';
import { useTargetTierId } from './useSkillStanding';
import './skillMap.css';

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
        <TierSelect label="Plan for" tiers={guide.tiers} value={targetTierId} onChange={chooseTier} />
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
            <SkillTable guide={guide} hiddenSkillIds={hidden} />
          )}
        </div>
        {selectedSkillId && <SkillPanel skillId={selectedSkillId} />}
      </div>
    </section>
  );
}
