import { recommendFocus } from '../../src/domain/focus';
import { buildGuide, ratingsMeeting } from '../fixtures/buildGuide';

const guide = buildGuide();

describe('recommendFocus', () => {
  it('ranks by readiness gain, then gap, then guide order, and keeps the top three', () => {
    // Nothing rated, 0 years, mid: ticketing +30, listening +20, writing +20, troubleshooting +10.
    const items = recommendFocus(guide, {}, 0, 'mid');
    expect(items.map((i) => [i.skill.id, i.readinessGain, i.gap.gap])).toEqual([
      ['ticketing', 30, 3],
      ['listening', 20, 2],
      ['writing', 20, 2],
    ]);
  });

  it('attaches the advice and mistakes that mention each skill', () => {
    const [ticketing, listening, writing] = recommendFocus(guide, {}, 0, 'mid');
    expect(ticketing!.advice.map((a) => a.text)).toEqual(['Log what you heard.']);
    expect(ticketing!.mistakes).toEqual([]);
    expect(listening!.advice.map((a) => a.text)).toEqual(['Listen before answering.', 'Log what you heard.']);
    expect(writing!.mistakes.map((m) => m.text)).toEqual(['Replying with walls of text.']);
  });

  it('carries the skill and its gap', () => {
    const [first] = recommendFocus(guide, { ticketing: 0 }, 0, 'mid', 1);
    expect(first!.skill.name).toBe('Ticketing');
    expect(first!.gap).toMatchObject({ skillId: 'ticketing', required: 3, rating: 0, gap: 3, status: 'far' });
  });

  it('breaks a tie in gain by the larger gap, then by guide order', () => {
    // 30 skills each needing level 4 at mid: a level is worth 2/3 of a point, so rounding down
    // makes closing a 1-level gap and a 2-level gap worth the same single point here.
    const many = buildGuide({
      skills: Array.from({ length: 30 }, (_, i) => ({
        id: `skill-${i + 1}`,
        name: `Skill ${i + 1}`,
        categoryId: i < 15 ? 'communication' : 'technical',
        description: 'A skill.',
        requirements: { junior: 0, mid: 4, senior: 4 },
      })),
      advice: [],
      commonMistakes: [],
    });
    const ratings = Object.fromEntries(many.skills.map((s, i) => [s.id, i < 2 ? 3 - i : 4]));
    ratings['skill-30'] = 0;
    // skill-1: gap 1, skill-2: gap 2, skill-30: gap 4; score floor(80 × 113/120 + 20) = 95.
    const items = recommendFocus(many, ratings, 2, 'mid', 10);
    expect(items.map((i) => [i.skill.id, i.readinessGain, i.gap.gap])).toEqual([
      ['skill-30', 3, 4],
      ['skill-2', 1, 2],
      ['skill-1', 1, 1],
    ]);
  });

  it('breaks a tie in gain and gap by category order, then skill order', () => {
    const ratings = { listening: 1, writing: 1, ticketing: 2 };
    // listening, writing and ticketing are each 1 level short (10 points); troubleshooting is unrated.
    const items = recommendFocus(guide, ratings, 2, 'mid', 10);
    expect(items.map((i) => [i.skill.id, i.readinessGain, i.gap.gap])).toEqual([
      ['listening', 10, 1],
      ['writing', 10, 1],
      ['ticketing', 10, 1],
      ['troubleshooting', 10, 1],
    ]);
    const technicalFirst = buildGuide({ categories: [...guide.categories].reverse() });
    expect(recommendFocus(technicalFirst, ratings, 2, 'mid', 10).map((i) => i.skill.id)).toEqual([
      'ticketing',
      'troubleshooting',
      'listening',
      'writing',
    ]);
  });

  it('includes the jump to 100 when one skill is the last thing missing', () => {
    const ratings = { ...ratingsMeeting(guide, 'mid'), troubleshooting: 0 };
    const [only, ...rest] = recommendFocus(guide, ratings, 2, 'mid');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ readinessGain: 10 });
    expect(only!.skill.id).toBe('troubleshooting');
  });

  it('is empty when every requirement is met', () => {
    expect(recommendFocus(guide, ratingsMeeting(guide, 'senior'), 0, 'senior')).toEqual([]);
  });

  it('leaves out skills that require nothing, even when unrated', () => {
    const ids = recommendFocus(guide, {}, 0, 'junior', 10).map((i) => i.skill.id);
    expect(ids).toEqual(['listening', 'ticketing']);
  });

  it('honours the limit', () => {
    expect(recommendFocus(guide, {}, 0, 'mid', 0)).toEqual([]);
    expect(recommendFocus(guide, {}, 0, 'mid', -1)).toEqual([]);
    expect(recommendFocus(guide, {}, 0, 'mid', 1)).toHaveLength(1);
    expect(recommendFocus(guide, {}, 0, 'mid', Number.POSITIVE_INFINITY)).toHaveLength(4);
  });
});
