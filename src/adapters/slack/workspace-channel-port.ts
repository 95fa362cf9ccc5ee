// With OAuth every workspace has its own token, but the reminder service addresses a channel by id alone.
// This port finds the channel's workspace, then posts through that workspace's own SlackChannelPort.
// The workspace of a channel is learnt from the requests that come from it (a pin always starts with one).
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ChannelPort, PostedMessage } from '../../core/ports.js';
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

  private async port(channelId: string): Promise<SlackChannelPort> {
    const key = this.workspaces.get(channelId);
    const client = key ? await this.oauth.clientFor(key) : undefined;
    if (!client) {
      throw new PlatformError(
        'unavailable',
        key ? 'the workspace removed the app' : 'workspace of the channel unknown',
        key ? { reason: 'app-uninstalled' } : {},
      );
    }
    return new SlackChannelPort(client, this.opts);
  }

  async post(channelId: string, reply: Reply): Promise<PostedMessage> {
    return (await this.port(channelId)).post(channelId, reply);
  }

  async edit(channelId: string, messageId: string, reply: Reply): Promise<void> {
    await (await this.port(channelId)).edit(channelId, messageId, reply);
  }

  async pin(channelId: string, messageId: string): Promise<void> {
    await (await this.port(channelId)).pin(channelId, messageId);
  }

  async unpin(channelId: string, messageId: string): Promise<void> {
    await (await this.port(channelId)).unpin(channelId, messageId);
  }
}
