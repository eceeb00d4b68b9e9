// Writes the JSON Schema of .github/backlog-hygiene.yml so editors can validate and autocomplete it.
// test/config/json-schema.test.ts fails when the committed file no longer matches the zod schema.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, renderJsonSchema } from '#src/config/json-schema.ts';

writeFileSync(JSON_SCHEMA_PATH, renderJsonSchema());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
