// `jiyao check --corpus DIR [-v] [--json OUT]`: scores the converter against gold annotations (score.py's twin).
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkReportToJson, formatCheckReport, runCheck } from '../check/run-check.js';
import { shellConverter } from '../check/shell-converter.js';
import { convertInProcess } from './in-process-converter.js';

interface CheckFlags {
  corpus: string;
  verbose?: boolean;
  json?: string;
  cmd?: string;
}

/** Registers `check`; exit code 1 when any page crashed or leaked spam. */
export function registerCheckCommand(program: Command, exit: { code: number }): void {
  program
    .command('check')
    .description('convert every page of a gold corpus and print precision/recall/F1 per page and overall')
    .requiredOption('--corpus <dir>', 'folder of NAME.gold.json files and their pages')
    .option('-v, --verbose', 'list missing and extra facts per page')
    .option('--json <file>', 'also write the scores as JSON')
    .option('--cmd <template>', "score another converter: a shell command with {file}, e.g. 'npx jiyao convert {file} --format nt'")
    .action(async (flags: CheckFlags) => {
      const convert = flags.cmd ? shellConverter(flags.cmd) : convertInProcess;
      const report = await runCheck({ corpusDir: flags.corpus, convert });
      process.stdout.write(formatCheckReport(report, { verbose: flags.verbose }) + '\n');
      if (flags.json) await writeFile(flags.json, JSON.stringify(checkReportToJson(report), null, 1) + '\n');
      exit.code = report.totals.crashes > 0 || report.totals.leaks > 0 ? 1 : 0;
    });
}
