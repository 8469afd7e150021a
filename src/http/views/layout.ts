// The page shell every HTML view shares: head, inline stylesheet, navigation, footer.
import { html, raw, type HtmlValue, type SafeHtml } from './html.js';

/** An alternate representation of the page, listed in the footer and the head. */
export interface Alternate {
  href: string;
  mediaType: string;
  label: string;
}

/** What every page needs besides its body. */
export interface PageOptions {
  title: string;
  /** Base URL links in the navigation start from (`http://host/`). */
  publicBase: string;
  body: HtmlValue;
  alternates?: readonly Alternate[];
  /** Extra markup for the head, e.g. the JSON-LD script. */
  head?: SafeHtml;
}

/** Plain, readable styles; the CSP allows inline styles for exactly this block. */
const STYLE = `
body{font:16px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{display:flex;gap:1rem;align-items:baseline;border-bottom:1px solid #ddd;padding-top:.5rem;padding-bottom:.5rem}
header a.home{font-weight:bold;font-size:1.2rem}
a{color:#0b57d0;text-decoration:none}a:hover{text-decoration:underline}
h1{font-size:1.6rem;margin:1rem 0 .25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #eee}
.iri{font-family:ui-monospace,monospace;font-size:.85rem;color:#555;word-break:break-all}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #eee}
th{width:14rem;font-weight:600;color:#333}.en{color:#666;font-size:.85rem}
.warning{background:#fff4e5;border:2px solid #d9480f;padding:.75rem 1rem;margin:1rem 0;border-radius:4px}
blockquote{margin:.25rem 0;padding:.25rem .75rem;border-left:4px solid #8ab4f8;background:#fff}
.meta{color:#666;font-size:.85rem}footer{margin-top:3rem;border-top:1px solid #ddd;color:#666;font-size:.85rem;padding-bottom:2rem}
code{font-family:ui-monospace,monospace;font-size:.9em}
`;

/** Renders a complete HTML document (lang zh-Hans) around `body`. */
export function page(options: PageOptions): string {
  const base = options.publicBase;
  const alternates = options.alternates ?? [];
  return html`<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · 纪要 jiyao</title>
${alternates.map((a) => html`<link rel="alternate" type="${a.mediaType}" href="${a.href}">\n`)}<style>${raw(STYLE)}</style>
${options.head}
</head>
<body>
<header><a class="home" href="${base}">纪要 jiyao</a>
<nav><a href="${base}search">搜索 Search</a> · <a href="${base}sparql">SPARQL</a> · <a href="${base}downloads/">下载 Downloads</a> · <a href="${base}ontology">本体 Ontology</a></nav></header>
<main>
${options.body}
</main>
<footer>${alternates.length > 0 ? html`<p>其他格式 Other formats: ${alternates.map((a, i) => html`${i > 0 ? ' · ' : ''}<a href="${a.href}" type="${a.mediaType}">${a.label}</a>`)}</p>` : ''}
<p>纪要 jiyao — 地方政府会议纪要关联开放数据 · Linked open data from local-government meeting minutes</p></footer>
</body>
</html>
`.value;
}
