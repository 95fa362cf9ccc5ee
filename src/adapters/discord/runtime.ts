// Replaced by the Discord adapter.
import type { PlatformRuntime, Services } from '../../app.js';

export async function createDiscordRuntime(_services: Services): Promise<PlatformRuntime> {
  throw new Error('Discord support is not built yet');
}
