import { run } from 'probot';
import { backlogHygieneApp } from './app.ts';
import { appOptionsFromEnv } from './app-options.ts';

// `npm start`: Probot's own server (with its manifest setup flow when APP_ID is missing, which reads
// app.yml). Probot reads .env itself, but only inside run(); load it first so our options see it too.
try {
  process.loadEnvFile();
} catch {
  // No .env file: the environment is all there is.
}

try {
  await run(backlogHygieneApp(await appOptionsFromEnv(process.env)));
} catch (error) {
  console.error(`backlog-hygiene app: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
