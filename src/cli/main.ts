// The composition root of `jiyao`: parses the command line, wires the commands, owns the exit code.

import { Command, CommanderError } from 'commander';
import { registerBuildCommand } from './build-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerConvertCommand } from './convert-command.js';
import { registerLoadCommand } from './load-command.js';
import { registerServeCommand } from './serve-command.js';
import { TOOL_VERSION } from './version.js';

/** Runs the CLI with `argv` (process.argv shape); resolves to the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  const exit = { code: 0 };
  const program = new Command()
    .name('jiyao')
    .description('纪要 — publish Chinese government meeting minutes as linked open data')
    .version(TOOL_VERSION)
    .exitOverride()
    .showHelpAfterError('(run jiyao --help for usage)');
  registerConvertCommand(program, exit);
  registerBuildCommand(program);
  registerServeCommand(program);
  registerLoadCommand(program, exit);
  registerCheckCommand(program, exit);
  try {
    await program.parseAsync(argv);
    return exit.code || (process.exitCode as number | undefined) || 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`jiyao: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
