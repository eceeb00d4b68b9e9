import { createServer } from 'node:net';

/** A port nobody listens on right now (Probot's server takes PORT=0 as "use 3000"). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

/** What a logger was asked to write, at any level; a pino-shaped stand-in that keeps everything. */
export const capturingLogger = () => {
  const lines: string[] = [];
  const write =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push(
        `${level} ${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg, (_k, v: unknown) => (v instanceof Error ? { ...v, message: v.message, stack: v.stack } : v)))).join(' ')}`,
      );
  const logger: Record<string, unknown> = {
    level: 'trace',
    trace: write('trace'),
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    fatal: write('fatal'),
    silent: () => {},
    isLevelEnabled: () => true,
  };
  logger.child = () => logger;
  return { logger, lines };
};
