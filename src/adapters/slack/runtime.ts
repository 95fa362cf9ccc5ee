// Replaced by the Slack adapter.
import type { PlatformRuntime, Services } from '../../app.js';

export async function createSlackRuntime(_services: Services): Promise<PlatformRuntime> {
  throw new Error('Slack support is not built yet');
}
