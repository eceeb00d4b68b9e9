import type { Readable } from 'node:stream';

/** Something text can be written to: a stream such as process.stdout, or a test's collector. */
export type TextSink = { write(text: string): unknown };

/**
 * The world the CLI talks to, passed in so tests run it in-process: standard streams (stdin may
 * be a plain string) and the directory relative paths start from.
 */
export type CliIo = {
  readonly stdin: Readable | string;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly cwd?: string;
};

/** Exit codes: 0 done, 1 an unexpected failure (a bug), 2 a usage, input or config problem the user can fix. */
export const EXIT = { ok: 0, unexpected: 1, usage: 2 } as const;
