// The files the query UI page loads: the YASGUI browser bundle from node_modules and our own script and styles.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { QUERY_UI_SCRIPT, QUERY_UI_STYLES } from './client-script.js';

/** One file served under the UI's path, either from disk or from memory. */
export interface QueryUiAsset {
  /** File name in the URL (`{endpointPath}/ui/{name}`). */
  name: string;
  contentType: string;
  /** Short content version, appended as `?v=` by the page so caches refresh on upgrade. */
  version: string;
  source: { file: string } | { text: string };
}

/** Names of the assets, as the page refers to them. */
export const ASSET_NAMES = {
  yasguiScript: 'yasgui.min.js',
  yasguiStyles: 'yasgui.min.css',
  yasguiSourceMap: 'yasgui.min.js.map',
  script: 'query-ui.js',
  styles: 'query-ui.css',
} as const;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** The folder of the installed @zazuko/yasgui browser build, and its version. */
function locateYasgui(): { dir: string; version: string } {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@zazuko/yasgui/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.join(path.dirname(manifest), 'build'), version };
}

/** Lists the assets; throws when the @zazuko/yasgui package is not installed. */
export function listQueryUiAssets(): QueryUiAsset[] {
  const yasgui = locateYasgui();
  const fromYasgui = (name: string, contentType: string): QueryUiAsset => ({
    name, contentType, version: yasgui.version, source: { file: path.join(yasgui.dir, name) },
  });
  return [
    fromYasgui(ASSET_NAMES.yasguiScript, 'text/javascript; charset=utf-8'),
    fromYasgui(ASSET_NAMES.yasguiStyles, 'text/css; charset=utf-8'),
    fromYasgui(ASSET_NAMES.yasguiSourceMap, 'application/json; charset=utf-8'),
    { name: ASSET_NAMES.script, contentType: 'text/javascript; charset=utf-8', version: shortHash(QUERY_UI_SCRIPT), source: { text: QUERY_UI_SCRIPT } },
    { name: ASSET_NAMES.styles, contentType: 'text/css; charset=utf-8', version: shortHash(QUERY_UI_STYLES), source: { text: QUERY_UI_STYLES } },
  ];
}
