// Server-rendered HTML for the few pages people open in a browser (install page, OAuth result pages).
// Every interpolated value is escaped by the `html` tag unless it is already `SafeHtml`; the one stylesheet is
// inline and allowed by its hash, so the Content-Security-Policy can forbid everything else: no script, no
// external request, no framing, no form posts.
import { createHash } from 'node:crypto';
import type { HttpResponse } from './server.js';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Value = SafeHtml | string | number | readonly (SafeHtml | string)[] | undefined | null | false;

function render(v: Value): string {
  if (v === undefined || v === null || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map((x) => render(x)).join('');
  return escapeHtml(String(v));
}

/** `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through as they are. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Readable on a 320 px phone and a desktop alike; system fonts, so nothing is fetched. */
const STYLE = `
:root{color-scheme:light dark;--fg:#1d2226;--muted:#56687a;--bg:#f4f2ee;--card:#fff;--accent:#0a66c2;--line:#d0d7de}
@media (prefers-color-scheme:dark){:root{--fg:#e8e6e3;--muted:#a7b0b8;--bg:#1b1f23;--card:#24292e;--accent:#70b5f9;--line:#3b4248}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:46rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
p,ol,ul{margin:.5rem 0}
a{color:var(--accent)}
section{background:var(--card);border:1px solid var(--line);border-radius:.75rem;padding:1rem 1.1rem;margin:1rem 0}
.buttons{display:flex;flex-wrap:wrap;gap:.6rem;margin:.75rem 0}
.button{display:inline-block;padding:.65rem 1rem;border-radius:.5rem;background:var(--accent);color:#fff;font-weight:600;text-decoration:none;min-height:44px}
@media (prefers-color-scheme:dark){.button{color:#0b1520}}
.button.secondary{background:transparent;color:var(--accent);border:2px solid var(--accent)}
.muted{color:var(--muted);font-size:.9rem}
code{font:inherit;font-family:ui-monospace,Menlo,Consolas,monospace;background:var(--bg);padding:.1rem .3rem;border-radius:.25rem;overflow-wrap:anywhere}
`.trim();

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface PageOptions {
  title: string;
  body: SafeHtml;
  status?: number;
  headers?: Record<string, string>;
}

export function htmlPage({ title, body, status = 200, headers = {} }: PageOptions): HttpResponse {
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      ...headers,
    },
    body: doc.value,
  };
}
