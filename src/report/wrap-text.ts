/**
 * Breaks text into lines of at most `width` characters at spaces (a word longer than the width
 * gets a line of its own rather than being cut, so URLs and rule ids stay whole). Without a
 * width, or with a width under 20, the text stays on one line: pipes and files get it unbroken.
 */
export const wrapText = (text: string, width: number | undefined): string[] => {
  if (width === undefined || width < 20) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line === '') line = word;
    else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
};
