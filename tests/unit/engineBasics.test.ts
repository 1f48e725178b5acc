import { normalizeYears } from '../../src/domain/experience';
import { ratingOf, withRating } from '../../src/domain/ratings';
import { requiredLevel } from '../../src/domain/requirements';
import { bottomLevel, topLevel } from '../../src/domain/scale';
import * as domain from '../../src/domain';
import { buildGuide } from '../fixtures/buildGuide';

const guide = buildGuide();

describe('scale', () => {
  it('knows its bottom and top levels', () => {
    expect(bottomLevel(guide)).toBe(0);
    expect(topLevel(guide)).toBe(4);
    const oneBased = buildGuide({
      scale: { levels: guide.scale.levels.map((l) => ({ ...l, level: l.level + 1 })) },
      skills: guide.skills.map((s) => ({ ...s, requirements: { junior: 1, mid: 1, senior: 1 } })),
    });
    expect([bottomLevel(oneBased), topLevel(oneBased)]).toEqual([1, 5]);
  });
});

describe('ratingOf', () => {
  it('reads a rating as a whole level on the scale', () => {
    expect(ratingOf(guide, { listening: 3 }, 'listening')).toBe(3);
    expect(ratingOf(guide, { listening: 0 }, 'listening')).toBe(0);
    expect(ratingOf(guide, { listening: 2.5 }, 'listening')).toBe(3);
    expect(ratingOf(guide, { listening: 12 }, 'listening')).toBe(4);
    expect(ratingOf(guide, { listening: -1 }, 'listening')).toBe(0);
  });

  it('is null when not rated or not a number', () => {
    expect(ratingOf(guide, {}, 'listening')).toBeNull();
    expect(ratingOf(guide, { listening: undefined }, 'listening')).toBeNull();
    expect(ratingOf(guide, { listening: Number.NaN }, 'listening')).toBeNull();
    expect(ratingOf(guide, { listening: Number.POSITIVE_INFINITY }, 'listening')).toBeNull();
    expect(ratingOf(guide, { listening: '3' as unknown as number }, 'listening')).toBeNull();
  });

  it('does not read inherited object members as ratings', () => {
    expect(ratingOf(guide, {}, 'constructor')).toBeNull();
    expect(ratingOf(guide, {}, 'valueOf')).toBeNull();
  });
});

describe('withRating', () => {
  it('returns a copy with one skill set', () => {
    const before = { listening: 1 };
    const after = withRating(before, 'writing', 2);
    expect(after).toEqual({ listening: 1, writing: 2 });
    expect(before).toEqual({ listening: 1 });
  });
});

describe('normalizeYears', () => {
  it('keeps valid years and turns negative or NaN into 0', () => {
    expect(normalizeYears(3.5)).toBe(3.5);
    expect(normalizeYears(0)).toBe(0);
    expect(normalizeYears(-1)).toBe(0);
    expect(normalizeYears(Number.NaN)).toBe(0);
  });
});

describe('requiredLevel', () => {
  it('reads the requirement, falling back to the bottom level', () => {
    const skill = guide.skills[2]!;
    expect(requiredLevel(guide, skill, 'mid')).toBe(3);
    expect(requiredLevel(guide, skill, 'unknown')).toBe(0);
  });
});

describe('domain index', () => {
  it('re-exports the public API, guide parsing included', () => {
    for (const name of [
      'parseGuide',
      'GuideSchema',
      'computeSkillGaps',
      'summarizeGaps',
      'categoryProgress',
      'computeReadiness',
      'explainReadinessRule',
      'tierIndex',
      'nextTier',
      'inferCurrentTier',
      'defaultTargetTier',
      'formatExperienceRange',
      'recommendFocus',
      'salaryForTier',
      'salaryStep',
      'projectSalary',
      'salaryRangeBand',
      'formatMoney',
      'formatSalaryFigure',
    ]) {
      expect(domain).toHaveProperty(name);
    }
    expect(domain.SKILL_WEIGHT).toBe(80);
    expect(domain.CLOSE_GAP_MAX).toBe(1);
  });
});
