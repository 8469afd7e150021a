// `jiyao build --input DIR --output DIR [--base IRI]`: publish a folder of pages as a dataset, with a TTY progress bar.
import type { Command } from 'commander';
import { DEFAULT_BASE, DEFAULT_LICENCE, runBuild, type BuildProgress, type BuildSummary } from '../publish/index.js';
import { TOOL_VERSION } from './version.js';

interface BuildFlags {
  input: string;
  output: string;
  base: string;
  workers?: string;
  pageTimeout: string;
  licence: string;
  publisher: string;
  publisherIri?: string;
  contactName: string;
  contactEmail?: string;
  contactUrl?: string;
  full?: boolean;
  keepBuilds?: string;
  keepDays?: string;
}

/** Draws `[#####-----] 5/13 file` on one stderr line, redrawn with \r; a no-op when stderr is not a terminal. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update(p: BuildProgress): void; clear(): void } {
  if (!stream.isTTY) return { update() {}, clear() {} };
  const width = 30;
  return {
    update({ done, total, file }) {
      const filled = total ? Math.round((done / total) * width) : width;
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${file}`;
      stream.write(`\r${line.slice(0, Math.max(10, (stream.columns ?? 80) - 1)).padEnd((stream.columns ?? 80) - 1)}`);
    },
    clear() {
      stream.write(`\r${' '.repeat((stream.columns ?? 80) - 1)}\r`);
    },
  };
}

/** The one-screen summary printed after a build. */
export function formatSummary(summary: BuildSummary): string {
  const lines = [
    `built ${summary.output}`,
    `  base IRI   ${summary.base}`,
    `  pages      ${summary.pages} (${summary.converted} converted, ${summary.failed.length} failed)`,
    `  meetings   ${summary.meetings}`,
    `  triples    ${summary.triples}`,
    `  warnings   ${summary.warnings}`,
    `  time       ${(summary.durationMs / 1000).toFixed(1)} s`,
  ];
  const inc = summary.incremental;
  if (inc) {
    lines.push(`  reuse      ${inc.reused} reused, ${inc.reconverted} converted, ${inc.removed} removed` + (inc.fullReason ? ` (full build: ${inc.fullReason})` : ''));
  }
  const shown = summary.failed.slice(0, 10);
  if (shown.length) lines.push('failed pages:', ...shown.map((f) => `  ${f.file}: ${f.reason}`));
  if (summary.failed.length > shown.length) lines.push(`  … and ${summary.failed.length - shown.length} more (see reports/summary.json)`);
  return `${lines.join('\n')}\n`;
}

function positiveInteger(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, not ${text}`);
  return n;
}

/** Registers `build` on the program. Errors propagate to main, which prints them on one line. */
export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description('convert a folder of minutes pages into a published dataset (dumps, VoID, reports)')
    .requiredOption('--input <dir>', 'folder of .txt/.htm/.html pages (searched recursively)')
    .requiredOption('--output <dir>', 'dataset folder to create or replace')
    .option('--base <iri>', 'base IRI of the dataset, fixed at build time', DEFAULT_BASE)
    .option('--workers <n>', 'worker threads (default: available parallelism; 1 = in-process)')
    .option('--page-timeout <seconds>', 'time budget of one page in a worker', '60')
    .option('--licence <iri>', 'licence of the dataset', DEFAULT_LICENCE)
    .option('--publisher <name>', 'publisher name', 'jiyao')
    .option('--publisher-iri <iri>', 'publisher IRI')
    .option('--contact-name <name>', 'contact point name', 'jiyao maintainers')
    .option('--contact-email <email>', 'contact point e-mail')
    .option('--contact-url <url>', 'contact point URL (default: the base IRI)')
    .option('--full', 'reconvert every page, even those unchanged since the previous build')
    .option('--keep-builds <n>', 'keep the change feed of the last N builds only (default: all)')
    .option('--keep-days <n>', 'keep the change feed of the last N days only (default: all)')
    .action(async (flags: BuildFlags) => {
      const bar = progressBar();
      const summary = await runBuild({
        input: flags.input,
        output: flags.output,
        base: flags.base,
        toolVersion: TOOL_VERSION,
        ...(flags.workers !== undefined ? { workers: positiveInteger(flags.workers, '--workers') } : {}),
        pageTimeoutMs: positiveInteger(flags.pageTimeout, '--page-timeout') * 1000,
        licence: flags.licence,
        publisher: { name: flags.publisher, ...(flags.publisherIri ? { iri: flags.publisherIri } : {}) },
        contactPoint: {
          name: flags.contactName,
          ...(flags.contactEmail ? { email: flags.contactEmail } : {}),
          ...(flags.contactUrl ? { url: flags.contactUrl } : { url: flags.base }),
        },
        onProgress: (progress) => bar.update(progress),
        full: flags.full === true,
        ...(flags.keepBuilds || flags.keepDays
          ? {
              changeLogRetention: {
                ...(flags.keepBuilds ? { builds: positiveInteger(flags.keepBuilds, '--keep-builds') } : {}),
                ...(flags.keepDays ? { days: positiveInteger(flags.keepDays, '--keep-days') } : {}),
              },
            }
          : {}),
      }).finally(() => bar.clear());
      process.stdout.write(formatSummary(summary));
    });
}
