// Runs `jiyao serve` from source in a child process, so a test can send it signals (SIGHUP) and read its log lines.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The CLI's entry run through tsx, with the arguments after the script as `jiyao …` arguments. */
const ENTRY = `import { main } from ${JSON.stringify(path.join(repoRoot, 'src/cli/main.ts'))};
process.exitCode = await main(['node', 'jiyao', ...process.argv.slice(1)]);`;
/** How long start-up and an awaited log line may take. */
const WAIT_MS = 120_000;

/** One line of the server's pino log. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A running `jiyao serve`. */
export interface ServeProcess {
  /** `http://127.0.0.1:PORT/`. */
  url: string;
  /** Log lines so far. */
  logs: LogLine[];
  /** Resolves with the first log line (already seen or to come) that `matches`. */
  waitForLog(matches: (line: LogLine) => boolean): Promise<LogLine>;
  signal(name: NodeJS.Signals): void;
  /** SIGTERM, then resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `jiyao serve ARGS --port 0 --host 127.0.0.1` and resolves once it prints the address it serves at. */
export async function startServeProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', ENTRY, 'serve', ...args, '--port', '0', '--host', '127.0.0.1'], {
    cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const logs: LogLine[] = [];
  const waiters: Array<{ matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const text of lines.filter((line) => line.startsWith('{'))) {
      const line = JSON.parse(text) as LogLine;
      logs.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.matches(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`jiyao serve did not start within ${WAIT_MS} ms: ${stderr}`)), WAIT_MS);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const serving = /serving .* at (http:\/\/\S+)/.exec(stderr);
      if (serving) {
        clearTimeout(timer);
        resolve(serving[1]);
      }
    });
    void exited.then((code) => reject(new Error(`jiyao serve exited with ${code}: ${stderr.trim()}`)));
  });
  const waitForLog = (matches: (line: LogLine) => boolean): Promise<LogLine> => {
    const seen = logs.find(matches);
    if (seen) return Promise.resolve(seen);
    return new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching log line within ${WAIT_MS} ms; seen: ${logs.map((l) => l.msg).join(' | ')}`)), WAIT_MS);
      waiters.push({ matches, resolve: (line) => {
        clearTimeout(timer);
        resolve(line);
      } });
    });
  };
  return {
    url, logs, waitForLog,
    signal: (name) => void child.kill(name),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
