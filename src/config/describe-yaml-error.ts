import type { YAMLError } from 'yaml';

/**
 * One readable problem for a YAML syntax error: where it is, what is wrong, then the offending
 * line (and the one before, when it helps) with line numbers and a caret under the spot, as a
 * compiler shows it. The yaml library's own excerpt is reused; only its layout changes.
 */
export const describeYamlError = (error: YAMLError): string => {
  const [head = '', ...rest] = error.message.split('\n');
  const where = error.linePos?.[0];
  // "… at line 4, column 1:" ends the library's first line; the position moves to the front.
  const what = head.replace(/ at line \d+, column \d+:?$/, '').trim();
  if (!where) return `YAML syntax error: ${what}`;
  const excerpt = rest.slice(rest[0] === '' ? 1 : 0);
  while (excerpt.length > 0 && excerpt.at(-1)?.trim() === '') excerpt.pop();
  const caret = excerpt.at(-1) ?? '';
  const context = excerpt.slice(0, -1);
  const summary = `YAML syntax error at line ${where.line}, column ${where.col}: ${what}`;
  if (!/^\s*\^+$/.test(caret) || context.length === 0) return summary;
  // The excerpt's last line before the caret is the error's line; earlier ones come before it.
  const numbers = context.map((_, index) => String(where.line - context.length + 1 + index));
  const gutter = Math.max(...numbers.map((number) => number.length));
  const lines = context.map((text, index) => `  ${numbers[index]?.padStart(gutter)} | ${text}`.trimEnd());
  lines.push(`  ${' '.repeat(gutter)} | ${caret}`);
  return `${summary}\n${lines.join('\n')}`;
};
