import { act, screen, within } from '@testing-library/react';
import { EMPTY_PROFILE } from '../../src/domain/profile';
import { loadStored, renderApp, storedHistory } from './test-utils';

const YEARS = /Years of experience in customer care representative work/;

/** The "For Mid-Level: ✓ 0 met ◐ 0 close ✕ 0 far ○ 34 not rated" line above the map, spaces normalised. */
function gapCounts(): string {
  const line = screen.getByText(/^For .+:$/).closest('p');
  if (!line) throw new Error('The gap counts line is missing');
  return [...line.children].map((part) => part.textContent?.trim()).join(' ');
}

async function ready() {
  await screen.findByRole('heading', { level: 1, name: 'Rate your skills' });
}

async function skipFirstRun(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
}

/** Switches to the table and opens a skill's panel from its row. */
async function openInTable(user: ReturnType<typeof renderApp>['user'], skillName: string) {
  await user.click(screen.getByRole('button', { name: 'Table' }));
  await user.click(await screen.findByRole('button', { name: skillName }));
  await screen.findByRole('heading', { level: 2, name: skillName });
  return screen.getByRole('group', { name: `Your level in ${skillName}` });
}

function tableRow(skillName: string): HTMLElement {
  return screen.getByRole('row', { name: new RegExp(`^${skillName}`) });
}

describe('first-run step', () => {
  it('greets a new user and asks for experience', async () => {
    renderApp();
    expect(await screen.findByRole('form', { name: 'Welcome! Where are you now?' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: YEARS })).toHaveValue(null);
    expect(screen.getByRole('combobox', { name: 'Your current tier (optional)' })).toHaveDisplayValue(
      'Work it out from my ratings and experience',
    );
  });

  it('stores the years entered and gets out of the way', async () => {
    const { user, store, dbName } = renderApp();
    await user.type(await screen.findByRole('spinbutton', { name: YEARS }), '3');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Your current tier (optional)' }),
      'Mid-Level Customer Care Representative',
    );
    await user.click(screen.getByRole('button', { name: 'Start rating my skills' }));

    expect(store.getState().profile).toEqual({
      yearsOfExperience: 3,
      currentTierId: 'mid',
      targetTierId: null,
      onboarded: true,
      goals: EMPTY_PROFILE.goals,
    });
    expect(screen.queryByRole('form', { name: 'Welcome! Where are you now?' })).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).profile).toEqual(store.getState().profile);
    });
  });

  it('can be skipped, and stays skipped', async () => {
    const { user, store, dbName } = renderApp();
    await skipFirstRun(user);
    expect(screen.queryByRole('form', { name: 'Welcome! Where are you now?' })).not.toBeInTheDocument();
    expect(store.getState().profile).toEqual({ ...EMPTY_PROFILE, onboarded: true });
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).profile.onboarded).toBe(true);
    });
  });

  it.each(['-3', '99'])('refuses %s years and saves nothing', async (typed) => {
    const { user, store, dbName } = renderApp();
    const field = await screen.findByRole('spinbutton', { name: YEARS });
    await user.type(field, typed);
    await user.click(screen.getByRole('button', { name: 'Start rating my skills' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Enter a number of years from 0 to 60, or leave it empty.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Enter a number of years from 0 to 60, or leave it empty.');
    expect(screen.getByRole('form', { name: 'Welcome! Where are you now?' })).toBeInTheDocument();
    expect(store.getState().profile).toEqual(EMPTY_PROFILE);
    expect((await loadStored(dbName)).profile).toEqual(EMPTY_PROFILE);
  });
});

describe('rating a skill', () => {
  it('by mouse: the panel, the table and the counts agree, and the rating is stored with its history', async () => {
    const { user, store, dbName } = renderApp();
    await ready();
    await skipFirstRun(user);
    expect(gapCounts()).toBe('For Mid-Level: ✓ 0 met ◐ 0 close ✕ 0 far ○ 34 not rated');

    const group = await openInTable(user, 'Active Listening');
    expect(within(tableRow('Active Listening')).getByText(/Not rated/, { selector: 'span' })).toBeVisible();
    await user.click(within(group).getByRole('radio', { name: 'Working (2)' }));

    expect(within(group).getByRole('radio', { name: 'Working (2)' })).toBeChecked();
    expect(within(tableRow('Active Listening')).getByRole('combobox')).toHaveDisplayValue('Working (2)');
    expect(tableRow('Active Listening')).toHaveTextContent(/Close$/);
    expect(gapCounts()).toBe('For Mid-Level: ✓ 0 met ◐ 1 close ✕ 0 far ○ 33 not rated');
    expect(
      screen.getByText(/^Close for Mid-Level: you Working \(2\), needs Proficient \(3\)$/),
    ).toBeVisible();
    expect(store.getState().ratings).toEqual({ 'active-listening': 2 });

    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).ratings).toEqual({ 'active-listening': 2 });
    });
    const history = await storedHistory(dbName, 'active-listening');
    expect(history).toEqual([
      expect.objectContaining({
        guideId: 'customer-care-representative',
        skillId: 'active-listening',
        level: 2,
        previousLevel: null,
      }),
    ]);
  });

  it('by keyboard: arrow keys move to the next level, which is stored', async () => {
    const { user, dbName } = renderApp();
    await ready();
    await skipFirstRun(user);
    const group = await openInTable(user, 'Customer Empathy');
    const notYet = within(group).getByRole('radio', { name: 'Not yet (0)' });
    act(() => notYet.focus());
    expect(notYet).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'Learning (1)' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Learning (1)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'Working (2)' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Learning (1)' })).not.toBeChecked();
    expect(within(tableRow('Customer Empathy')).getByRole('combobox')).toHaveDisplayValue('Working (2)');

    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).ratings).toEqual({ 'customer-empathy': 2 });
    });
    const history = await storedHistory(dbName, 'customer-empathy');
    expect(history.map((h) => [h.previousLevel, h.level])).toEqual([
      [null, 1],
      [1, 2],
    ]);
  });

  it('clearing a rating removes it and records the clearing in history', async () => {
    const { user, store, dbName } = renderApp();
    await ready();
    await skipFirstRun(user);
    const group = await openInTable(user, 'Active Listening');
    const clear = within(group).getByRole('button', { name: 'Clear rating' });
    expect(clear).toBeDisabled();

    await user.click(within(group).getByRole('radio', { name: 'Working (2)' }));
    expect(clear).toBeEnabled();
    await user.click(clear);

    expect(within(group).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    expect(clear).toBeDisabled();
    expect(tableRow('Active Listening')).toHaveTextContent(/Not rated$/);
    expect(within(tableRow('Active Listening')).getByRole('combobox')).toHaveDisplayValue('Not rated');
    expect(gapCounts()).toBe('For Mid-Level: ✓ 0 met ◐ 0 close ✕ 0 far ○ 34 not rated');
    expect(store.getState().ratings).toEqual({});

    await vi.waitFor(async () => {
      const history = await storedHistory(dbName, 'active-listening');
      expect(history.map((h) => [h.previousLevel, h.level])).toEqual([
        [null, 2],
        [2, null],
      ]);
    });
    expect((await loadStored(dbName)).ratings).toEqual({});
  });

  it('the select in a table row rates the skill too', async () => {
    const { user, store, dbName } = renderApp();
    await ready();
    await skipFirstRun(user);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const select = await screen.findByRole('combobox', { name: 'Your level in Time Management' });
    await user.selectOptions(select, 'Proficient (3)');

    expect(select).toHaveDisplayValue('Proficient (3)');
    expect(tableRow('Time Management')).toHaveTextContent(/Met$/);
    expect(gapCounts()).toBe('For Mid-Level: ✓ 1 met ◐ 0 close ✕ 0 far ○ 33 not rated');
    expect(store.getState().ratings).toEqual({ 'time-management': 3 });
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).ratings).toEqual({ 'time-management': 3 });
    });

    await user.selectOptions(select, 'Not rated');
    expect(tableRow('Time Management')).toHaveTextContent(/Not rated$/);
    expect(store.getState().ratings).toEqual({});
  });

  it('notes typed in the panel are kept with the skill', async () => {
    const { user, store, dbName } = renderApp();
    await ready();
    await skipFirstRun(user);
    await openInTable(user, 'Active Listening');
    await user.type(screen.getByRole('textbox', { name: 'Notes and evidence' }), 'Led 3 calls');
    expect(store.getState().notes).toEqual({ 'active-listening': 'Led 3 calls' });
    await vi.waitFor(async () => {
      expect((await loadStored(dbName)).notes).toEqual({ 'active-listening': 'Led 3 calls' });
    });
  });
});

describe('graph view', () => {
  it('shows a node for every tier and skill, and opens the skill whose text is clicked', async () => {
    const { user, store } = renderApp();
    await ready();
    await skipFirstRun(user);
    const graph = screen.getByRole('region', { name: 'Skill map graph' });
    const { skills, tiers, categories } = store.getState().guide;
    expect(within(graph).getAllByRole('group', { name: /^Skill: / })).toHaveLength(skills.length);
    for (const skill of skills) {
      const node = within(graph).getByRole('group', { name: `Skill: ${skill.name}` });
      expect(node).toHaveTextContent(skill.name);
    }
    expect(within(graph).getAllByRole('group', { name: /^Tier: / })).toHaveLength(tiers.length);
    for (const category of categories) {
      expect(within(graph).getByText(category.name)).toBeInTheDocument();
    }

    await user.click(within(graph).getByText('Customer Empathy', { selector: 'p' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Customer Empathy' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Your level in Customer Empathy' })).toBeInTheDocument();
  });

  it('a rating made in the panel shows on the skill node', async () => {
    const { user } = renderApp();
    await ready();
    await skipFirstRun(user);
    const graph = screen.getByRole('region', { name: 'Skill map graph' });
    const node = within(graph).getByRole('group', { name: 'Skill: Customer Empathy' });
    expect(node).toHaveTextContent('You: —');
    expect(node).toHaveTextContent('Needs: Proficient (3)');
    expect(node).toHaveTextContent(/Not rated$/);

    await user.click(within(node).getByText('Customer Empathy'));
    const group = await screen.findByRole('group', { name: 'Your level in Customer Empathy' });
    await user.click(within(group).getByRole('radio', { name: 'Expert (4)' }));
    expect(node).toHaveTextContent('You: Expert (4)');
    expect(node).toHaveTextContent(/Met$/);
  });

  it('opens a skill from the keyboard with Enter or Space', async () => {
    const { user } = renderApp();
    await ready();
    await skipFirstRun(user);
    const graph = screen.getByRole('region', { name: 'Skill map graph' });
    const listening = within(graph).getByRole('group', { name: 'Skill: Active Listening' });
    act(() => listening.focus());
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Active Listening' })).toHaveFocus();

    const empathy = within(graph).getByRole('group', { name: 'Skill: Customer Empathy' });
    act(() => empathy.focus());
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 2, name: 'Customer Empathy' })).toHaveFocus();
  });

  it('Enter on a tier plans for that tier', async () => {
    const { user, store } = renderApp();
    await ready();
    await skipFirstRun(user);
    const planFor = screen.getByRole('combobox', { name: 'Plan for' });
    expect(planFor).toHaveDisplayValue('Mid-Level Customer Care Representative');
    const graph = screen.getByRole('region', { name: 'Skill map graph' });
    act(() =>
      within(graph).getByRole('group', { name: 'Tier: Senior Customer Care Representative' }).focus(),
    );
    await user.keyboard('{Enter}');
    expect(planFor).toHaveDisplayValue('Senior Customer Care Representative');
    expect(store.getState().profile.targetTierId).toBe('senior');
    expect(gapCounts()).toMatch(/^For Senior: /);
  });

  it('keeps the open skill when switching to the table', async () => {
    const { user } = renderApp();
    await ready();
    await skipFirstRun(user);
    const graph = screen.getByRole('region', { name: 'Skill map graph' });
    await user.click(within(graph).getByText('Time Management', { selector: 'p' }));
    await screen.findByRole('heading', { level: 2, name: 'Time Management' });

    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('region', { name: 'Skill map table' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Skill map graph' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Time Management' })).toBeInTheDocument();
    expect(screen.getByRole('row', { selected: true })).toHaveTextContent(/^Time Management/);
  });
});

describe('search', () => {
  it('"CRM" narrows the table to the matching skill', async () => {
    const { user } = renderApp();
    await ready();
    await skipFirstRun(user);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('region', { name: 'Skill map table' });
    expect(within(table).getAllByRole('row', { name: /\S/ }).length).toBeGreaterThan(34);

    await user.type(screen.getByRole('searchbox', { name: 'Search skills' }), 'CRM');

    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 34 skills.');
    const skillButtons = within(table)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(skillButtons).toEqual(['CRM Software Proficiency']);
    expect(within(table).getAllByRole('table')).toHaveLength(1);
    expect(within(table).getByRole('table')).toHaveAccessibleName('Technical & Process Skills (1)');
  });

  it('says so when nothing matches', async () => {
    const { user } = renderApp();
    await ready();
    await skipFirstRun(user);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = await screen.findByRole('region', { name: 'Skill map table' });
    await user.type(screen.getByRole('searchbox', { name: 'Search skills' }), 'zzzz');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 0 of 34 skills. No skill matches: try another word or category.',
    );
    expect(within(table).queryByRole('table')).not.toBeInTheDocument();
  });
});
