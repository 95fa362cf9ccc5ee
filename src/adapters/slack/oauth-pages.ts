// Every word a person reads around the Slack installation: the pages after "Add to Slack" and the polite
// refusal a workspace gets once it has removed the app.
import { html, htmlPage } from '../../http/html.js';
import type { HttpResponse } from '../../http/server.js';
import { APP_NAME } from './manifest.js';

export type InstallFailure = 'cancelled' | 'bad-state' | 'exchange-failed';

export function installedPage(workspace: string | undefined, firstCommand: string): HttpResponse {
  const where = workspace ? `to ${workspace}` : 'to your workspace';
  return htmlPage({
    title: `${APP_NAME} is installed`,
    body: html`<h1>${APP_NAME} was added ${where}</h1>
<section>
<p>Type this in any channel or in a direct message to start:</p>
<p><code>${firstCommand}</code></p>
<p>It walks you through switching off “Data for Generative AI Improvement” on desktop or in the mobile app.
Only you see the answer unless you choose to share it.</p>
<p class="muted">To pin a reminder that stays current, invite the app to a channel and type <code>/linkedin-reminder pin</code>.</p>
</section>
<p><a href="/">Back to the start page</a></p>`,
  });
}

const FAILURES: Record<InstallFailure, { status: number; title: string; text: string }> = {
  cancelled: {
    status: 200,
    title: 'Installation cancelled',
    text: 'Nothing was installed. You can start again whenever you like.',
  },
  'bad-state': {
    status: 400,
    title: 'This installation link has expired',
    text: 'The link was already used, is older than ten minutes, or was opened in another browser. Start again from the button below.',
  },
  'exchange-failed': {
    status: 502,
    title: 'Slack did not complete the installation',
    text: 'Slack did not confirm the installation. Please try again in a minute.',
  },
};

export function installFailedPage(kind: InstallFailure): HttpResponse {
  const f = FAILURES[kind];
  return htmlPage({
    status: f.status,
    title: f.title,
    body: html`<h1>${f.title}</h1>
<section><p>${f.text}</p>
<p class="buttons"><a class="button" href="/slack/install">Add to Slack</a></p></section>
<p><a href="/">Back to the start page</a></p>`,
  });
}

/** What a slash command or button from a workspace without an installation gets back. */
export function notInstalledText(installUrl: string | undefined): string {
  const again = installUrl ? ` Anyone in this workspace can add it again: ${installUrl}` : '';
  return `${APP_NAME} is no longer installed in this workspace, so I can't answer here.${again}`;
}
