import { readFileSync } from 'node:fs';
import { guideJsonSchema } from '../../src/domain/guide/jsonSchema';

describe('public/career-guide.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing the format)', () => {
    const published: unknown = JSON.parse(readFileSync('public/career-guide.schema.json', 'utf8'));
    expect(published).toEqual(guideJsonSchema());
  });

  it('describes the fields a guide author needs, with the salary kinds spelled out', () => {
    const text = JSON.stringify(guideJsonSchema());
    for (const field of [
      'formatVersion',
      'tiers',
      'skills',
      'requirements',
      'portfolioMetrics',
      'lowerBound',
    ]) {
      expect(text).toContain(field);
    }
  });
});
