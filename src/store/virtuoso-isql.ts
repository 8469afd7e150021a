// Runs SQL scripts through Virtuoso's isql program (Debian: isql-vt) and turns what it prints on failure into typed errors.
import { spawn } from 'node:child_process';

/** How to reach Virtuoso's SQL port with isql. */
export interface IsqlConnection {
  /** The isql program. Default `isql-vt` (Debian's name; upstream builds call it `isql`). */
  program?: string;
  /** Host of Virtuoso's SQL port. */
  host: string;
  /** Virtuoso's SQL port (`[Parameters] ServerPort` of virtuoso.ini). Default 1111. */
  port?: number;
  user: string;
  password: string;
}

/** The default SQL port of Virtuoso. */
export const DEFAULT_ISQL_PORT = 1111;

/** An isql session that could not run, or a statement that Virtuoso refused; the message is one line. */
export class IsqlError extends Error {
  /**
   * @param sqlState - the SQL state isql printed (`28000` bad login, `42000` access …), absent when isql did not run
   * @param code - Virtuoso's own error code (`CL034`, `FA003` …), when printed
   */
  constructor(message: string, readonly sqlState?: string, readonly code?: string) {
    super(message);
    this.name = 'IsqlError';
  }
}

/** Options of one {@link runIsql} call. */
export interface IsqlRunOptions {
  /** Kill isql after this many ms. Default: no limit (a bulk load may run for hours). */
  timeoutMs?: number;
}

/**
 * A SQL string literal. Virtuoso reads backslash escapes inside literals, so `\` is doubled as well as `'`; control
 * characters are refused (isql reads its input line by line). Non-ASCII text passes through as UTF-8, which is how
 * Virtuoso stores IRIs.
 */
export function sqlString(text: string): string {
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new IsqlError(`cannot pass a control character to Virtuoso in ${JSON.stringify(text)}`);
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * isql substitutes `$ARGV[…]`, `$U{…}` and the like inside statements (even inside string literals): turned off first,
 * so a `$` in a file name or IRI stays a `$`.
 */
const SCRIPT_PREAMBLE = 'SET MACRO_SUBSTITUTION OFF;\n';

/** `*** Error 42000: [Virtuoso Driver][Virtuoso Server]FA003: Access to '/etc' is denied …` */
const ERROR_LINE = /^\*\*\* Error (\S+): (?:\[[^\]]*\])*(?:([A-Z]{2}\d{3}): )?(.*)$/m;

/**
 * Runs `statements` (SQL, each ending in `;`) in one isql session and resolves to the lines it printed. isql goes on
 * after a failed statement and exits 0, so the first `*** Error` it printed is what rejects; a session that cannot
 * log in or connect rejects the same way.
 */
export async function runIsql(connection: IsqlConnection, statements: string, options: IsqlRunOptions = {}): Promise<string[]> {
  const program = connection.program ?? 'isql-vt';
  const port = connection.port ?? DEFAULT_ISQL_PORT;
  // -H/-S/-U/-P rather than positional arguments: isql reads any `name=value` argument as an option, a password too.
  const args = ['-H', connection.host, '-S', String(port), '-U', connection.user, '-P', connection.password,
    'VERBOSE=OFF', 'BANNER=OFF', 'PROMPT=OFF', 'ECHO=OFF'];
  const address = `${connection.host}:${port}`;
  const { stdout, stderr, exitCode } = await run({ program, args, input: SCRIPT_PREAMBLE + statements, timeoutMs: options.timeoutMs, address });
  const failure = ERROR_LINE.exec(stderr) ?? ERROR_LINE.exec(stdout);
  if (failure) throw sessionError(failure, address, connection.user);
  if (exitCode !== 0) throw new IsqlError(`${program} exited with code ${exitCode}: ${lastLine(stderr) || 'no message'}`);
  return stdout.split('\n');
}

/** The error of a failed statement; a failed login or connection says what to check. */
function sessionError(match: RegExpExecArray, address: string, user: string): IsqlError {
  const [, sqlState, code, text] = match;
  const detail = `${code ? `${code}: ` : ''}${text.trim()}`;
  if (code === 'CL034' || sqlState === '28000') {
    return new IsqlError(`Virtuoso at ${address} refused user "${user}" (${detail}): check the user name and password`, sqlState, code);
  }
  if (code === 'CL033' || sqlState === '08001' || sqlState === 'S2801') {
    return new IsqlError(`cannot connect to Virtuoso's SQL port at ${address} (${detail}): is it [Parameters] ServerPort of virtuoso.ini?`, sqlState, code);
  }
  return new IsqlError(`Virtuoso: ${detail}`, sqlState, code);
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? '';
}

/** One isql process to run; `address` (host:port) names the server in a time-out message. */
interface IsqlProcess {
  program: string;
  args: string[];
  input: string;
  timeoutMs?: number;
  address: string;
}

/** Spawns the program, writes `input` to its stdin and collects its output; a missing program is one clear line. */
function run({ program, args, input, timeoutMs, address }: IsqlProcess): Promise<{ stdout: string; stderr: string; exitCode: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let isTimedOut = false;
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => {
      isTimedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // isql may exit (bad login) before reading its input: a broken pipe is then expected, its output says why.
    child.stdin.on('error', () => undefined);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const reason = error.code === 'ENOENT' ? 'not found' : error.message;
      reject(new IsqlError(`cannot run ${program} (${reason}): install Debian's virtuoso-opensource package, or name Virtuoso's isql program`));
    });
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      if (isTimedOut) {
        reject(new IsqlError(`${program} did not finish within ${timeoutMs! / 1000} s (is Virtuoso at ${address} busy or hung?)`));
        return;
      }
      resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), exitCode });
    });
    child.stdin.end(input);
  });
}
