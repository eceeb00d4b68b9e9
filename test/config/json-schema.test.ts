import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, renderJsonSchema } from '#src/config/json-schema.ts';

describe('the committed JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` and commit when this fails)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(renderJsonSchema());
  });

  it('accepts the example config and rejects unknown keys, as the runtime validation does', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(renderJsonSchema()));
    expect(validate(parse(readFileSync('examples/backlog-hygiene.yml', 'utf8')) ?? {})).toBe(true);
    expect(validate({ rules: { stale: { days: 30 } } })).toBe(true);
    expect(validate({ rules: { stale: { dayz: 30 } } })).toBe(false);
    expect(validate({ agenda: { orderBy: 'random' } })).toBe(false);
  });
});
