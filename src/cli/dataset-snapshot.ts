// What serving from a store file reads from the dataset folder, once per switch: the manifest and the static parts.
import path from 'node:path';
import { DatasetFolderError, loadSiteData, servedManifest, type SiteData } from '../http/site-data.js';
import { readManifest, type Manifest } from '../publish/manifest.js';

/** One reading of a dataset folder: the store is checked against `manifest`, and `site` is served with it. */
export interface DatasetSnapshot {
  /** The whole manifest: the page graphs and quad counts a store holding the build must have. */
  manifest: Manifest;
  /** The static parts (manifest fields, ontology, VoID/DCAT) read from the folder with that manifest. */
  site: SiteData;
}

/**
 * Reads `dataDir/manifest.json` once and the static parts with it, so the store is checked against the very manifest
 * that is then served. Rejects with a one-line {@link DatasetFolderError} naming the file.
 */
export async function readDatasetSnapshot(dataDir: string): Promise<DatasetSnapshot> {
  const file = path.join(dataDir, 'manifest.json');
  const manifest = await readManifest(dataDir);
  if (!manifest) throw new DatasetFolderError(`${file} is missing or unreadable: is ${dataDir} a dataset built by "jiyao build"?`);
  const site = await loadSiteData(dataDir, undefined, await servedManifest(manifest, file)).catch((error: unknown) => {
    if (error instanceof DatasetFolderError) throw error;
    throw new DatasetFolderError(`${dataDir}: cannot read the dataset's static parts (${(error as Error).message.split('\n')[0]})`);
  });
  return { manifest, site };
}
