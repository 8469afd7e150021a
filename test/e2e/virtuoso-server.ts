// Starts a throw-away Virtuoso (Debian's virtuoso-opensource) on 127.0.0.1 for the e2e tests, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A running Virtuoso and how to reach it. */
export interface VirtuosoServer {
  /** SPARQL 1.1 Protocol query endpoint, e.g. `http://127.0.0.1:41234/sparql`. */
  queryUrl: string;
  /** Graph Store Protocol endpoint behind digest authentication. */
  graphStoreUrl: string;
  /** Virtuoso's SQL port on 127.0.0.1 (isql, the bulk loader). */
  sqlPort: number;
  /** The database folder; listed in DirsAllowed, so the bulk loader may read files under it. */
  dir: string;
  user: string;
  password: string;
  /** Stops the server (its whole process group) and removes its database folder. */
  stop(): Promise<void>;
  /** Kills the server with SIGKILL (a crash), keeping its database and ports. */
  crash(): Promise<void>;
  /** Starts the server again on the same database and ports; resolves once it answers. */
  restart(): Promise<void>;
  /** Process id of the running virtuoso-t (benchmarks read its CPU time from /proc). */
  pid(): number | undefined;
}

/** Where Debian installs the HTTP server's document root (read-only use). */
const SERVER_ROOT = '/var/lib/virtuoso-opensource-7/vsp';
/** Readiness: poll the HTTP port this many times, this many ms apart (Virtuoso prints no ready message we can rely on). */
const READY_ATTEMPTS = 480;
const READY_INTERVAL_MS = 250;

/**
 * Server settings: limits (the defaults never cut a result; tests of partial-result detection set Virtuoso's own
 * defaults) and the folders the bulk loader may read.
 */
export interface VirtuosoLimits {
  /** `[SPARQL] ResultSetMaxRows`. Default 100 000 000 (Virtuoso's own default is 10 000). */
  resultSetMaxRows?: number;
  /** `[SPARQL] MaxQueryExecutionTime` in seconds; 0 turns "anytime" partial results off. Default 0. */
  maxQueryExecutionTime?: number;
  /** More folders the server may read files from (`DirsAllowed`, for the bulk loader), beside its database folder. */
  dirsAllowed?: string[];
  /** `[Parameters] NumberOfBuffers` (8 KiB pages kept in memory). Default 20 000 (160 MiB); Virtuoso's guide gives 340 000 for 4 GiB. */
  buffers?: number;
}

/** An unused TCP port on 127.0.0.1 (released again at once: nothing listens there until someone binds it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The configuration: loopback only, the database in `dir`, no row cap (ResultSetMaxRows far above any test),
 * no "anytime" partial results (MaxQueryExecutionTime = 0) and no refusal by cost estimate.
 */
export function virtuosoConfig(dir: string, sqlPort: number, httpPort: number, limits: VirtuosoLimits = {}): string {
  const { resultSetMaxRows = 100_000_000, maxQueryExecutionTime = 0, dirsAllowed = [], buffers = 20_000 } = limits;
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
CheckpointInterval = 60
DirsAllowed = ${['.', dir, ...dirsAllowed].join(', ')}
NumberOfBuffers = ${buffers}
MaxDirtyBuffers = ${Math.round(buffers * 0.75)}
MaxQueryMem = 1G
ThreadsPerQuery = 4
; ORDER BY … LIMIT n above this fails with SR353; jiyao asks for maxRows + 1 rows to detect overflow.
MaxSortedTopRows = 1000000

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${SERVER_ROOT}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = ${resultSetMaxRows}
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = ${maxQueryExecutionTime}
`;
}

/** Starts Virtuoso in a fresh temp folder and resolves once its SPARQL endpoint answers. */
export async function startVirtuoso(limits: VirtuosoLimits = {}): Promise<VirtuosoServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jiyao-virtuoso-'));
  const sqlPort = await freePort();
  const httpPort = await freePort();
  const configFile = path.join(dir, 'virtuoso.ini');
  await writeFile(configFile, virtuosoConfig(dir, sqlPort, httpPort, limits));
  const origin = `http://127.0.0.1:${httpPort}`;
  let running = await launch(dir, configFile, origin).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const stop = async (): Promise<void> => {
    await kill(running.child, running.exited);
    await rm(dir, { recursive: true, force: true });
  };
  const crash = async (): Promise<void> => {
    if (running.child.pid !== undefined && running.child.exitCode === null) {
      try {
        process.kill(-running.child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await running.exited;
    }
  };
  const restart = async (): Promise<void> => {
    running = await launch(dir, configFile, origin);
  };
  return {
    queryUrl: `${origin}/sparql`, graphStoreUrl: `${origin}/sparql-graph-crud-auth`, sqlPort, dir, user: 'dba', password: 'dba',
    stop, crash, restart, pid: () => running.child.pid,
  };
}

interface Launched {
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** Spawns virtuoso-t on `configFile` and waits until it answers; kills it again if it never does. */
async function launch(dir: string, configFile: string, origin: string): Promise<Launched> {
  const child = spawn('virtuoso-t', ['+foreground', '+configfile', configFile], {
    cwd: dir, detached: true, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
    child.once('error', (error) => {
      spawnError = error;
      resolve(null);
    });
  });
  try {
    await waitUntilReady(`${origin}/sparql`, exited);
  } catch (error) {
    await kill(child, exited);
    if (spawnError) throw new Error(`cannot run virtuoso-t (${spawnError.message}): apt-get install virtuoso-opensource`);
    throw new Error(`${(error as Error).message}; stderr: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
  return { child, exited };
}

/** Polls the endpoint with a bounded number of attempts until an ASK answers 200. */
async function waitUntilReady(queryUrl: string, exited: Promise<number | null>): Promise<void> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  for (let attempt = 0; attempt < READY_ATTEMPTS && !hasExited; attempt++) {
    const response = await fetch(`${queryUrl}?query=${encodeURIComponent('ASK {}')}`, {
      headers: { accept: 'application/sparql-results+json' }, signal: AbortSignal.timeout(2000),
    }).catch(() => undefined);
    if (response?.ok) return;
    await response?.body?.cancel();
    await sleep(READY_INTERVAL_MS);
  }
  throw new Error(hasExited ? 'virtuoso-t exited during start-up' : 'virtuoso-t did not answer in time');
}

/** Sends SIGTERM to the process group, then SIGKILL if it has not exited after a grace period. */
async function kill(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const isDone = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!isDone) {
    signalGroup('SIGKILL');
    await exited;
  }
}
