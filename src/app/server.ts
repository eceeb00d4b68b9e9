import { DEFAULT_GRACE_MS, startAppServer } from './start-server.ts';

// `npm start`. Probot reads .env itself, but only inside its run(); load it first so our options see it too.
try {
  process.loadEnvFile();
} catch {
  // No .env file: the environment is all there is.
}

const graceMs = (): number => {
  const value = process.env.BACKLOG_HYGIENE_SHUTDOWN_SECONDS?.trim();
  if (!value) return DEFAULT_GRACE_MS;
  if (!/^\d{1,5}$/.test(value))
    throw new Error(`BACKLOG_HYGIENE_SHUTDOWN_SECONDS must be a whole number of seconds such as 20 (got "${value}").`);
  return Number(value) * 1000;
};

try {
  const grace = graceMs();
  const server = await startAppServer(process.env);
  // SIGTERM (Kubernetes, systemd, Docker) and SIGINT (Ctrl-C): finish or hand back queued work, then exit.
  const stop = async () => {
    const report = await server.close(grace);
    process.exit(report.finished ? 0 : 1);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
} catch (error) {
  console.error(`backlog-hygiene app: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
