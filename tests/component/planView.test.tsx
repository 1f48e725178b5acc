import { act, screen, within } from '@testing-library/react';
import type { Profile } from '../../src/domain/profile';
import { useUiStore } from '../../src/state/uiStore';
import { loadStored, renderApp, type RenderAppOptions, type RenderAppResult } from './test-utils';

const CATEGORY_CHART = 'Levels reached against Mid-Level requirements, by category';
const SALARY_CHART = 'Salary as your experience grows';
const SALARY_FIELD = 'Your current salary (USD a year, optional)';
const RAISE_FIELD = 'Expected yearly raise (%, optional)';
const SALARY_ERROR = 'Enter an amount from 0 to $10,000,000, or leave it empty.';

interface Setup {
  profile?: Partial<Profile>;
  ratings?: Record<string, number>;
  dbName?: RenderAppOptions['dbName'];
}

/** Opens #/plan once stored data has loaded, then gives the person a profile and ratings. */
async function openPlan({ profile = {}, ratings = {}, dbName }: Setup = {}): Promise<RenderAppResult> {
  const app = renderApp({ hash: '#/plan', ...(dbName === undefined ? {} : { dbName }) });
  await screen.findByRole('heading', { level: 1, name: 'Plan your next step' });
  act(() => {
    const state = app.store.getState();
    state.updateProfile({ onboarded: true, ...profile });
    for (const [skillId, level] of Object.entries(ratings)) state.setRating(skillId, level);
  });
  return app;
}

function region(name: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

function readinessScore(tierName = 'Mid-Level'): number {
  const meter = screen.getByRole('meter', { name: `Readiness for ${tierName}` });
  const shown = within(region(`How ready you are for ${tierName}`)).getByText(/^\d+$/, {
    selector: 'strong',
  });
  expect(shown).toHaveTextContent(meter.getAttribute('aria-valuenow') ?? 'missing');
  return Number(shown.textContent);
}

function salaryStep(): HTMLElement {
  const step = within(region('What the step is worth')).getByText(/→/);
  return step;
}

/** The focus list's way to the skill map ("Rate <skill>" in the first design). */
function openButton(skillName: string): RegExp {
  const name = skillName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(Rate ${name}|Open ${name} on the skill map)$`);
}

function skillIdNamed(store: RenderAppResult['store'], name: string): string {
  const skill = store.getState().guide.skills.find((s) => s.name === name);
  if (!skill) throw new Error(`No skill named ${name}`);
  return skill.id;
}

/** The rows of a chart's data table, as the texts of their cells. */
function bodyRows(table: HTMLElement): string[][] {
  const [, ...rows] = within(table).getAllByRole('row');
  return rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** Opens "Show the data as a table" in a chart and returns its table. */
async function chartTable(user: RenderAppResult['user'], chartName: string): Promise<HTMLElement> {
  const figure = await screen.findByRole('figure', { name: chartName });
  await user.click(within(figure).getByText('Show the data as a table'));
  return within(figure).getByRole('table', { name: chartName });
}

describe('plan view: nothing rated yet', () => {
  it('invites the person to rate instead of showing a score, and still shows the step in pay', async () => {
    await openPlan();

    const empty = region('Rate a few skills to see your plan');
    expect(within(empty).getByRole('link', { name: 'Start rating my skills' })).toHaveAttribute(
      'href',
      '#/skills',
    );
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /How ready you are/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Work on these three first' })).not.toBeInTheDocument();

    const step = salaryStep();
    expect(step).toHaveTextContent('Junior $36,200 → Mid-Level $46,000');
    expect(within(step).getByText('+$9,800 (+27.1%)')).toBeInTheDocument();
    expect(
      screen.getByLabelText('Target date for Mid-Level Customer Care Representative'),
    ).toBeInTheDocument();
  });
});

describe('plan view: with ratings', () => {
  const ratings = { 'active-listening': 3, 'crm-software-proficiency': 1 };

  it('shows readiness with the experience rule, and follows a new rating without reloading', async () => {
    const { store } = await openPlan({ profile: { yearsOfExperience: 2 }, ratings });

    const card = region('How ready you are for Mid-Level');
    expect(within(card).getByText(/You have 2 years; Mid-Level expects 2–5 years/)).toBeInTheDocument();
    expect(within(card).getByText('✓ Experience requirement met')).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Rate a few skills to see your plan' }),
    ).not.toBeInTheDocument();
    const before = readinessScore();
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(100);

    act(() => store.getState().setRating('effective-verbal-communication', 3));

    expect(readinessScore()).toBeGreaterThan(before);
  });

  it('rates a focus skill in place and moves it off the list once met', async () => {
    const { user, store } = await openPlan({ profile: { yearsOfExperience: 2 }, ratings });
    const focus = region('Work on these three first');
    const first = within(focus).getAllByRole('heading', { level: 3 })[0]!.textContent ?? '';
    const before = readinessScore();

    await user.selectOptions(
      within(focus).getByRole('combobox', { name: `Your level in ${first}` }),
      'Expert (4)',
    );

    expect(store.getState().ratings[skillIdNamed(store, first)]).toBe(4);
    expect(readinessScore()).toBeGreaterThan(before);
    expect(within(focus).queryByRole('heading', { level: 3, name: first })).not.toBeInTheDocument();
    expect(within(focus).getAllByRole('listitem')).toHaveLength(3);
  });

  it('says how many years are missing when experience falls short', async () => {
    await openPlan({ profile: { yearsOfExperience: 1 }, ratings });
    const card = region('How ready you are for Mid-Level');
    expect(within(card).getByText(/You have 1 year; Mid-Level expects 2–5 years/)).toBeInTheDocument();
    expect(within(card).getByText('✕ 1 year to go')).toBeInTheDocument();
  });

  it('lists three skills to work on, each with advice and a way to rate it on the skill map', async () => {
    const { user, store } = await openPlan({ profile: { yearsOfExperience: 2 }, ratings });

    const focus = region('Work on these three first');
    const items = within(focus).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const names = items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent ?? '');
    for (const [i, item] of items.entries()) {
      expect(within(item).getByText('Advice:')).toBeInTheDocument();
      expect(within(item).getByRole('button', { name: openButton(names[i]!) })).toBeInTheDocument();
    }
    // Already rated at Mid-Level's requirement: nothing to work on there.
    expect(names).not.toContain('Active Listening');

    const first = names[0]!;
    await user.click(within(items[0]!).getByRole('button', { name: openButton(first) }));

    expect(window.location.hash).toBe('#/skills');
    expect(useUiStore.getState().selectedSkillId).toBe(skillIdNamed(store, first));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rate your skills' })).toBeInTheDocument();
  });

  it('replans for another tier chosen in "Plan for"', async () => {
    const { user, store, dbName } = await openPlan({ profile: { yearsOfExperience: 2 }, ratings });

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Plan for' }),
      'Senior Customer Care Representative',
    );

    expect(
      screen.getByRole('heading', { level: 2, name: 'How ready you are for Senior' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'How ready you are for Mid-Level' }),
    ).not.toBeInTheDocument();
    expect(
      within(region('How ready you are for Senior')).getByText(/Senior expects 5–8 years/),
    ).toBeInTheDocument();
    expect(within(region('How ready you are for Senior')).getByText('✕ 3 years to go')).toBeInTheDocument();
    const step = salaryStep();
    expect(step).toHaveTextContent('Junior $36,200 → Senior $55,800: +$19,600 (+54.1%) a year.');
    expect(
      await screen.findByRole('figure', { name: 'Levels reached against Senior requirements, by category' }),
    ).toBeInTheDocument();
    expect(store.getState().profile.targetTierId).toBe('senior');
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).profile.targetTierId).toBe('senior');
    });
  });

  it('lets a goal level for a skill raise the levels to gain', async () => {
    const { user, store } = await openPlan({ profile: { yearsOfExperience: 2 }, ratings });
    const goals = region('When can you get there?');
    const levelsToGain = () => {
      const match = /You have (\d+) levels? to gain/.exec(goals.textContent ?? '');
      if (!match) throw new Error('No "levels to gain" sentence');
      return Number(match[1]);
    };
    const before = levelsToGain();

    const gaps = region(/^All gaps to Mid-Level/);
    await user.click(within(gaps).getByText('Customer Empathy'));
    const goal = within(gaps).getByRole('combobox', { name: 'Your goal for Customer Empathy' });
    expect(goal).toHaveDisplayValue('What Mid-Level needs');
    await user.selectOptions(goal, 'Expert (4)');

    expect(levelsToGain()).toBe(before + 1);
    expect(store.getState().profile.goals.skillTargets).toEqual({ 'customer-empathy': 4 });

    await user.selectOptions(goal, 'What Mid-Level needs');
    expect(levelsToGain()).toBe(before);
    expect(store.getState().profile.goals.skillTargets).toEqual({});
  });
});

describe('plan view: at the top tier', () => {
  it('says so, and shows the top of the range with the top-earner figure as a lower bound', async () => {
    const errors = vi.spyOn(console, 'error');
    await openPlan({ profile: { currentTierId: 'team-lead', yearsOfExperience: 9 } });

    const top = region(/^You are at the top of this ladder/);
    expect(top).toHaveTextContent(/The top of the guide's salary range is \$60,000;/);
    expect(within(top).getByText('$60,000+')).toBeInTheDocument();
    expect(top).toHaveTextContent('(a lower bound, not a median)');

    const salary = region('What the step is worth');
    expect(within(salary).getByText(/planning for the tier you hold/)).toBeInTheDocument();
    expect(within(salary).getAllByText(/only says that the top 10% of earners/)).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('plan view: target date', () => {
  // 12:00 UTC on 15 March 2026: "6 months ahead" and "3 years ahead" are fixed days.
  const NOW = new Date('2026-03-15T12:00:00Z');

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function dateField() {
    return screen.getByLabelText('Target date for Mid-Level Customer Care Representative');
  }

  it('calls a date too soon for the experience unrealistic and names the earliest date', async () => {
    const { user } = await openPlan({ profile: { yearsOfExperience: 1 } });
    await user.type(dateField(), '2026-09-15');

    expect(dateField()).toHaveValue('2026-09-15');
    expect(within(region('When can you get there?')).getByRole('status')).toHaveTextContent(
      '✕ Not realistic: on September 15, 2026 you will have about 1.5 years of experience, and Mid-Level ' +
        'expects at least 2. The earliest date your experience allows is March 15, 2027.',
    );
  });

  it('gives the pace for a date that works, and keeps the date across a reload', async () => {
    const { user, store, dbName, unmount } = await openPlan({ profile: { yearsOfExperience: 1 } });
    await user.type(dateField(), '2029-03-15');

    const verdict = within(region('When can you get there?')).getByRole('status');
    expect(verdict).toHaveTextContent(/^✓ Your experience will meet Mid-Level's minimum by then\./);
    expect(verdict).toHaveTextContent(/That leaves 36\.0 months: a pace of \d+\.\d\d levels a month/);
    expect(store.getState().profile.goals.targetDate).toBe('2029-03-15');
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).profile.goals.targetDate).toBe('2029-03-15');
    });

    unmount();
    renderApp({ hash: '#/plan', dbName });
    expect(
      await screen.findByLabelText('Target date for Mid-Level Customer Care Representative'),
    ).toHaveValue('2029-03-15');
    expect(within(region('When can you get there?')).getByRole('status')).toHaveTextContent(/levels a month/);
  });

  it('refuses a date in the past', async () => {
    const { user } = await openPlan({ profile: { yearsOfExperience: 1 } });
    await user.type(dateField(), '2025-06-01');
    expect(within(region('When can you get there?')).getByRole('status')).toHaveTextContent(
      '✕ That date has passed. Choose a date in the future.',
    );
  });

  it('can clear the date', async () => {
    const { user, store } = await openPlan({ profile: { yearsOfExperience: 1 } });
    await user.type(dateField(), '2029-03-15');
    await user.click(screen.getByRole('button', { name: 'Clear target date' }));
    expect(dateField()).toHaveValue('');
    expect(store.getState().profile.goals.targetDate).toBeNull();
    expect(screen.getByText(/Set a date to see the pace it needs/)).toBeInTheDocument();
  });
});

describe('plan view: own salary', () => {
  it('compares a current salary entered on blur, and stores it', async () => {
    const { user, store, dbName } = await openPlan();
    const field = screen.getByRole('textbox', { name: SALARY_FIELD });
    await user.type(field, '41000');
    expect(store.getState().profile.goals.currentSalary).toBeNull();
    await user.tab();

    expect(
      within(region('What the step is worth')).getByText(/your salary would go from \$41,000 to \$41,000/),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'false');
    expect(store.getState().profile.goals.currentSalary).toBe(41_000);
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).profile.goals.currentSalary).toBe(41_000);
    });
  });

  it('commits on Enter too', async () => {
    const { user, store } = await openPlan();
    await user.type(screen.getByRole('textbox', { name: SALARY_FIELD }), '52,500{Enter}');
    expect(store.getState().profile.goals.currentSalary).toBe(52_500);
  });

  it.each(['-5', 'abc'])('refuses %s as a salary and stores nothing', async (typed) => {
    const { user, store, dbName } = await openPlan();
    const field = screen.getByRole('textbox', { name: SALARY_FIELD });
    await user.type(field, typed);
    await user.tab();

    expect(screen.getByRole('alert')).toHaveTextContent(SALARY_ERROR);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(SALARY_ERROR));
    expect(store.getState().profile.goals.currentSalary).toBeNull();
    expect(screen.queryByText(/your salary would go from/)).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).profile.onboarded).toBe(true);
    });
    expect((await loadStored(dbName)).profile.goals.currentSalary).toBeNull();
  });

  it('stores the expected raise and grows the salary with it', async () => {
    const { user, store, dbName } = await openPlan();
    await user.type(screen.getByRole('textbox', { name: SALARY_FIELD }), '40000');
    await user.type(screen.getByRole('textbox', { name: RAISE_FIELD }), '3');
    await user.tab();

    expect(store.getState().profile.goals.yearlyRaisePercent).toBe(3);
    // 40,000 × 1.03¹⁰ ≈ 53,757 after the 10 years shown.
    expect(screen.getByText(/your salary would go from \$40,000 to \$53,757/)).toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).profile.goals).toMatchObject({
        currentSalary: 40_000,
        yearlyRaisePercent: 3,
      });
    });
  });
});

describe('plan view: charts as tables', () => {
  it('lists every category in the category chart’s table', async () => {
    const { user, store } = await openPlan({
      profile: { yearsOfExperience: 2 },
      ratings: { 'active-listening': 3 },
    });
    const table = await chartTable(user, CATEGORY_CHART);
    const categories = store.getState().guide.categories.map((c) => c.name);
    expect(bodyRows(table).map((row) => row[0])).toEqual(categories);
    expect(bodyRows(table)[0]).toEqual(['Foundational Skills', '3', '15', '12 short']);
  });

  it('shows the Team Lead figure as a lower bound in the salary chart’s table', async () => {
    const { user } = await openPlan({ profile: { yearsOfExperience: 0 } });
    const table = await chartTable(user, SALARY_CHART);
    const rows = bodyRows(table);
    expect(rows[0]).toEqual(['0', 'Junior', '$36,200 (Entry-Level)']);
    const teamLead = rows.filter((row) => row[1] === 'Team Lead');
    expect(teamLead.length).toBeGreaterThan(0);
    for (const row of teamLead) {
      expect(row[2]).toMatch(/^\$60,000\+ .*lower bound/);
    }
  });
});
