import { act, screen, waitFor, within } from '@testing-library/react';
import type { Profile } from '../../src/domain/profile';
import * as pdfModule from '../../src/features/report/pdf/renderReportPdf';
import { downloadFile } from '../../src/ui/download';
import { renderApp, type RenderAppResult } from './test-utils';

// The real download needs a browser; the mock records what would have been saved.
vi.mock('../../src/ui/download', () => ({ downloadFile: vi.fn() }));

// The real PDF maker, wrapped so a test can make it fail or hold it mid-way.
vi.mock('../../src/features/report/pdf/renderReportPdf', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/features/report/pdf/renderReportPdf')>();
  return { ...actual, renderReportPdf: vi.fn(actual.renderReportPdf) };
});

const TODAY = '2026-03-03';
const download = vi.mocked(downloadFile);
const renderPdf = vi.mocked(pdfModule.renderReportPdf);
let realRenderPdf: typeof pdfModule.renderReportPdf;

beforeAll(async () => {
  const actual = await vi.importActual<typeof import('../../src/features/report/pdf/renderReportPdf')>(
    '../../src/features/report/pdf/renderReportPdf',
  );
  realRenderPdf = actual.renderReportPdf;
});

beforeEach(() => {
  download.mockReset();
  renderPdf.mockReset();
  renderPdf.mockImplementation(realRenderPdf);
  // Only `Date` is faked: IndexedDB, React and user-event keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
});

afterEach(() => {
  vi.useRealTimers();
});

const RATINGS = { 'active-listening': 3, 'crm-software-proficiency': 1, 'customer-empathy': 2 };

/** Opens #/report once stored data has loaded, with a profile, ratings and a note. */
async function openReport(profile: Partial<Profile> = { yearsOfExperience: 1 }): Promise<RenderAppResult> {
  const app = renderApp({ hash: '#/report' });
  await screen.findByRole('heading', { level: 1, name: 'Progress report' });
  act(() => {
    const state = app.store.getState();
    state.updateProfile({ onboarded: true, ...profile });
    for (const [skillId, level] of Object.entries(RATINGS)) state.setRating(skillId, level);
  });
  return app;
}

function exportPanel(): HTMLElement {
  return screen.getByRole('region', { name: 'Export your report' });
}

/** The one file saved so far: its content as text, its name and its type. */
async function savedFile(index = 0): Promise<{ text: string; name: string; type: string | undefined }> {
  expect(download).toHaveBeenCalledTimes(index + 1);
  const [content, name, type] = download.mock.calls[index]!;
  const text = typeof content === 'string' ? content : await content.text();
  return { text, name, type };
}

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '');

describe('report view: the preview', () => {
  it('shows the role and date, every tier with its salary, every skill and what to work on', async () => {
    const { store } = await openReport();
    const report = screen.getByRole('article', { name: 'Career progress report' });

    expect(within(report).getByText(`Customer Care Representative · ${TODAY}`)).toBeInTheDocument();
    expect(
      within(report).getByText('Current tier: Junior Customer Care Representative', { exact: false }),
    ).toBeVisible();
    expect(within(report).getByText(/^Target tier: Mid-Level Customer Care Representative$/)).toBeVisible();
    expect(within(report).getByText(/^Years of experience: 1$/)).toBeVisible();

    const tiers = within(report).getByRole('region', { name: 'Career tiers' });
    const tierRows = within(tiers).getAllByRole('row').slice(1);
    expect(tierRows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Junior Customer Care Representative',
      'Mid-Level Customer Care Representative',
      'Senior Customer Care Representative',
      'Customer Care Team Lead / Supervisor',
    ]);
    expect(tierRows[0]).toHaveTextContent('$36,200');
    expect(tierRows[1]).toHaveTextContent('$46,000');
    expect(tierRows[2]).toHaveTextContent('$55,800');
    expect(within(tierRows[3]!).getByText('$60,000+ (lower bound: Top 10% of earners)')).toBeVisible();

    const ratings = within(report).getByRole('region', { name: /^My ratings against / });
    const skillNames = within(ratings)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(skillNames).toHaveLength(34);
    expect(new Set(skillNames)).toEqual(new Set(store.getState().guide.skills.map((s) => s.name)));
    const listening = within(ratings).getByRole('row', { name: /^Active Listening / });
    expect(within(listening).getAllByRole('cell')[0]).toHaveTextContent('Proficient (3)');

    const focus = within(report).getByRole('region', { name: 'What I am working on' });
    const items = within(focus).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent(/^.+ — \d+ levels? to go/);
  });

  it('follows a new rating and a note without reloading', async () => {
    const { store } = await openReport();
    act(() => {
      store.getState().setRating('time-management', 4);
      store.getState().setNote('time-management', 'Led the rota for a month');
    });
    const report = screen.getByRole('article', { name: 'Career progress report' });
    const row = within(report).getByRole('row', { name: /^Time Management / });
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('Expert (4)');
    const notes = within(report).getByRole('region', { name: 'Notes and evidence' });
    expect(within(notes).getByText('Led the rota for a month')).toBeVisible();
  });

  it('lists every check-in, even two of the same day with the same note', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const { store } = await openReport();
    await act(async () => {
      await store.getState().addCheckIn('');
      await store.getState().addCheckIn('');
      await store.getState().addCheckIn('after my review');
    });

    const progress = screen.getByRole('region', { name: 'Progress' });
    expect(
      within(progress)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(new RegExp(`^${TODAY}: readiness \\d+$`)),
      expect.stringMatching(new RegExp(`^${TODAY}: readiness \\d+$`)),
      expect.stringMatching(new RegExp(`^${TODAY} — after my review: readiness \\d+$`)),
    ]);
    expect(consoleError.mock.calls.flat().join(' ')).not.toContain('same key');
  });
});

describe('report view: Markdown and CSV', () => {
  it('saves the report as Markdown with the role and the ratings', async () => {
    const { user } = await openReport();

    await user.click(within(exportPanel()).getByRole('button', { name: 'Download Markdown' }));

    const file = await savedFile();
    expect(file.name).toBe(`career-progress-${TODAY}.md`);
    expect(file.type).toBe('text/markdown');
    expect(file.text).toContain('Customer Care Representative');
    expect(file.text).toMatch(/Active Listening.*Proficient \(3\)/);
    expect(within(exportPanel()).getByRole('status')).toHaveTextContent(`Saved career-progress-${TODAY}.md.`);
  });

  it('saves the ratings as CSV, one line per skill, with a formula in a note made harmless', async () => {
    const { user, store } = await openReport();
    act(() => store.getState().setNote('active-listening', '=1+1'));

    await user.click(within(exportPanel()).getByRole('button', { name: 'Download ratings (CSV)' }));

    const file = await savedFile();
    expect(file.name).toBe(`career-progress-ratings-${TODAY}.csv`);
    expect(file.name).toMatch(/^career-progress-ratings-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.type).toBe('text/csv');
    const rows = lines(file.text);
    expect(rows).toHaveLength(35);
    expect(rows[0]).toBe(
      'Category,Skill,Your level,Your level label,Required level,Required label,Gap,Status,Note',
    );
    const listening = rows.find((row) => row.includes(',Active Listening,'));
    expect(listening).toMatch(/^Foundational Skills,Active Listening,3,Proficient \(3\),/);
    expect(listening).toMatch(/,'=1\+1$/);
    expect(file.text).not.toMatch(/(^|,)=1\+1/m);
    expect(within(exportPanel()).getByRole('status')).toHaveTextContent(
      `Saved career-progress-ratings-${TODAY}.csv.`,
    );
  });

  it('saves the rating history as CSV, one line per change', async () => {
    const { user, store } = await openReport();

    await user.click(within(exportPanel()).getByRole('button', { name: 'Download history (CSV)' }));

    const file = await savedFile();
    expect(file.name).toBe(`career-progress-history-${TODAY}.csv`);
    const rows = lines(file.text);
    expect(rows[0]).toBe('Date/time,Skill id,Skill,New level,Previous level');
    expect(rows).toHaveLength(1 + store.getState().history.length);
    expect(rows).toContain(`${TODAY}T10:00:00.000Z,active-listening,Active Listening,3,`);
  });
});

describe('report view: PDF', () => {
  it('shows progress while the PDF is made, then saves it', async () => {
    let finish: (blob: Blob) => void = () => {};
    renderPdf.mockImplementation(
      (_report, onProgress) =>
        new Promise<Blob>((resolve) => {
          onProgress?.(0.4, 'Drawing the charts');
          finish = resolve;
        }),
    );
    const { user } = await openReport();
    const panel = exportPanel();
    const button = within(panel).getByRole('button', { name: 'Download PDF' });

    await user.click(button);

    const progress = await within(panel).findByRole('progressbar', { name: 'Making the PDF' });
    expect(progress).toHaveAttribute('value', '0.4');
    expect(within(panel).getByRole('status')).toHaveTextContent('Drawing the charts…');
    expect(button).toBeDisabled();
    expect(download).not.toHaveBeenCalled();
    expect(renderPdf).toHaveBeenCalledWith(
      expect.objectContaining({ role: 'Customer Care Representative', date: TODAY }),
      expect.any(Function),
    );

    const blob = new Blob(['%PDF-1.3'], { type: 'application/pdf' });
    act(() => finish(blob));

    expect(await within(panel).findByText(`Saved career-progress-${TODAY}.pdf.`)).toBeVisible();
    expect(within(panel).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(button).toBeEnabled();
    expect(download).toHaveBeenCalledWith(blob, `career-progress-${TODAY}.pdf`);
  });

  it('makes a real PDF in the browser and saves it', async () => {
    const { user } = await openReport();
    const panel = exportPanel();

    await user.click(within(panel).getByRole('button', { name: 'Download PDF' }));

    expect(
      await within(panel).findByText(`Saved career-progress-${TODAY}.pdf.`, {}, { timeout: 10_000 }),
    ).toBeVisible();
    const file = await savedFile();
    expect(file.name).toBe(`career-progress-${TODAY}.pdf`);
    expect(file.text.startsWith('%PDF-')).toBe(true);
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when the PDF could not be made, saves nothing and leaves the data as it was', async () => {
    renderPdf.mockRejectedValue(new Error('Out of memory'));
    const { user, store } = await openReport();
    const before = {
      ratings: store.getState().ratings,
      notes: store.getState().notes,
      history: store.getState().history,
      profile: store.getState().profile,
    };
    const panel = exportPanel();

    await user.click(within(panel).getByRole('button', { name: 'Download PDF' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The PDF could not be made (Out of memory). Your data is unchanged; try again, or use Markdown or Print.',
    );
    expect(download).not.toHaveBeenCalled();
    expect(within(panel).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Download PDF' })).toBeEnabled();
    const after = store.getState();
    expect({
      ratings: after.ratings,
      notes: after.notes,
      history: after.history,
      profile: after.profile,
    }).toEqual(before);

    // Trying again clears the message.
    renderPdf.mockImplementation(() => Promise.resolve(new Blob(['%PDF-'], { type: 'application/pdf' })));
    await user.click(within(panel).getByRole('button', { name: 'Download PDF' }));
    expect(await within(panel).findByText(`Saved career-progress-${TODAY}.pdf.`)).toBeVisible();
    await waitFor(() => expect(within(panel).queryByRole('alert')).not.toBeInTheDocument());
  });
});
