import { act, screen, waitFor, within } from '@testing-library/react';
import { loadStored, renderApp, type RenderAppResult } from './test-utils';

const READINESS_CHART = /^Readiness for .* over time$/;
const CATEGORY_CHART = 'Average rating per category over time';
const CSAT = 'Customer satisfaction (CSAT)';
const HANDLE_TIME = 'Average handle time';

afterEach(() => {
  vi.useRealTimers();
});

/** Only `Date` is faked: IndexedDB, React and user-event keep their real timers. */
function setToday(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

/** Opens #/progress once stored data has loaded. */
async function openProgress(): Promise<RenderAppResult> {
  const app = renderApp({ hash: '#/progress' });
  await screen.findByRole('heading', { level: 1, name: 'Your progress' });
  return app;
}

function rate(app: RenderAppResult, ratings: Record<string, number>) {
  act(() => {
    for (const [skillId, level] of Object.entries(ratings)) app.store.getState().setRating(skillId, level);
  });
}

function region(name: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

/** The rows of a table's body, as the texts of their cells. */
function bodyRows(table: HTMLElement): string[][] {
  const [, ...rows] = within(table).getAllByRole('row');
  return rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** Opens "Show the data as a table" in a chart and returns its table. */
async function chartTable(user: RenderAppResult['user'], figure: HTMLElement): Promise<HTMLElement> {
  await user.click(within(figure).getByText('Show the data as a table'));
  return within(figure).getByRole('table');
}

/** A history over two days: Active Listening first, then raised, and CRM rated on the second day. */
async function openWithHistory(): Promise<RenderAppResult> {
  setToday('2026-03-01T10:00:00Z');
  const app = await openProgress();
  rate(app, { 'active-listening': 2 });
  vi.setSystemTime(new Date('2026-03-03T10:00:00Z'));
  rate(app, { 'active-listening': 3, 'crm-software-proficiency': 2 });
  return app;
}

describe('progress view: no history yet', () => {
  it('explains where the history comes from and links to rating, with no charts', async () => {
    await openProgress();

    const empty = region('Your history starts with your first rating');
    expect(within(empty).getByRole('link', { name: 'Rate my skills' })).toHaveAttribute('href', '#/skills');
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Compare two moments' })).not.toBeInTheDocument();
    expect(
      within(region('Check-ins')).getByText('No check-ins yet. Save one now to mark where you stand today.'),
    ).toBeInTheDocument();
  });
});

describe('progress view: over time', () => {
  it('draws readiness and category averages with summaries and tables of the days', async () => {
    const { user } = await openWithHistory();

    expect(
      screen.queryByRole('region', { name: 'Your history starts with your first rating' }),
    ).not.toBeInTheDocument();
    const readiness = await screen.findByRole('figure', { name: READINESS_CHART });
    expect(readiness).toHaveAccessibleDescription(
      /^Readiness for .+ went from \d+ on 2026-03-01 to \d+ on 2026-03-03, over 2 days with changes\.$/,
    );
    const categories = await screen.findByRole('figure', { name: CATEGORY_CHART });
    expect(categories).toHaveAccessibleDescription(/^Latest averages \(0–4, unrated skills count as 0\): /);
    expect(categories).toHaveAccessibleDescription(/Foundational Skills 0\.\d/);

    const readinessRows = bodyRows(await chartTable(user, readiness));
    expect(readinessRows.map((row) => row[0])).toEqual(['2026-02-28', '2026-03-01', '2026-03-03']);
    expect(readinessRows[0]![1]).toBe('0');
    const [, first, last] = readinessRows.map((row) => Number(row[1]));
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first!);

    const categoryTable = await chartTable(user, categories);
    expect(within(categoryTable).getByRole('columnheader', { name: 'Foundational Skills' })).toBeVisible();
    expect(bodyRows(categoryTable).map((row) => row[0])).toEqual(['2026-03-01', '2026-03-03']);
  });

  it('asks for another day of ratings before it speaks of a trend', async () => {
    setToday('2026-03-01T10:00:00Z');
    const app = await openProgress();
    rate(app, { 'active-listening': 2, 'crm-software-proficiency': 1 });

    const readiness = await screen.findByRole('figure', { name: READINESS_CHART });
    expect(readiness).toHaveAccessibleDescription(
      /^Readiness for .+ is \d+ on 2026-03-01; rate again on another day to see a trend\.$/,
    );
    // The line starts from the day before, when nothing was rated.
    expect(bodyRows(await chartTable(app.user, readiness)).map((row) => row[0])).toEqual([
      '2026-02-28',
      '2026-03-01',
    ]);
  });
});

describe('progress view: check-ins', () => {
  it('saves a check-in with a note, lists it with its readiness, stores it and deletes it', async () => {
    const app = await openWithHistory();
    const { user, store, dbName } = app;
    const checkIns = region('Check-ins');

    await user.type(within(checkIns).getByLabelText('Note (optional)'), '  after my Q3 review ');
    await user.click(within(checkIns).getByRole('button', { name: 'Save check-in' }));

    expect(await within(checkIns).findByRole('status')).toHaveTextContent(
      'Check-in saved: “after my Q3 review”.',
    );
    expect(within(checkIns).getByLabelText('Note (optional)')).toHaveValue('');
    const item = await within(checkIns).findByRole('listitem');
    expect(item).toHaveTextContent(/Mar 3, 2026.* — after my Q3 review · readiness \d+ · 2 skills rated/);
    expect(store.getState().checkIns).toHaveLength(1);
    const stored = await loadStored(dbName);
    expect(stored.checkIns).toEqual([
      expect.objectContaining({
        note: 'after my Q3 review',
        ratings: { 'active-listening': 3, 'crm-software-proficiency': 2 },
      }),
    ]);

    await user.click(within(item).getByRole('button', { name: /^Delete check-in of Mar 3, 2026/ }));

    expect(within(checkIns).queryByRole('listitem')).not.toBeInTheDocument();
    expect(within(checkIns).getByText(/^No check-ins yet\./)).toBeInTheDocument();
    expect(store.getState().checkIns).toEqual([]);
    await waitFor(async () => expect((await loadStored(dbName)).checkIns).toEqual([]));
  });
});

describe('progress view: comparing two moments', () => {
  it('lists the skills that rose since before the first rating, and the change in readiness', async () => {
    const { user } = await openWithHistory();
    const compare = region('Compare two moments');

    await user.selectOptions(
      within(compare).getByRole('combobox', { name: 'From' }),
      'Before my first rating',
    );
    await user.selectOptions(within(compare).getByRole('combobox', { name: 'To' }), 'Now');

    expect(
      within(compare).getByText(/^Readiness for .+: 0 → \d+ \(\+\d+\)\. 2 rose, 0 fell, 32 unchanged\.$/),
    ).toBeInTheDocument();
    const rose = within(compare).getAllByRole('list')[0]!;
    expect(
      within(rose)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '▲ Active Listening: not rated → Proficient (3)',
      '▲ CRM Software Proficiency: not rated → Working (2)',
    ]);
    expect(within(compare).getByText('None.')).toBeInTheDocument();

    await user.selectOptions(within(compare).getByRole('combobox', { name: 'From' }), '2026-03-01');
    expect(
      within(compare).getByText(/: \d+ → \d+ \(\+\d+\)\. 2 rose, 0 fell, 32 unchanged\.$/),
    ).toBeVisible();
    expect(within(compare).getByText(/Active Listening: Working \(2\) → Proficient \(3\)/)).toBeVisible();
  });
});

describe('progress view: portfolio metrics', () => {
  function metricCard(name: string): HTMLElement {
    return region(name);
  }

  it('refuses a value out of range or not a number at the field, and stores nothing', async () => {
    const { user, store, dbName } = await openProgress();
    const csat = metricCard(CSAT);
    const field = within(csat).getByLabelText(`${CSAT} (%)`);

    await user.type(field, '140');
    await user.click(within(csat).getByRole('button', { name: `Log ${CSAT}` }));

    expect(within(csat).getByRole('alert')).toHaveTextContent("A percentage can't be over 100.");
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription("A percentage can't be over 100.");
    expect(field).toHaveValue('140');

    await user.clear(field);
    await user.type(field, 'abc');
    await user.click(within(csat).getByRole('button', { name: `Log ${CSAT}` }));
    expect(field).toHaveAccessibleDescription('Enter a number.');

    const handleTime = metricCard(HANDLE_TIME);
    const minutes = within(handleTime).getByLabelText(`${HANDLE_TIME} (minutes)`);
    await user.type(minutes, '-3');
    await user.click(within(handleTime).getByRole('button', { name: `Log ${HANDLE_TIME}` }));
    expect(within(handleTime).getByRole('alert')).toHaveTextContent("A time can't be negative.");
    expect(minutes).toHaveAttribute('aria-invalid', 'true');

    expect(store.getState().metricEntries).toEqual([]);
    expect((await loadStored(dbName)).metricEntries).toEqual([]);
    expect(within(csat).queryByText(/^Latest:/)).not.toBeInTheDocument();
    expect(within(csat).getByRole('status')).toHaveTextContent(/^$/);
  });

  it('logs a valid value, shows it as the latest, stores it, and deletes it', async () => {
    setToday('2026-03-03T10:00:00Z');
    const { user, store, dbName } = await openProgress();
    const csat = metricCard(CSAT);
    const field = within(csat).getByLabelText(`${CSAT} (%)`);
    expect(within(csat).getByLabelText('Date')).toHaveValue('2026-03-03');

    await user.type(field, '140');
    await user.click(within(csat).getByRole('button', { name: `Log ${CSAT}` }));
    await user.clear(field);
    await user.type(field, '92');
    await user.click(within(csat).getByRole('button', { name: `Log ${CSAT}` }));

    expect(await within(csat).findByText(/^Latest:/)).toHaveTextContent('Latest: 92%');
    expect(within(csat).getByRole('status')).toHaveTextContent('Logged 92% for 2026-03-03.');
    expect(within(csat).queryByRole('alert')).not.toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'false');
    expect(field).not.toHaveAccessibleDescription();
    expect(field).toHaveValue('');
    expect(within(csat).getByRole('listitem')).toHaveTextContent('2026-03-03: 92%');
    expect(store.getState().metricEntries).toEqual([
      expect.objectContaining({ metricId: 'customer-satisfaction', value: 92 }),
    ]);
    expect((await loadStored(dbName)).metricEntries).toEqual([
      expect.objectContaining({
        metricId: 'customer-satisfaction',
        value: 92,
        at: Date.parse('2026-03-03T12:00:00Z'),
      }),
    ]);
    // Only CSAT got the value.
    expect(within(metricCard(HANDLE_TIME)).queryByText(/^Latest:/)).not.toBeInTheDocument();

    await user.click(within(csat).getByRole('button', { name: `Delete ${CSAT} value of 2026-03-03` }));

    expect(within(csat).queryByText(/^Latest:/)).not.toBeInTheDocument();
    expect(within(csat).getByText(/^No values yet\./)).toBeInTheDocument();
    expect(store.getState().metricEntries).toEqual([]);
    await waitFor(async () => expect((await loadStored(dbName)).metricEntries).toEqual([]));
  });
});
