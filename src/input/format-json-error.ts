/** Line and column (1-based) of a character offset in a text; scans once, no regex. */
export const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
};

/**
 * Rewrites a JSON.parse message so it points at a line: V8 reports "at position 1234", which
 * nobody can find in an editor. Newer V8s append "(line 3 column 5)" themselves; that is dropped
 * and recomputed, so every Node version prints the same "at line 3, column 5".
 */
export const formatJsonError = (message: string, text: string): string => {
  const firstLine = (message.split('\n', 1)[0] ?? message).replace(/ \(line \d{1,12} column \d{1,12}\)$/, '');
  const position = /at position (\d{1,12})/.exec(firstLine);
  if (!position) return firstLine;
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return firstLine.replace(/ in JSON at position \d{1,12}| at position \d{1,12}/, ` at line ${line}, column ${column}`);
};
