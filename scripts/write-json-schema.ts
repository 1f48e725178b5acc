// Writes public/career-guide.schema.json from the zod schema, so the published
// JSON Schema can never drift from the one definition the app validates with.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guideJsonSchema } from '../src/domain/guide/jsonSchema.ts';

const target = fileURLToPath(new URL('../public/career-guide.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(guideJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
