// Runs `jiyao convert FILE --format nt` in-process, as a Converter for `jiyao check` and the corpus test.
import type { ConverterRun } from '../check/score.js';
import { runConvert } from './convert-command.js';
import { DEFAULT_BASE } from '../rdf/iris.js';

/** Converts one file to N-Triples, capturing what the CLI would print and its exit code. */
export async function convertInProcess(file: string): Promise<ConverterRun> {
  const stderr: string[] = [];
  let stdout = '';
  const code = await runConvert(
    [file],
    { format: 'nt', base: DEFAULT_BASE, maxBytes: String(5 * 1024 * 1024) },
    (line) => stderr.push(line),
    (text) => {
      stdout += text;
    },
  );
  return { exitCode: code, stdout, stderr: stderr.map((l) => l + '\n').join('') };
}
