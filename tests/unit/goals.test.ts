import fc from 'fast-check';
import { computeGoalPace, parseIsoDate } from '../../src/domain';
import { arbitraryRatings, buildGuide, ratingsMeeting } from '../fixtures/buildGuide';

const guide = buildGuide();
const today = new Date(Date.UTC(2026, 0, 1));
const noGoals = { targetDate: null, skillTargets: {} };

describe('parseIsoDate', () => {
  it('accepts real calendar days and refuses the rest', () => {
    expect(parseIsoDate('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(parseIsoDate('26-2-3')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});

describe('computeGoalPace', () => {
  it('counts the levels missing for the tier when no goals are set', () => {
    // mid requires listening 2, writing 2, ticketing 3, troubleshooting 1 = 8 levels from nothing.
    const pace = computeGoalPace(guide, {}, 0, 'mid', noGoals, today);
    expect(pace.verdict).toBe('no-date');
    expect(pace.levelsNeeded).toBe(8);
    expect(pace.levelsPerMonth).toBeNull();
  });

  it('lets a skill goal raise the bar but never lower it', () => {
    const raised = computeGoalPace(
      guide,
      {},
      0,
      'mid',
      { targetDate: null, skillTargets: { writing: 4 } },
      today,
    );
    expect(raised.levelsNeeded).toBe(10);
    const lowered = computeGoalPace(
      guide,
      {},
      0,
      'mid',
      { targetDate: null, skillTargets: { writing: 0 } },
      today,
    );
    expect(lowered.levelsNeeded).toBe(8);
  });

  it('spreads the levels over the months left', () => {
    const pace = computeGoalPace(guide, {}, 3, 'mid', { targetDate: '2027-01-01', skillTargets: {} }, today);
    expect(pace.verdict).toBe('achievable');
    expect(pace.monthsLeft).toBeCloseTo(12, 1);
    expect(pace.levelsPerMonth).toBeCloseTo(8 / 12, 2);
  });

  it('says when the date comes before the tier’s minimum years', () => {
    // 1 year of experience, mid expects 2: a date six months out is too soon.
    const pace = computeGoalPace(guide, {}, 1, 'mid', { targetDate: '2026-07-01', skillTargets: {} }, today);
    expect(pace.verdict).toBe('too-soon-for-experience');
    expect(pace.yearsAtTargetDate).toBeCloseTo(1.5, 1);
    expect(pace.experienceReachedOn).toBe('2027-01-01');
  });

  it('says when the date has passed', () => {
    const pace = computeGoalPace(guide, {}, 5, 'mid', { targetDate: '2025-06-01', skillTargets: {} }, today);
    expect(pace.verdict).toBe('past');
    expect(pace.levelsPerMonth).toBeNull();
  });

  it('needs nothing once every requirement is met', () => {
    const pace = computeGoalPace(guide, ratingsMeeting(guide, 'mid'), 2, 'mid', noGoals, today);
    expect(pace.levelsNeeded).toBe(0);
  });

  it('never asks for negative levels and never lowers what is needed when a rating drops', () => {
    fc.assert(
      fc.property(arbitraryRatings(guide), fc.constantFrom('junior', 'mid', 'senior'), (ratings, tierId) => {
        const pace = computeGoalPace(guide, ratings, 0, tierId, noGoals, today);
        expect(pace.levelsNeeded).toBeGreaterThanOrEqual(0);
        const lowered = Object.fromEntries(
          Object.entries(ratings).map(([k, v]) => [k, Math.max(0, (v ?? 0) - 1)]),
        );
        expect(
          computeGoalPace(guide, lowered, 0, tierId, noGoals, today).levelsNeeded,
        ).toBeGreaterThanOrEqual(pace.levelsNeeded);
      }),
    );
  });
});
