/** A command-line problem the user can fix (bad option value, unreadable file); printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
