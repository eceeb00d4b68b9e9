import type { RunResult } from '#src/use-cases/run-result.ts';
import type { FakeGateway } from '#test/support/fake-gateway.ts';
import type { PreviewPage } from './preview-html.ts';
import type { Scene } from './preview-scene.ts';

/** The Backlog Health issue pages (filled in once the health module exists). */
export const healthPages = async (
  _scene: Scene,
  _gateway: FakeGateway,
  _result: RunResult,
): Promise<PreviewPage[]> => [];
