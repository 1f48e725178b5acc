import type { ImportCounts, ImportMode, ImportPreview } from '../../storage/backupFormat';

const KINDS = [
  ['ratings', 'Ratings and notes'],
  ['history', 'History entries'],
  ['checkIns', 'Check-ins'],
  ['metricEntries', 'Metric values'],
] as const;

const MODES: readonly ImportMode[] = ['replace', 'merge'];

function describe(counts: ImportCounts): string {
  const parts = [
    counts.added > 0 && `${counts.added} added`,
    counts.changed > 0 && `${counts.changed} changed`,
    counts.removed > 0 && `${counts.removed} removed`,
  ].filter(Boolean);
  return parts.length === 0 ? 'no change' : parts.join(', ');
}

/** What replacing or merging would do to each kind of data, side by side. */
export function ImportPreviewTable({ previews }: { previews: Record<ImportMode, ImportPreview> }) {
  return (
    <table className="import-preview">
      <caption>What restoring would change</caption>
      <thead>
        <tr>
          <th scope="col">Data</th>
          <th scope="col">If you replace</th>
          <th scope="col">If you merge</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Profile and goals</th>
          {MODES.map((mode) => (
            <td key={mode}>{previews[mode].profileChanged ? 'changed' : 'no change'}</td>
          ))}
        </tr>
        {KINDS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            {MODES.map((mode) => (
              <td key={mode}>{describe(previews[mode][key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
