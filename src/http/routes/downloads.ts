// /downloads/: lists dataDir/downloads (HTML or JSON) and serves its files with Range, ETag and Content-Length.
import { Router, type Request, type Response } from 'express';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RouteContext } from '../context.js';
import { notFound } from '../errors.js';
import type { FormatName } from '../negotiate.js';
import { publicBaseOf } from '../public-base.js';
import { chooseFormat, sendRepresentation } from '../respond.js';
import { renderDownloadsPage, type DownloadEntry } from '../views/listing-views.js';

/** Formats of the listing. */
export const LISTING_FORMATS: readonly FormatName[] = ['html', 'json'];

/** Plain file names only: no slashes, no leading dot, nothing that could climb out of the folder. */
const SAFE_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/** The regular files directly inside `dir`, sorted by name (none when the folder is missing). */
async function listFiles(dir: string, publicBase: string): Promise<DownloadEntry[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => SAFE_FILE_NAME.test(n)).sort();
  const entries = await Promise.all(names.map(async (name) => {
    const info = await stat(path.join(dir, name));
    return info.isFile()
      ? { name, href: `${publicBase}downloads/${name}`, bytes: info.size, modified: info.mtime.toISOString() }
      : undefined;
  }));
  return entries.filter((e): e is DownloadEntry => e !== undefined);
}

async function sendListing(ctx: RouteContext, dir: string, req: Request, res: Response): Promise<void> {
  const format = chooseFormat(req, LISTING_FORMATS);
  const publicBase = publicBaseOf(req);
  const files = await listFiles(dir, publicBase);
  const body = format.name === 'html' ? renderDownloadsPage(files, publicBase) : `${JSON.stringify({ files }, null, 2)}\n`;
  sendRepresentation(req, res, { body, format, lastModified: (await ctx.site()).manifest.builtAt });
}

/** Routes under /downloads (mount at the root); compression must not run before these (Range on raw bytes). */
export function downloadsRouter(ctx: RouteContext): Router {
  const dir = path.resolve(ctx.dataDir, 'downloads');
  const router = Router({ strict: true });
  router.get('/downloads', (_req, res) => res.redirect(301, '/downloads/'));
  router.get('/downloads/', (req, res) => sendListing(ctx, dir, req, res));
  router.get('/downloads/:name', (req, res, next) => {
    const name = req.params.name;
    if (!SAFE_FILE_NAME.test(name)) throw notFound();
    res.setHeader('Cache-Control', 'public, max-age=3600, no-transform');
    res.sendFile(name, { root: dir, dotfiles: 'deny', acceptRanges: true, etag: true, lastModified: true }, (error) => {
      if (error) next((error as { status?: number }).status === 404 ? notFound() : error);
    });
  });
  return router;
}
