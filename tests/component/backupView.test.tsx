import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BACKUP_FORMAT, type Backup } from '../../src/storage/backupFormat';
import { openPlannerStorage } from '../../src/storage/plannerStorage';
import { downloadFile } from '../../src/ui/download';
import { GUIDE_ID, loadStored, renderApp, uniqueDbName, type RenderAppResult } from './test-utils';

// The real download needs a browser; the mock records what would have been saved.
vi.mock('../../src/ui/download', () => ({ downloadFile: vi.fn() }));

const download = vi.mocked(downloadFile);
const TODAY = '2026-03-03';
const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  download.mockReset();
  // Only `Date` is faked: IndexedDB, React and user-event keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
});

afterEach(() => {
  vi.useRealTimers();
});

/** Opens #/data once stored data has loaded, then rates a few skills (now: TODAY 10:00 UTC). */
async function openData(ratings: Record<string, number> = {}): Promise<RenderAppResult> {
  const app = renderApp({ hash: '#/data' });
  await screen.findByRole('heading', { level: 1, name: 'Your data' });
  act(() => {
    for (const [skillId, level] of Object.entries(ratings)) app.store.getState().setRating(skillId, level);
  });
  // Wait until the ratings are stored, so a reload reads them too.
  await waitFor(async () =>
    expect((await loadStored(app.dbName)).ratings).toEqual(app.store.getState().ratings),
  );
  return app;
}

/**
 * A backup made in another browser: Active Listening rated before this one rated it,
 * Customer Empathy after, Time Management only there; one check-in and one CSAT value.
 */
async function backupFromElsewhere(): Promise<Backup> {
  const storage = await openPlannerStorage(uniqueDbName());
  try {
    await storage.saveProfile(
      GUIDE_ID,
      {
        yearsOfExperience: 4,
        currentTierId: null,
        targetTierId: 'senior',
        onboarded: true,
        goals: { targetDate: null, skillTargets: {}, currentSalary: null, yearlyRaisePercent: null },
      },
      at('2026-03-01T09:00:00Z'),
    );
    await storage.saveRating(GUIDE_ID, {
      skillId: 'active-listening',
      level: 1,
      previousLevel: null,
      at: at('2026-03-01T09:00:00Z'),
    });
    await storage.saveRating(GUIDE_ID, {
      skillId: 'time-management',
      level: 2,
      previousLevel: null,
      at: at('2026-03-01T09:30:00Z'),
    });
    await storage.saveRating(GUIDE_ID, {
      skillId: 'customer-empathy',
      level: 4,
      previousLevel: null,
      at: at('2026-03-05T09:00:00Z'),
    });
    await storage.addCheckIn(GUIDE_ID, {
      at: at('2026-03-05T10:00:00Z'),
      note: 'from my laptop',
      ratings: { 'active-listening': 1, 'time-management': 2, 'customer-empathy': 4 },
    });
    await storage.addMetricEntry(GUIDE_ID, {
      metricId: 'customer-satisfaction',
      value: 88,
      at: at('2026-03-02T12:00:00Z'),
    });
    return await storage.exportBackup(GUIDE_ID, new Date('2026-03-05T11:00:00Z'));
  } finally {
    storage.close();
  }
}

function restoreSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Restore' });
}

function fileInput(): HTMLElement {
  return within(restoreSection()).getByLabelText('Choose a backup file');
}

function jsonFile(content: unknown, name = 'career-path-planner-backup.json'): File {
  return new File([JSON.stringify(content, null, 2)], name, { type: 'application/json' });
}

/** The preview table as { row header: [if you replace, if you merge] }. */
function previewCounts(): Record<string, string[]> {
  const table = screen.getByRole('table', { name: 'What restoring would change' });
  const [, ...rows] = within(table).getAllByRole('row');
  return Object.fromEntries(
    rows.map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    ]),
  );
}

/** What the person has now: in memory and as stored. */
async function everything(app: RenderAppResult) {
  const { profile, ratings, notes, history, checkIns, metricEntries } = app.store.getState();
  return {
    memory: { profile, ratings, notes, history, checkIns, metricEntries },
    stored: await loadStored(app.dbName),
  };
}

const MINE = { 'active-listening': 3, 'customer-empathy': 1 };

describe('backup view: back up', () => {
  it('saves everything as a JSON backup file with the ratings', async () => {
    const { user } = await openData(MINE);

    await user.click(screen.getByRole('button', { name: 'Download a backup' }));

    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [content, name, type] = download.mock.calls[0]!;
    expect(name).toBe(`career-path-planner-backup-${TODAY}.json`);
    expect(type).toBe('application/json');
    expect(typeof content).toBe('string');
    const backup = JSON.parse(content as string) as Backup;
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 2, guideId: GUIDE_ID });
    expect(backup.format).toBe('career-path-planner-backup');
    expect(backup.ratings).toEqual([
      expect.objectContaining({ skillId: 'active-listening', level: 3 }),
      expect.objectContaining({ skillId: 'customer-empathy', level: 1 }),
    ]);
    expect(backup.history).toHaveLength(2);
    const status = within(screen.getByRole('region', { name: 'Back up' })).getByRole('status');
    expect(status).toHaveTextContent(
      `Saved career-path-planner-backup-${TODAY}.json: 2 ratings, 2 history entries, 0 check-ins, 0 metric values.`,
    );
  });

  it('says so when the data cannot be read for a backup, and saves no file', async () => {
    const { user, store } = await openData(MINE);
    act(() =>
      store.setState({
        currentBackup: () => Promise.reject(new Error('The database connection is closing.')),
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Download a backup' }));

    const status = within(screen.getByRole('region', { name: 'Back up' })).getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent('The backup could not be made: The database connection is closing.'),
    );
    expect(download).not.toHaveBeenCalled();
  });
});

describe('backup view: a file that is not a backup', () => {
  it('refuses text that is not JSON, says why, and leaves the data unchanged', async () => {
    const app = await openData(MINE);
    const before = await everything(app);
    // A browser's file picker can be switched to "All files": the accept attribute is only a hint.
    const user = userEvent.setup({ applyAccept: false });

    await user.upload(fileInput(), new File(['Dear diary, today I rated my skills.'], 'notes.txt'));

    const alert = await within(restoreSection()).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“notes.txt” was not restored. This file is not a Career Path Planner backup: it is not JSON text.',
    );
    expect(alert).toHaveTextContent('Your data is unchanged.');
    expect(screen.queryByRole('heading', { name: 'Check before restoring' })).not.toBeInTheDocument();
    expect(await everything(app)).toEqual(before);
  });

  it('refuses JSON that is not a backup', async () => {
    const app = await openData(MINE);
    const before = await everything(app);

    await app.user.upload(fileInput(), jsonFile({ hello: 'world' }, 'settings.json'));

    const alert = await within(restoreSection()).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“settings.json” was not restored. This file is not a Career Path Planner backup.',
    );
    expect(alert).toHaveTextContent('Your data is unchanged.');
    expect(await everything(app)).toEqual(before);
  });

  it('refuses a file over 10 MB without reading it', async () => {
    const app = await openData(MINE);
    const before = await everything(app);
    const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.json', { type: 'application/json' });
    const read = vi.spyOn(huge, 'text');

    await app.user.upload(fileInput(), huge);

    const alert = await within(restoreSection()).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“huge.json” was not restored. This file is too large to be a Career Path Planner backup (the limit is 10 MB).',
    );
    expect(alert).toHaveTextContent('Your data is unchanged.');
    expect(read).not.toHaveBeenCalled();
    expect(await everything(app)).toEqual(before);
  });

  it('says so when the chosen file cannot be read', async () => {
    const app = await openData(MINE);
    const before = await everything(app);
    const gone = jsonFile(await backupFromElsewhere());
    // What a browser does when the file was moved or deleted after it was chosen.
    vi.spyOn(gone, 'text').mockRejectedValue(
      new DOMException('The file could not be read.', 'NotReadableError'),
    );

    await app.user.upload(fileInput(), gone);

    const alert = await within(restoreSection()).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“career-path-planner-backup.json” was not restored. This file could not be read as a Career Path Planner backup.',
    );
    expect(alert).toHaveTextContent('Your data is unchanged.');
    expect(within(restoreSection()).queryByText('Reading the file…')).not.toBeInTheDocument();
    expect(await everything(app)).toEqual(before);
  });
});

describe('backup view: restoring a backup from another browser', () => {
  it('shows what replacing and merging would change before anything happens', async () => {
    const backup = await backupFromElsewhere();
    const app = await openData(MINE);
    const before = await everything(app);

    await app.user.upload(fileInput(), jsonFile(backup));

    const heading = await screen.findByRole('heading', { name: 'Check before restoring' });
    expect(heading).toBeVisible();
    // Focus moves to the preview, so that it is found and read.
    expect(heading).toHaveFocus();
    const preview = screen.getByRole('region', { name: 'Check before restoring' });
    expect(preview).toHaveTextContent('“career-path-planner-backup.json”, made on');
    expect(previewCounts()).toEqual({
      'Profile and goals': ['changed', 'changed'],
      'Ratings and notes': ['1 added, 2 changed', '1 added, 1 changed'],
      'History entries': ['3 added, 2 removed', '3 added'],
      'Check-ins': ['1 added', '1 added'],
      'Metric values': ['1 added', '1 added'],
    });
    expect(within(restoreSection()).queryByRole('alert')).not.toBeInTheDocument();
    expect(await everything(app)).toEqual(before);
  });

  it('replaces the data with the backup’s', async () => {
    const backup = await backupFromElsewhere();
    const app = await openData(MINE);
    await app.user.upload(fileInput(), jsonFile(backup));

    await app.user.click(await screen.findByRole('button', { name: 'Replace my data with this backup' }));

    expect(
      await within(restoreSection()).findByText('✓ Restored: your data is now the backup’s.'),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Check before restoring' })).not.toBeInTheDocument();
    // The button pressed is gone: focus is back on the file field, not lost.
    expect(fileInput()).toHaveFocus();
    const expected = { 'active-listening': 1, 'customer-empathy': 4, 'time-management': 2 };
    const state = app.store.getState();
    expect(state.ratings).toEqual(expected);
    expect(state.profile).toMatchObject({ yearsOfExperience: 4, targetTierId: 'senior' });
    expect(state.history).toHaveLength(3);
    expect(state.checkIns).toEqual([expect.objectContaining({ note: 'from my laptop' })]);
    expect(state.metricEntries).toEqual([
      expect.objectContaining({ metricId: 'customer-satisfaction', value: 88 }),
    ]);
    const stored = await loadStored(app.dbName);
    expect(stored.ratings).toEqual(expected);
    expect(stored.history).toHaveLength(3);
  });

  it('merges the backup in, keeping the newer of two ratings', async () => {
    const backup = await backupFromElsewhere();
    const app = await openData(MINE);
    await app.user.upload(fileInput(), jsonFile(backup));

    await app.user.click(await screen.findByRole('button', { name: 'Merge this backup into my data' }));

    expect(await within(restoreSection()).findByText('✓ Restored: the backup was merged in.')).toBeVisible();
    // Active Listening was rated here after the backup's rating; Customer Empathy before.
    const expected = { 'active-listening': 3, 'customer-empathy': 4, 'time-management': 2 };
    expect(app.store.getState().ratings).toEqual(expected);
    expect(app.store.getState().history).toHaveLength(5);
    expect(app.store.getState().checkIns).toHaveLength(1);
    expect((await loadStored(app.dbName)).ratings).toEqual(expected);
  });

  it('changes nothing when the person cancels', async () => {
    const backup = await backupFromElsewhere();
    const app = await openData(MINE);
    const before = await everything(app);
    await app.user.upload(fileInput(), jsonFile(backup));

    await app.user.click(await screen.findByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('heading', { name: 'Check before restoring' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Replace my data with this backup' }),
    ).not.toBeInTheDocument();
    expect(fileInput()).toHaveFocus();
    expect(within(restoreSection()).queryByText(/Restored/)).not.toBeInTheDocument();
    expect(await everything(app)).toEqual(before);

    // The same file can be chosen again.
    await app.user.upload(fileInput(), jsonFile(backup));
    expect(await screen.findByRole('heading', { name: 'Check before restoring' })).toBeVisible();
  });

  it('says nothing was changed when the current data cannot be read to compare', async () => {
    const backup = await backupFromElsewhere();
    const app = await openData(MINE);
    const before = await everything(app);
    act(() =>
      app.store.setState({
        currentBackup: () => Promise.reject(new Error('The database connection is closing.')),
      }),
    );

    await app.user.upload(fileInput(), jsonFile(backup));

    const alert = await within(restoreSection()).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was changed: The database connection is closing.');
    expect(within(restoreSection()).queryByText('Reading the file…')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Check before restoring' })).not.toBeInTheDocument();
    const { memory, stored } = await everything(app);
    expect(memory).toEqual(before.memory);
    expect(stored).toEqual(before.stored);
  });

  it('refuses a backup for another career guide', async () => {
    const backup = await backupFromElsewhere();
    const app = await openData(MINE);
    const before = await everything(app);

    await app.user.upload(fileInput(), jsonFile({ ...backup, guideId: 'software-engineer' }));

    const alert = await within(restoreSection()).findByRole('alert');
    expect(alert).toHaveTextContent('This backup is for another career guide ("software-engineer")');
    expect(alert).toHaveTextContent('Your data is unchanged.');
    expect(await everything(app)).toEqual(before);
  });
});
