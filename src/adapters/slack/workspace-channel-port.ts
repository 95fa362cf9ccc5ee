// With OAuth every workspace has its own token. The reminder service names each channel's workspace (the team
// id stored with the reminder), so a scheduled re-post after a restart finds its token with no request first.
// A workspace inside an Enterprise Grid org is answered by the org-wide install: the enterprise id is learnt
// from the requests that come from its channels.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ChannelAddress, ChannelPort, PostedMessage } from '../../core/ports.js';
import { PlatformError } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { Logger } from '../../log.js';
import { SlackChannelPort } from './channel-port.js';
import type { InstallationKey, SlackOAuth } from './oauth.js';

/** Channel id → the workspace it belongs to, as Slack told us on a request from that channel. */
export class ChannelWorkspaces {
  private readonly byChannel = new Map<string, InstallationKey>();

  remember(channelId: string, key: InstallationKey): void {
    this.byChannel.set(channelId, key);
  }

  get(channelId: string): InstallationKey | undefined {
    return this.byChannel.get(channelId);
  }

  /** Bolt middleware: records the workspace of every channel a command or button comes from. */
  middleware(): Middleware<AnyMiddlewareArgs> {
    return async ({ body, context, next }) => {
      const b = body as { channel_id?: string; channel?: { id?: string } };
      const channel = b.channel_id ?? b.channel?.id;
      if (channel && (context.teamId || context.enterpriseId)) {
        this.remember(channel, {
          teamId: context.teamId,
          enterpriseId: context.enterpriseId,
          isEnterpriseInstall: context.isEnterpriseInstall,
        });
      }
      await next();
    };
  }
}

export class WorkspaceChannelPort implements ChannelPort {
  constructor(
    private readonly oauth: SlackOAuth,
    private readonly workspaces: ChannelWorkspaces,
    private readonly opts: { botName: string; log?: Logger },
  ) {}

  private async port(at: ChannelAddress): Promise<SlackChannelPort> {
    const learnt = this.workspaces.get(at.channelId);
    const key = learnt?.teamId === at.workspaceId ? learnt : { teamId: at.workspaceId };
    const client = await this.oauth.clientFor(key);
    if (!client) {
      throw new PlatformError('unavailable', 'the workspace removed the app', { reason: 'app-uninstalled' });
    }
    return new SlackChannelPort(client, this.opts);
  }

  async post(at: ChannelAddress, reply: Reply): Promise<PostedMessage> {
    return (await this.port(at)).post(at, reply);
  }

  async edit(at: ChannelAddress, messageId: string, reply: Reply): Promise<void> {
    await (await this.port(at)).edit(at, messageId, reply);
  }

  async pin(at: ChannelAddress, messageId: string): Promise<void> {
    await (await this.port(at)).pin(at, messageId);
  }

  async unpin(at: ChannelAddress, messageId: string): Promise<void> {
    await (await this.port(at)).unpin(at, messageId);
  }
}
