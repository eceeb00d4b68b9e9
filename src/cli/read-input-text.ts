import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { UsageError } from './usage-error.ts';

/** `gh issue list` output for 10,000 issues is about 30 MB; far larger files are not issue lists. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const tooBig = (label: string, bytes: number) =>
  new UsageError(
    `${label} is over ${megabytes(bytes)}; the limit is ${megabytes(MAX_INPUT_BYTES)} — pass the output of \`gh issue list --json …\`, or split it with --limit`,
  );

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
};

/** Turns a file-system error into "cannot read --input x.json: no such file". */
export const describeFileError = (label: string, error: unknown): UsageError => {
  const code = (error as { code?: string }).code ?? '';
  return new UsageError(`cannot read ${label}: ${REASONS[code] ?? (error as Error).message}`);
};

/**
 * Decodes input bytes. Windows PowerShell's `>` writes UTF-16 with a byte-order mark, and some
 * editors add a UTF-8 one; JSON.parse accepts neither, so both are handled here.
 */
export const decodeText = (bytes: Buffer): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
};

const readStream = async (stream: Readable, label: string): Promise<string> => {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > MAX_INPUT_BYTES) throw tooBig(label, bytes);
    chunks.push(buffer);
  }
  return decodeText(Buffer.concat(chunks));
};

/**
 * Reads the --input text: a file (size checked before reading) or, for "-", standard input
 * (size checked while reading, so a runaway pipe is cut off early).
 */
export const readInputText = async (input: string, stdin: Readable | string, cwd: string): Promise<string> => {
  if (input === '-') {
    const label = '--input - (standard input)';
    if (typeof stdin === 'string') {
      if (Buffer.byteLength(stdin) > MAX_INPUT_BYTES) throw tooBig(label, Buffer.byteLength(stdin));
      return stdin;
    }
    if ((stdin as { isTTY?: boolean }).isTTY) {
      throw new UsageError(
        `${label} reads the issues from a pipe, but nothing is piped in; run e.g. \`gh issue list --json … | backlog-hygiene audit --input -\``,
      );
    }
    return readStream(stdin, label);
  }
  const label = `--input ${input}`;
  const path = resolve(cwd, input);
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > MAX_INPUT_BYTES) throw tooBig(label, info.size);
    return decodeText(await readFile(path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw describeFileError(label, error);
  }
};
