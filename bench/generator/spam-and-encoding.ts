// Spam injection (as seen on hacked government sites) and the final encoding of a synthetic page.

import iconv from 'iconv-lite';
import { SPAM_BRANDS } from './pools.js';
import type { Random } from './random.js';

/** Injects gambling spam the way the corpus shows it: a stuffed title line or <title>, and a hidden link block in HTML. */
export function injectSpam(text: string, isHtml: boolean, random: Random): string {
  const brand = random.pick(SPAM_BRANDS);
  const other = random.pick(SPAM_BRANDS);
  if (!isHtml) return `${brand}官网_${brand}app下载_新用户注册就送58元\n${text}`;
  const titled = text.replace(/<title>/i, `<title>${brand}_${other}_`);
  const hidden = `<div style="position:absolute;left:-9999px;top:-9999px"><a href="http://spam.example/">${brand}</a> <a href="http://spam.example/2/">${other}</a></div>\n`;
  const at = titled.search(/<\/body>/i);
  return at < 0 ? titled + hidden : titled.slice(0, at) + hidden + titled.slice(at);
}

/** Rewrites the charset an HTML page declares (meta charset or http-equiv Content-Type). */
export function declareCharset(text: string, charset: 'utf-8' | 'gbk'): string {
  const label = charset === 'gbk' ? 'gb2312' : 'utf-8';
  // <meta charset="utf-8"> / content="text/html; charset=gb2312"
  return text.replace(/(<meta[^>]*charset\s*=\s*["']?)[\w-]+/gi, `$1${label}`);
}

/** The page's bytes in `charset`; falls back to UTF-8 when GBK cannot hold every character. */
export function encodePage(text: string, isHtml: boolean, charset: 'utf-8' | 'gbk'): Uint8Array {
  if (charset === 'gbk') {
    const declared = isHtml ? declareCharset(text, 'gbk') : text;
    const bytes = iconv.encode(declared, 'gbk');
    if (iconv.decode(bytes, 'gbk') === declared) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  const utf8 = isHtml ? declareCharset(text, 'utf-8') : text;
  return new TextEncoder().encode(utf8);
}
