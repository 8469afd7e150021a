// The HTML page of an error: status, a one-line message and, for 406, links to every format on offer.
import { html } from './html.js';
import { page } from './layout.js';

/** What an error page shows. */
export interface ErrorViewInput {
  status: number;
  title: string;
  message: string;
  /** Representations on offer (406): each gets a link. */
  alternates?: readonly { href: string; mediaType: string }[];
  publicBase: string;
}

/** Renders an error page; the message is escaped like any other string. */
export function renderErrorPage(input: ErrorViewInput): string {
  const alternates = input.alternates ?? [];
  const body = html`<h1>${input.status} ${input.title}</h1>
<p>${input.message}</p>
${alternates.length > 0 ? html`<p>可用格式 Available formats:</p><ul>${alternates.map((a) => html`<li><a href="${a.href}">${a.mediaType}</a></li>`)}</ul>` : ''}`;
  return page({ title: `${input.status} ${input.title}`, publicBase: input.publicBase, body });
}
