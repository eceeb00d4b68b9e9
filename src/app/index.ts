// The app as a library: the Probot app function for your own Probot setup, the Node middleware for
// any HTTP server or serverless function, and the options reader. `npm start` runs server.ts instead.
export { backlogHygieneApp, createBacklogHygieneApp, type BacklogHygieneApp } from './app.ts';
export type { ShutdownReport } from './repo-lanes.ts';
export { appOptionsFromEnv, type BacklogHygieneAppOptions, type HandledEvent } from './app-options.ts';
export { findRepoConfig, readDefaultConfig, CONFIG_PATH, DEFAULT_CONFIG_ENV } from './app-config.ts';
export {
  createBacklogHygieneMiddleware,
  type BacklogHygieneMiddleware,
  type BacklogHygieneMiddlewareOptions,
} from './middleware.ts';
