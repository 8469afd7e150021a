// A Converter that runs a shell command template such as `npx --no-install jiyao convert {file} --format nt`.
import { spawn } from 'node:child_process';
import type { Converter } from './run-check.js';
import type { ConverterRun } from './score.js';

/** Python `shlex.quote`: safe strings as they are, anything else in single quotes. */
export function shellQuote(text: string): string {
  if (text === '') return "''";
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replaceAll("'", `'"'"'`)}'`;
}

/** Python `str.format(file=…)` on the template: `{file}` replaced, `{{`/`}}` unescaped. */
export function fillCommand(template: string, file: string): string {
  return template.replace(/\{\{|\}\}|\{file\}/g, (token) => (token === '{file}' ? shellQuote(file) : token[0]));
}

/** Options of {@link shellConverter}. */
export interface ShellConverterOptions {
  /** Working directory of the command. Default: the current one. */
  cwd?: string;
  /** Kill the command after this many milliseconds (score.py: 120 000). Default 120 000. */
  timeoutMs?: number;
}

/**
 * A converter that runs `template` with `/bin/sh -c` (as score.py's `--cmd` does), `{file}` replaced by the
 * quoted absolute path of the source. stdout is kept as bytes so invalid UTF-8 counts as unparseable output.
 */
export function shellConverter(template: string, options: ShellConverterOptions = {}): Converter {
  return (file) =>
    new Promise<ConverterRun>((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', fillCommand(template, file)], {
        cwd: options.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: options.timeoutMs ?? 120_000,
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code, signal) =>
        resolve({
          exitCode: code ?? (signal ? 128 : 1),
          stdout: new Uint8Array(Buffer.concat(out)),
          stderr: new TextDecoder('utf-8').decode(Buffer.concat(err)),
        }),
      );
    });
}
