// One place that maps `--format` to a renderer, shared by `say` and the interactive console.
import type { Reply } from '../../core/reply.js';
import { renderDiscord } from '../discord/render.js';
import { renderSlack } from '../slack/render.js';
import { renderText } from './render-text.js';

export const FORMATS = ['text', 'json', 'discord', 'slack'] as const;
export type Format = (typeof FORMATS)[number];

export function formatReply(reply: Reply, format: Format, color = false): string {
  switch (format) {
    case 'json':
      return JSON.stringify(reply, null, 2);
    case 'discord':
      return JSON.stringify(renderDiscord(reply), null, 2);
    case 'slack':
      return JSON.stringify(renderSlack(reply), null, 2);
    default:
      return renderText(reply, { color });
  }
}
