/**
 * A problem with the issues file the user gave us (not JSON, wrong shape, too big). The message is
 * one line that names the input, the problem and the fix; front ends print it as is, without a stack.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
