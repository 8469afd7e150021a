// `jiyao convert FILE… [--format ttl|nt|nq|jsonld] [-o OUT] [--base IRI] [--report FILE]`.

import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { type Command, Option } from 'commander';
import { convertPage } from '../publish/convert-page.js';
import { graphKeyFor } from '../publish/graph-key.js';
import type { PageReport } from '../publish/page-report.js';
import { DEFAULT_BASE, normaliseBase } from '../rdf/iris.js';
import { serializeQuads, type OutputFormat } from './output-format.js';
import { describeFailure } from './errors.js';
import { ExtractionError } from '../record/types.js';
import { TOOL_VERSION } from './version.js';

export interface ConvertFlags {
  format: OutputFormat;
  output?: string;
  base: string;
  report?: string;
  sourceUrl?: string;
  maxBytes: string;
}

/**
 * Reads a page file whose size was checked first: a 50 MB file is refused from its size without
 * being read, and a device or FIFO (/dev/zero) is refused instead of read for ever.
 */
async function readPageFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(file);
  if (info.isDirectory()) throw Object.assign(new Error(`${file} is a directory`), { code: 'EISDIR' });
  if (!info.isFile()) throw new ExtractionError('unreadable', 'not a regular file');
  if (info.size > maxBytes) throw new ExtractionError('too-large', `the page has ${info.size} bytes, more than the limit of ${maxBytes}`);
  return readFile(file);
}

/** Converts each file; returns the exit code (1 if any file failed). */
export async function runConvert(
  files: string[],
  flags: ConvertFlags,
  stderr: (line: string) => void,
  stdout: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const maxBytes = Number(flags.maxBytes);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    stderr(`jiyao: --max-bytes must be a positive whole number of bytes, not ${JSON.stringify(flags.maxBytes)}`);
    return 1;
  }
  const quads: Quad[] = [];
  const reports: PageReport[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const bytes = await readPageFile(file, maxBytes);
      const converted = convertPage(bytes, {
        fileName: file,
        base: normaliseBase(flags.base),
        toolVersion: TOOL_VERSION,
        graphKey: graphKeyFor(path.basename(file)),
        maxBytes,
        ...(flags.sourceUrl && files.length === 1 ? { sourceUrl: flags.sourceUrl } : {}),
      });
      quads.push(...converted.quads);
      reports.push(converted.report);
    } catch (error) {
      failed++;
      stderr(`jiyao: ${describeFailure(file, error)}`);
    }
  }
  const text = await serializeQuads(quads, flags.format);
  if (flags.output) await writeFile(flags.output, text);
  else stdout(text);
  if (flags.report) await writeFile(flags.report, JSON.stringify(reports, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}

/** Registers `convert` on the program; the action stores its exit code in `exit.code`. */
export function registerConvertCommand(program: Command, exit: { code: number }): void {
  program
    .command('convert')
    .description('convert minutes pages (HTML or text, any Chinese charset) to RDF on stdout')
    .argument('<files...>', 'pages to convert')
    .addOption(new Option('--format <format>', 'output format').choices(['ttl', 'nt', 'nq', 'jsonld']).default('ttl'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--base <iri>', 'base IRI of the minted resources', DEFAULT_BASE)
    .option('--report <file>', 'write a JSON quality report per page')
    .option('--source-url <url>', 'URL the page was published at (single file only)')
    .option('--max-bytes <n>', 'refuse pages larger than this', String(5 * 1024 * 1024))
    .action(async (files: string[], flags: ConvertFlags) => {
      exit.code = await runConvert(files, flags, (line) => process.stderr.write(line + '\n'));
    });
}
