import fc from 'fast-check';
import {
  categoryAveragesOverTime,
  compareRatings,
  computeReadiness,
  downsamplePoints,
  endOfUtcDay,
  ratingOf,
  ratingsAt,
  ratingsForComparison,
  ratingsOfCheckIn,
  ratingsOnDate,
  readinessOverTime,
  sortedHistory,
  type CheckIn,
  type Guide,
  type HistoryEntry,
} from '../../src/domain';
import {
  arbitraryRatings,
  buildGuide,
  arbitraryGuide as arbitraryGuideFixture,
} from '../fixtures/buildGuide';

const guide = buildGuide();
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9, 30); // a Monday morning, UTC

function entry(skillId: string, level: number | null, at: number, previousLevel: number | null = null) {
  return { skillId, level, previousLevel, at } satisfies HistoryEntry;
}

const arbitraryGuide: fc.Arbitrary<Guide> = arbitraryGuideFixture();

/** Histories in time order over a few days: known and unknown skills, off-scale and cleared levels. */
const arbitraryHistory: fc.Arbitrary<HistoryEntry[]> = fc
  .array(
    fc.record({
      skillId: fc.constantFrom('listening', 'writing', 'ticketing', 'troubleshooting', 'not-in-guide'),
      level: fc.option(
        fc.oneof(fc.integer({ min: -1, max: 6 }), fc.double({ min: -1, max: 6, noNaN: true })),
        { nil: null, freq: 5 },
      ),
      offset: fc.integer({ min: 0, max: 6 * DAY }),
    }),
    { maxLength: 60 },
  )
  .map((items) =>
    items.map(({ skillId, level, offset }) => entry(skillId, level, T0 + offset)).sort((a, b) => a.at - b.at),
  );

describe('ratingsAt', () => {
  const history = [
    entry('listening', 1, T0),
    entry('writing', 2, T0 + 1000),
    entry('listening', 3, T0 + DAY, 1),
    entry('writing', null, T0 + 2 * DAY, 2),
  ];

  it('replays the log up to and including the time', () => {
    expect(ratingsAt(history, T0 - 1)).toEqual({});
    expect(ratingsAt(history, T0)).toEqual({ listening: 1 });
    expect(ratingsAt(history, T0 + 1000)).toEqual({ listening: 1, writing: 2 });
    expect(ratingsAt(history, T0 + DAY)).toEqual({ listening: 3, writing: 2 });
  });

  it('removes a cleared rating', () => {
    expect(ratingsAt(history, T0 + 3 * DAY)).toEqual({ listening: 3 });
  });

  it('sorts a log that is out of order, keeping same-time entries in order, and skips bad times', () => {
    const shuffled = [
      entry('listening', 3, T0 + DAY),
      entry('listening', 1, T0),
      entry('writing', 1, T0),
      entry('writing', 4, T0),
      entry('ticketing', 2, Number.NaN),
    ];
    expect(ratingsAt(shuffled, T0 + 10 * DAY)).toEqual({ listening: 3, writing: 4 });
    expect(sortedHistory(shuffled).map((e) => e.at)).toEqual([T0, T0, T0, T0 + DAY]);
  });

  it('returns a sorted log as it is', () => {
    expect(sortedHistory(history)).toBe(history);
  });

  it('keeps odd skill ids as ratings, not as object internals', () => {
    const ratings = ratingsAt([entry('__proto__', 2, T0), entry('constructor', 1, T0)], T0);
    expect(Object.hasOwn(ratings, '__proto__')).toBe(true);
    expect(ratings['constructor']).toBe(1);
  });
});

describe('ratings to compare with', () => {
  const history = [entry('listening', 1, T0), entry('listening', 3, T0 + DAY)];
  const checkIns: CheckIn[] = [{ id: 7, at: T0, note: 'Q1 review', ratings: { writing: 2 } }];

  it('takes a day from the log at its end (UTC)', () => {
    expect(ratingsOnDate(history, '2026-01-05')).toEqual({ listening: 1 });
    expect(ratingsOnDate(history, '2026-01-06')).toEqual({ listening: 3 });
    expect(ratingsOnDate(history, '2026-01-04')).toEqual({});
    expect(ratingsOnDate(history, '2026-02-30')).toBeNull();
    expect(ratingsOnDate(history, 'yesterday')).toBeNull();
  });

  it('takes a check-in by id', () => {
    expect(ratingsOfCheckIn(checkIns, 7)).toEqual({ writing: 2 });
    expect(ratingsOfCheckIn(checkIns, 8)).toBeNull();
  });

  it('chooses by kind', () => {
    expect(ratingsForComparison({ kind: 'date', date: '2026-01-05' }, { history, checkIns })).toEqual({
      listening: 1,
    });
    expect(ratingsForComparison({ kind: 'checkIn', checkInId: 7 }, { history, checkIns })).toEqual({
      writing: 2,
    });
  });
});

describe('readinessOverTime', () => {
  it('gives one point per day with changes, at the end of the day', () => {
    const history = [
      entry('listening', 2, T0),
      entry('ticketing', 3, T0 + 1000),
      entry('writing', 2, T0 + 3 * DAY),
      entry('troubleshooting', 1, T0 + 3 * DAY + 60_000),
    ];
    const points = readinessOverTime(guide, history, 2, 'mid');
    expect(points.map((p) => p.date)).toEqual(['2026-01-05', '2026-01-08']);
    expect(points[0]!.at).toBe(Date.UTC(2026, 0, 6) - 1);
    // Mid asks for 2+2+3+1 = 8 levels: 5 reached on day one (80 × 5/8 = 50, + 20 for 2 years).
    expect(points.map((p) => p.readiness)).toEqual([70, 100]);
  });

  it('can start from a baseline the day before, with nothing rated', () => {
    const points = readinessOverTime(guide, [entry('listening', 2, T0)], 1, 'mid', { includeBaseline: true });
    expect(points.map((p) => [p.date, p.readiness])).toEqual([
      ['2026-01-04', 10],
      ['2026-01-05', 30],
    ]);
  });

  it('is empty without history', () => {
    expect(readinessOverTime(guide, [], 1, 'mid')).toEqual([]);
    expect(readinessOverTime(guide, [], 1, 'mid', { includeBaseline: true })).toEqual([]);
  });

  it('ignores skills the guide does not have and reads off-scale levels as the nearest level', () => {
    const points = readinessOverTime(
      guide,
      [entry('gone', 4, T0), entry('listening', 9, T0 + 1), entry('ticketing', 2.6, T0 + 2)],
      0,
      'mid',
    );
    expect(points).toHaveLength(1);
    expect(points[0]!.readiness).toBe(
      computeReadiness(guide, { listening: 4, ticketing: 3 }, 0, 'mid').score,
    );
  });

  it('rejects an unknown tier', () => {
    expect(() => readinessOverTime(guide, [], 1, 'boss')).toThrow(/Unknown tier/);
  });

  it('equals computeReadiness on the replayed ratings at every point (property)', () => {
    fc.assert(
      fc.property(
        arbitraryGuide,
        arbitraryHistory,
        fc.double({ min: -1, max: 15, noNaN: true }),
        fc.constantFrom('junior', 'mid', 'senior'),
        fc.boolean(),
        (g, history, years, tierId, includeBaseline) => {
          const points = readinessOverTime(g, history, years, tierId, { includeBaseline });
          const days = new Set(history.map((e) => Math.floor(e.at / DAY)));
          expect(points).toHaveLength(days.size + (includeBaseline && history.length > 0 ? 1 : 0));
          for (const point of points) {
            expect(point.at).toBe(endOfUtcDay(point.at));
            expect(point.date).toBe(new Date(point.at).toISOString().slice(0, 10));
            expect(point.readiness).toBe(
              computeReadiness(g, ratingsAt(history, point.at), years, tierId).score,
            );
          }
          for (let i = 1; i < points.length; i += 1) expect(points[i]!.at).toBeGreaterThan(points[i - 1]!.at);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles a 100,000-entry history in one pass', () => {
    const skills = guide.skills.map((s) => s.id);
    const history: HistoryEntry[] = [];
    for (let i = 0; i < 100_000; i += 1) {
      // About 14 changes a day for 20 years.
      history.push(entry(skills[i % skills.length]!, (i * 7) % 5, T0 + i * 6_000_000));
    }
    const points = readinessOverTime(guide, history, 3, 'senior');
    const lastDay = Math.floor(history.at(-1)!.at / DAY);
    expect(points).toHaveLength(lastDay - Math.floor(T0 / DAY) + 1);
    expect(points[0]!.date).toBe('2026-01-05');
    expect(points.every((p) => Number.isInteger(p.readiness) && p.readiness >= 0 && p.readiness <= 100)).toBe(
      true,
    );
    const last = points.at(-1)!;
    expect(last.readiness).toBe(computeReadiness(guide, ratingsAt(history, last.at), 3, 'senior').score);

    const averages = categoryAveragesOverTime(guide, history);
    expect(averages).toHaveLength(points.length);
  });
});

describe('categoryAveragesOverTime', () => {
  it('averages each category per day, unrated skills counting as the bottom level', () => {
    const history = [
      entry('listening', 2, T0),
      entry('ticketing', 4, T0 + DAY),
      entry('troubleshooting', 1, T0 + DAY + 5),
      entry('listening', null, T0 + 2 * DAY),
    ];
    expect(categoryAveragesOverTime(guide, history).map((p) => [p.date, p.averages])).toEqual([
      ['2026-01-05', { communication: 1, technical: 0 }],
      ['2026-01-06', { communication: 1, technical: 2.5 }],
      ['2026-01-07', { communication: 0, technical: 2.5 }],
    ]);
  });

  it('equals the average of the replayed ratings at every point (property)', () => {
    fc.assert(
      fc.property(arbitraryHistory, (history) => {
        for (const point of categoryAveragesOverTime(guide, history)) {
          const ratings = ratingsAt(history, point.at);
          for (const category of guide.categories) {
            const skills = guide.skills.filter((s) => s.categoryId === category.id);
            const sum = skills.reduce((total, s) => total + (ratingOf(guide, ratings, s.id) ?? 0), 0);
            expect(point.averages[category.id]).toBeCloseTo(sum / skills.length, 12);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('compareRatings', () => {
  it('lists rises and falls in guide order, with readiness before and after', () => {
    const result = compareRatings(
      guide,
      { listening: 1, writing: 3, ticketing: 2 },
      { listening: 2, writing: 1, troubleshooting: 1, ticketing: 2 },
      2,
      'mid',
    );
    expect(result.rose).toEqual([
      { skillId: 'listening', from: 1, to: 2 },
      { skillId: 'troubleshooting', from: null, to: 1 },
    ]);
    expect(result.fell).toEqual([{ skillId: 'writing', from: 3, to: 1 }]);
    expect(result.unchanged).toBe(1);
    expect(result.readinessBefore).toBe(
      computeReadiness(guide, { listening: 1, writing: 3, ticketing: 2 }, 2, 'mid').score,
    );
    expect(result.readinessChange).toBe(result.readinessAfter - result.readinessBefore);
  });

  it('counts a cleared rating as a fall and a first rating, even at the bottom, as a rise', () => {
    const result = compareRatings(guide, { listening: 2 }, { writing: 0 }, 0, 'mid');
    expect(result.fell).toEqual([{ skillId: 'listening', from: 2, to: null }]);
    expect(result.rose).toEqual([{ skillId: 'writing', from: null, to: 0 }]);
  });

  it('partitions the skills into rose, fell and unchanged (property)', () => {
    fc.assert(
      fc.property(arbitraryRatings(guide), arbitraryRatings(guide), (before, after) => {
        const result = compareRatings(guide, before, after, 1, 'senior');
        const ids = [...result.rose, ...result.fell].map((m) => m.skillId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length + result.unchanged).toBe(guide.skills.length);
        for (const move of result.rose) expect((move.to ?? -1) > (move.from ?? -1)).toBe(true);
        for (const move of result.fell) expect((move.to ?? -1) < (move.from ?? -1)).toBe(true);
        const swapped = compareRatings(guide, after, before, 1, 'senior');
        expect(swapped.rose.map((m) => m.skillId)).toEqual(result.fell.map((m) => m.skillId));
        expect(swapped.readinessChange + result.readinessChange).toBe(0);
      }),
    );
  });
});

describe('downsamplePoints', () => {
  const series = (values: number[]) => values.map((v, i) => ({ i, v }));

  it('returns a copy when there are few enough points', () => {
    const points = series([1, 2, 3]);
    const result = downsamplePoints(points, 3);
    expect(result).toEqual(points);
    expect(result).not.toBe(points);
  });

  it('samples evenly without a value, keeping first and last', () => {
    const result = downsamplePoints(series([0, 1, 2, 3, 4, 5, 6, 7, 8]), 5);
    expect(result.map((p) => p.i)).toEqual([0, 2, 4, 6, 8]);
  });

  it('keeps a dip that even sampling would lose', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i === 51 ? -50 : i));
    const result = downsamplePoints(series(values), 10, (p) => p.v);
    expect(result.some((p) => p.v === -50)).toBe(true);
  });

  it('reads fewer than two points as two', () => {
    expect(downsamplePoints(series([1, 2, 3]), 0).map((p) => p.i)).toEqual([0, 2]);
  });

  it('keeps first, last, the extremes and the order, within the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 2, max: 50 }),
        fc.boolean(),
        (values, max, byValue) => {
          const points = series(values);
          const result = downsamplePoints(points, max, byValue ? (p) => p.v : undefined);
          expect(result.length).toBeLessThanOrEqual(Math.max(max, 0));
          expect(result[0]).toBe(points[0]);
          expect(result.at(-1)).toBe(points.at(-1));
          for (let k = 1; k < result.length; k += 1) expect(result[k]!.i).toBeGreaterThan(result[k - 1]!.i);
          if (byValue && max >= 4) {
            expect(result.some((p) => p.v === Math.max(...values))).toBe(true);
            expect(result.some((p) => p.v === Math.min(...values))).toBe(true);
          }
        },
      ),
    );
  });
});
