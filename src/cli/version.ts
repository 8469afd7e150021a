// The tool version, read once from package.json (recorded in provenance and build manifests).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** jiyao's version from package.json (src/cli and dist/cli sit at the same depth). */
export const TOOL_VERSION: string = (require('../../package.json') as { version: string }).version;
