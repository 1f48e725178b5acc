import * as z from 'zod/mini';
import { GuideSchema, GUIDE_FORMAT_VERSION } from './schema';

/** The guide format as a standard JSON Schema (draft 2020-12), for other tools. */
export function guideJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(GuideSchema, { io: 'input' }),
    $id: 'career-guide.schema.json',
    title: `Career Path Planner guide, format version ${GUIDE_FORMAT_VERSION}`,
    description:
      'Shape of a career guide. Cross-references (ids, levels within the scale, a requirement for every tier) are checked by the app on import; see docs/career-guide-format.md.',
  };
}
