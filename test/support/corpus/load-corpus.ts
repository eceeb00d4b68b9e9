import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { corpusCaseSchema, corpusFileSchema, type CorpusCase } from './corpus-case.ts';

/** Where the corpus files live: test/corpus/*.yaml. */
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));

const describe = (error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string =>
  error.issues.map((issue) => `${issue.path.map(String).join('.') || '(case)'}: ${issue.message}`).join('; ');

/**
 * Reads and validates every corpus file. Throws one error listing every problem (file, case and
 * field), so a mistyped case is fixed in one go instead of being silently skipped.
 */
export const loadCorpus = (dir: string = CORPUS_DIR): CorpusCase[] => {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const problems: string[] = [];
  const cases: CorpusCase[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const shape = corpusFileSchema.safeParse(raw);
    if (!shape.success) {
      problems.push(`${file}: expected "theme:" and a non-empty "cases:" list (${describe(shape.error)})`);
      continue;
    }
    shape.data.cases.forEach((entry, index) => {
      const parsed = corpusCaseSchema.safeParse(entry);
      const label = `${file} case ${index + 1}${typeof (entry as { id?: unknown })?.id === 'string' ? ` (${(entry as { id: string }).id})` : ''}`;
      if (!parsed.success) {
        problems.push(`${label}: ${describe(parsed.error)}`);
        return;
      }
      const earlier = seen.get(parsed.data.id);
      if (earlier) problems.push(`${label}: id "${parsed.data.id}" is already used in ${earlier}; ids must be unique`);
      seen.set(parsed.data.id, file);
      const { expect } = parsed.data;
      if (expect.estimateValue && expect.estimate === 'fail')
        problems.push(`${label}: estimateValue is given but expect.estimate is fail (missing); set one or the other`);
      cases.push({ ...parsed.data, file });
    });
  }
  if (problems.length > 0) throw new Error(`Invalid corpus in ${dir}:\n- ${problems.join('\n- ')}`);
  return cases;
};
