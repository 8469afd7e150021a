// Virtuoso's bulk loader driven through isql: checks it may read a dump, clears graphs, ld_dir + rdf_loader_run + checkpoint.
import path from 'node:path';
import { IsqlError, runIsql, sqlString, type IsqlConnection, type IsqlRunOptions } from './virtuoso-isql.js';

/** A bulk load that cannot start, or a file the loader failed on; the message is one line. */
export class BulkLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BulkLoadError';
  }
}

/**
 * The short sessions (checks, bookkeeping) get ten minutes: enough for a busy server in the middle of a checkpoint,
 * short of hanging forever on a wedged one. Clearing graphs and loading may take hours and have no limit.
 */
const BOOKKEEPING: IsqlRunOptions = { timeoutMs: 600_000 };
const UNBOUNDED: IsqlRunOptions = {};
/** Graphs cleared per isql session: keeps each script small while avoiding a process per graph. */
const CLEAR_BATCH = 5_000;
/** Marks the lines of isql's output that our SELECTs print, so banners and warnings are never mistaken for answers. */
const TAG = 'JIYAO';

/** What the loader recorded in `DB.DBA.LOAD_LIST` for one file. */
export interface LoadListEntry {
  file: string;
  /** 0 waiting, 1 loading, 2 done (with or without an error). */
  state: number;
  /** `ll_error`: the SQL state and message of a failed file, null when it loaded. */
  error: string | null;
}

/**
 * Loads files that Virtuoso's server process reads itself (they must lie in a folder listed in `DirsAllowed` of
 * virtuoso.ini, on the database host). The loader runs without a transaction log (`log_enable(2)`, what
 * `rdf_loader_run` sets), so each load ends with a checkpoint, and a reader of the store sees graphs fill up while it
 * runs: load a store no one is reading.
 */
export class VirtuosoBulkLoader {
  constructor(private readonly connection: IsqlConnection) {}

  /**
   * Checks, before anything changes: the SQL port answers and accepts the credentials, Virtuoso may read the file's
   * folder (`DirsAllowed`) and sees the very file (same size: not another host's), and no other load waits in
   * `DB.DBA.LOAD_LIST` (`rdf_loader_run` would load it too).
   */
  async check(file: string, sizeBytes: number): Promise<void> {
    const dir = path.dirname(file);
    const listed = await this.select(`SELECT sprintf('${TAG} listed %d', length(file_dirlist(${sqlString(dir)}, 1)));`)
      .catch((error: unknown) => {
        throw this.folderError(error, dir);
      });
    if (listed.length !== 1) throw new BulkLoadError(`Virtuoso did not list ${dir}`);
    const [size] = await this.select(`SELECT sprintf('${TAG} %s', cast(file_stat(${sqlString(file)}, 1) AS VARCHAR));`);
    if (Number(size) !== sizeBytes) {
      throw new BulkLoadError(`Virtuoso does not see ${file} as this machine does (${size === '0' ? 'no such file' : `${size} bytes, not ${sizeBytes}`}): `
        + 'the bulk loader reads files on the database host, so run the load there');
    }
    const pending = await this.select(`SELECT sprintf('${TAG} %U', ll_file) FROM DB.DBA.LOAD_LIST WHERE ll_state < 2;`);
    if (pending.length > 0) {
      throw new BulkLoadError(`DB.DBA.LOAD_LIST already has ${pending.length} file(s) waiting or loading, e.g. ${decodeURIComponent(pending[0])}: `
        + 'another bulk load is under way or was interrupted; let it finish, or delete the rows (DELETE FROM DB.DBA.LOAD_LIST WHERE ll_state < 2)');
    }
  }

  /**
   * Deletes every quad of each graph, one transaction per graph (isql commits each statement; a page graph is small).
   * Row-by-row autocommit (`log_enable(3, 1)`) or no log (`log_enable(2, 1)`) were no faster here: the cost is the
   * index rows, about 16 ms of server CPU per graph of 390 quads.
   */
  async clearGraphs(graphs: readonly string[]): Promise<void> {
    for (let start = 0; start < graphs.length; start += CLEAR_BATCH) {
      const statements = graphs.slice(start, start + CLEAR_BATCH)
        .map((graph) => `DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(${sqlString(graph)}, 0);`);
      await this.session(statements.join('\n'), UNBOUNDED);
    }
  }

  /**
   * Loads one N-Quads file (`.nq` or `.nq.gz`: quads keep their graph names; triples without one go to `defaultGraph`),
   * then checkpoints. A file the loader records an error for rejects with that error. Its `LOAD_LIST` row is removed
   * before (`ld_dir` skips a file listed as loaded) and after (the result is in the answer).
   */
  async loadFile(file: string, defaultGraph: string): Promise<void> {
    const listed = `FROM DB.DBA.LOAD_LIST WHERE ll_file = ${sqlString(file)}`;
    const registered = await this.select([
      `DELETE ${listed};`,
      `ld_dir(${sqlString(path.dirname(file))}, ${sqlString(path.basename(file))}, ${sqlString(defaultGraph)});`,
      `SELECT sprintf('${TAG} %d', count(*)) ${listed} AND ll_state = 0;`,
    ].join('\n'));
    if (registered[0] !== '1') throw new BulkLoadError(`ld_dir did not register ${file} (is it an .nq or .nq.gz file?)`);
    await this.session('rdf_loader_run();\ncheckpoint;', UNBOUNDED);
    const [entry] = await this.loadListEntries(file);
    await this.session(`DELETE ${listed};`, BOOKKEEPING);
    if (!entry) throw new BulkLoadError(`${file} vanished from DB.DBA.LOAD_LIST during the load`);
    if (entry.state !== 2) throw new BulkLoadError(`rdf_loader_run() returned with ${file} unfinished (ll_state ${entry.state})`);
    if (entry.error !== null) {
      throw new BulkLoadError(`Virtuoso's bulk loader failed on ${file}: ${entry.error.trim()} (quads read before the error stay loaded)`);
    }
  }

  /** The `DB.DBA.LOAD_LIST` rows of `file`. */
  async loadListEntries(file: string): Promise<LoadListEntry[]> {
    const rows = await this.select(`SELECT sprintf('${TAG} %d %U %U', ll_state, ll_file, coalesce("LEFT"(ll_error, 1000), '-')) `
      + `FROM DB.DBA.LOAD_LIST WHERE ll_file = ${sqlString(file)};`);
    return rows.map((row) => {
      const [state, name, error] = row.split(' ');
      return { state: Number(state), file: decodeURIComponent(name), error: error === '-' ? null : decodeURIComponent(error) };
    });
  }

  /** Runs statements; a failure becomes a one-line {@link BulkLoadError}. */
  private async session(statements: string, options: IsqlRunOptions): Promise<string[]> {
    try {
      return await runIsql(this.connection, statements, options);
    } catch (error) {
      throw error instanceof IsqlError ? new BulkLoadError(error.message) : error;
    }
  }

  /** The payloads of the tagged lines our SELECTs printed. */
  private async select(statements: string): Promise<string[]> {
    const lines = await this.session(statements, BOOKKEEPING);
    return lines.filter((line) => line.startsWith(`${TAG} `)).map((line) => line.slice(TAG.length + 1).trimEnd());
  }

  /** FA003 (not in DirsAllowed) and FA020 (cannot list) say which setting to change. */
  private folderError(error: unknown, dir: string): unknown {
    const message = error instanceof Error ? error.message : String(error);
    if (/\bFA003\b/.test(message)) {
      return new BulkLoadError(`Virtuoso may not read ${dir}: add it to DirsAllowed in [Parameters] of virtuoso.ini and restart Virtuoso`);
    }
    if (/\bFA020\b/.test(message)) {
      return new BulkLoadError(`Virtuoso cannot list ${dir} (no such folder on the database host, or no permission): the bulk loader reads files there`);
    }
    return error;
  }
}
