/** Splits a word list written as "a | b | c" over several lines into trimmed words; keeps long vocabularies readable. */
export const list = (text: string): string[] =>
  text
    .split(/[|\n]/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
