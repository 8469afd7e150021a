// Public surface of the publish module: build a dataset, convert one page.
export { runBuild, BuildError, type BuildSummary, type BuildOptions, type BuildProgress } from './build.js';
export { DEFAULT_BASE, DEFAULT_LICENCE } from './build-options.js';
export { convertPage, type ConvertPageOptions, type ConvertedPage, type PageConverter } from './convert-page.js';
export type { PageReport, FailedPageReport } from './page-report.js';
export type { Manifest, ManifestSource } from './manifest.js';
