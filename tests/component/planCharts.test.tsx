import { render, screen, within } from '@testing-library/react';
import type { SalaryProjectionPoint } from '../../src/domain';
import CategoryComparisonChart from '../../src/features/plan/charts/CategoryComparisonChart';
import SalaryProjectionChart from '../../src/features/plan/charts/SalaryProjectionChart';
import SkillComparisonChart from '../../src/features/plan/charts/SkillComparisonChart';
import { comparisonSummary, guideTooltipLine } from '../../src/features/plan/charts/summaries';
import type { LevelComparison, SalaryChartProps } from '../../src/features/plan/charts/types';

/**
 * jsdom has no layout: recharts' ResponsiveContainer measures 0×0 and draws no SVG. That is
 * fine here; these tests read what every reader gets — the summary, the chart's accessible
 * name and the data table. ResponsiveContainer still needs an observer to exist.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = NoopResizeObserver as unknown as typeof ResizeObserver;
  globalThis.ResizeObserver = window.ResizeObserver;
}

/** The table's rows below its header, as arrays of cell texts (row header first). */
function bodyRows(table: HTMLElement): string[][] {
  const [, ...rows] = within(table).getAllByRole('row', { hidden: true });
  return rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

function headers(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('columnheader', { hidden: true })
    .map((cell) => cell.textContent ?? '');
}

function tableOf(figure: HTMLElement, caption: string): HTMLElement {
  return within(figure).getByRole('table', { name: caption, hidden: true });
}

describe('CategoryComparisonChart', () => {
  const data: LevelComparison[] = [
    { id: 'foundational', label: 'Foundational Skills', yours: 8, required: 10 },
    { id: 'technical', label: 'Technical & Process Skills', yours: 4, required: 12 },
    { id: 'professional', label: 'Professional & Leadership Skills', yours: 0, required: 8 },
  ];
  const summary =
    'For Mid-Level you reach 12 of 30 required levels; Foundational Skills is closest (8 of 10), ' +
    'Professional & Leadership Skills furthest (0 of 8).';

  function renderChart() {
    render(
      <CategoryComparisonChart
        title="You and Mid-Level, by category"
        tierName="Mid-Level"
        data={data}
        valueLabel="Levels reached"
        maxValue={12}
      />,
    );
    return screen.getByRole('figure', { name: 'You and Mid-Level, by category' });
  }

  it('titles the figure and summarises the data in words', () => {
    const figure = renderChart();
    expect(
      within(figure).getByRole('heading', { level: 3, name: 'You and Mid-Level, by category' }),
    ).toBeVisible();
    expect(within(figure).getByText(summary)).toBeInTheDocument();
    expect(figure).toHaveAccessibleDescription(summary);
  });

  it('names the chart image with the summary, since the SVG itself is not readable', () => {
    const figure = renderChart();
    expect(within(figure).getByRole('img', { name: summary })).toBeInTheDocument();
  });

  it('labels both series in words, not by colour alone', () => {
    const figure = renderChart();
    const legend = within(figure).getByRole('list');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['You', 'Mid-Level requires']);
  });

  it('offers the same data as a table inside closed details', () => {
    const figure = renderChart();
    const details = figure.querySelector('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    expect(within(figure).getByText('Show the data as a table').tagName).toBe('SUMMARY');

    const table = tableOf(figure, 'You and Mid-Level, by category');
    expect(details).toContainElement(table);
    expect(headers(table)).toEqual(['Category', 'You', 'Mid-Level requires', 'Gap']);
    for (const header of within(table).getAllByRole('columnheader', { hidden: true })) {
      expect(header).toHaveAttribute('scope', 'col');
    }
    expect(bodyRows(table)).toEqual([
      ['Foundational Skills', '8', '10', '2 short'],
      ['Technical & Process Skills', '4', '12', '8 short'],
      ['Professional & Leadership Skills', '0', '8', '8 short'],
    ]);
  });
});

describe('SkillComparisonChart', () => {
  const data: LevelComparison[] = [
    { id: 'crm', label: 'CRM and ticketing systems', yours: 3, required: 2 },
    { id: 'calls', label: 'Call handling under pressure with difficult customers', yours: 1, required: 3 },
    { id: 'kb', label: 'Knowledge base writing', yours: 0, required: 2 },
    { id: 'typing', label: 'Typing', yours: 2, required: 0 },
  ];

  function renderChart() {
    render(
      <SkillComparisonChart
        title="Technical & Process Skills"
        tierName="Mid-Level"
        data={data}
        valueLabel="Levels (0–4)"
        maxValue={4}
      />,
    );
    return screen.getByRole('figure', { name: 'Technical & Process Skills' });
  }

  it('leads the summary with the category and counts levels only up to each requirement', () => {
    const figure = renderChart();
    const summary =
      'Technical & Process Skills: for Mid-Level you reach 3 of 7 required levels; ' +
      'Call handling under pressure with difficult customers is closest (1 of 3), ' +
      'Knowledge base writing furthest (0 of 2). You meet 1 of 3 skills in full.';
    expect(within(figure).getByText(summary)).toBeInTheDocument();
    expect(within(figure).getByRole('img', { name: summary })).toBeInTheDocument();
  });

  it('lists every skill with its full name in the table', () => {
    const figure = renderChart();
    const table = tableOf(figure, 'Technical & Process Skills');
    expect(headers(table)).toEqual(['Skill', 'You', 'Mid-Level requires', 'Gap']);
    expect(bodyRows(table)).toEqual([
      ['CRM and ticketing systems', '3', '2', 'Met'],
      ['Call handling under pressure with difficult customers', '1', '3', '2 short'],
      ['Knowledge base writing', '0', '2', '2 short'],
      ['Typing', '2', '0', 'Not required'],
    ]);
  });
});

describe('comparison summaries', () => {
  const noun = { one: 'category', many: 'categories' };

  it('says so when everything is met', () => {
    expect(
      comparisonSummary(
        [
          { id: 'a', label: 'A', yours: 4, required: 3 },
          { id: 'b', label: 'B', yours: 2, required: 2 },
        ],
        'Senior',
        noun,
      ),
    ).toBe('For Senior you reach all 5 required levels.');
  });

  it('names the only shortfall and how many are met', () => {
    expect(
      comparisonSummary(
        [
          { id: 'a', label: 'A', yours: 4, required: 3 },
          { id: 'b', label: 'B', yours: 1, required: 2 },
        ],
        'Senior',
        noun,
      ),
    ).toBe(
      'For Senior you reach 4 of 5 required levels; only B falls short (1 of 2). You meet 1 of 2 categories in full.',
    );
  });

  it('handles a tier that requires nothing', () => {
    expect(comparisonSummary([{ id: 'a', label: 'A', yours: 1, required: 0 }], 'Junior', noun)).toBe(
      'Junior requires no levels in these categories.',
    );
  });
});

describe('SalaryProjectionChart', () => {
  const tierNames = { junior: 'Junior', mid: 'Mid-Level', senior: 'Senior', 'team-lead': 'Team Lead' };
  const figureLabels = {
    junior: 'Entry-Level',
    mid: 'Mid-Level',
    senior: 'Senior-Level',
    'team-lead': 'Top 10% of earners',
  };
  const amounts = {
    junior: [36200, 'point'],
    mid: [46000, 'point'],
    senior: [55800, 'point'],
    'team-lead': [60000, 'lowerBound'],
  } as const;
  const tiers = [
    'junior',
    'mid',
    'mid',
    'mid',
    'senior',
    'senior',
    'senior',
    'team-lead',
    'team-lead',
  ] as const;

  /** Years 1–9; with own salary, $41,000 rising by $1,000 a year. */
  function points(withOwn: boolean): SalaryProjectionPoint[] {
    return tiers.map((tierId, k) => {
      const [guideAmount, kind] = amounts[tierId];
      const point = { year: k + 1, tierId, guideAmount, kind };
      if (!withOwn) return point;
      const ownSalary = 41000 + 1000 * k;
      return { ...point, ownSalary, difference: guideAmount - ownSalary };
    });
  }

  function props(overrides: Partial<SalaryChartProps> = {}): SalaryChartProps {
    return {
      points: points(false),
      tierNames,
      figureLabels,
      range: { min: 32000, max: 60000 },
      currency: 'USD',
      targetYear: null,
      showOwnSalary: false,
      ...overrides,
    };
  }

  const guideOnly =
    "The guide's figure rises from $36,200 at 1 year to $60,000+ at 8 years of experience. " +
    'Its overall range is $32,000–$60,000.';

  function figure() {
    return screen.getByRole('figure', { name: 'Salary as your experience grows' });
  }

  it('summarises the guide alone when no own salary or target date is given', () => {
    render(<SalaryProjectionChart {...props()} />);
    expect(within(figure()).getByText(guideOnly)).toBeInTheDocument();
    expect(within(figure()).getByRole('img', { name: guideOnly })).toBeInTheDocument();
    expect(figure()).not.toHaveTextContent(/Your salary/);
    expect(figure()).not.toHaveTextContent(/target date/);
  });

  it('tabulates each year, showing bound figures as bounds', () => {
    render(<SalaryProjectionChart {...props()} />);
    const table = tableOf(figure(), 'Salary as your experience grows');
    expect(headers(table)).toEqual(['Years of experience', 'Tier', "Guide's figure"]);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual(['1', 'Junior', '$36,200 (Entry-Level)']);
    expect(rows[1]).toEqual(['2', 'Mid-Level', '$46,000']);
    expect(rows[7]).toEqual(['8', 'Team Lead', '$60,000+ (lower bound: Top 10% of earners)']);
    expect(rows[8]?.[2]).toMatch(/^\$60,000\+.*lower bound/);
  });

  it('adds own salary to the summary, the legend and the table only when asked', () => {
    render(<SalaryProjectionChart {...props({ points: points(true), showOwnSalary: true })} />);
    const summary = `${guideOnly} Your salary goes from $41,000 at 1 year to $49,000 at 9 years, at least $11,000 below the guide's $60,000+.`;
    expect(within(figure()).getByText(summary)).toBeInTheDocument();
    expect(within(figure()).getByText('Your salary', { selector: 'li' })).toBeInTheDocument();

    const table = tableOf(figure(), 'Salary as your experience grows');
    expect(headers(table)).toEqual(['Years of experience', 'Tier', "Guide's figure", 'Your salary']);
    expect(bodyRows(table)[8]).toEqual([
      '9',
      'Team Lead',
      '$60,000+ (lower bound: Top 10% of earners)',
      '$49,000',
    ]);
  });

  it('ignores own salary figures when the person chose not to compare', () => {
    render(<SalaryProjectionChart {...props({ points: points(true), showOwnSalary: false })} />);
    expect(within(figure()).getByText(guideOnly)).toBeInTheDocument();
    expect(headers(tableOf(figure(), 'Salary as your experience grows'))).not.toContain('Your salary');
  });

  it('adds the target date to the summary and marks its row', () => {
    render(
      <SalaryProjectionChart {...props({ points: points(true), showOwnSalary: true, targetYear: 5 })} />,
    );
    expect(figure()).toHaveTextContent(
      'At your target date (5 years of experience) the guide gives $55,800 for Senior, and your salary would be $45,000.',
    );
    expect(within(figure()).getByText('Your target date', { selector: 'li' })).toBeInTheDocument();
    expect(bodyRows(tableOf(figure(), 'Salary as your experience grows'))[4]?.[0]).toBe(
      '5 (your target date)',
    );
  });

  it('says when the target date lies beyond the projection', () => {
    render(<SalaryProjectionChart {...props({ targetYear: 12 })} />);
    expect(figure()).toHaveTextContent(
      'Your target date (12 years of experience) is beyond this projection.',
    );
  });

  it('names the source of each figure in tooltips', () => {
    const context = { tierNames, figureLabels, currency: 'USD' };
    expect(guideTooltipLine({ tierId: 'mid', guideAmount: 46000, kind: 'point' }, context)).toBe(
      'Guide: Mid-Level, $46,000',
    );
    expect(guideTooltipLine({ tierId: 'team-lead', guideAmount: 60000, kind: 'lowerBound' }, context)).toBe(
      'Guide: Team Lead, $60,000+ (lower bound: Top 10% of earners)',
    );
    expect(guideTooltipLine({ tierId: 'junior', guideAmount: 36200, kind: 'point' }, context)).toBe(
      'Guide: Junior, $36,200 (Entry-Level)',
    );
  });
});
