// runIsql against stand-in isql programs (what Virtuoso's isql prints, replayed) and the SQL literal escaping.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsqlError, runIsql, sqlString } from '../../src/store/virtuoso-isql.js';

describe('sqlString', () => {
  it('doubles quotes and backslashes (Virtuoso reads backslash escapes in literals) and keeps UTF-8 text', () => {
    expect(sqlString("it's")).toBe("'it''s'");
    expect(sqlString('C:\\dump')).toBe("'C:\\\\dump'");
    expect(sqlString('http://jiyao.test/graph/会议-1.txt')).toBe("'http://jiyao.test/graph/会议-1.txt'");
  });

  it('refuses control characters, which would end the statement line', () => {
    expect(() => sqlString('a\nb')).toThrow(IsqlError);
  });
});

describe('runIsql', () => {
  let dir: string;
  /** Writes an executable stand-in for isql: `body` is a shell script. */
  const program = async (name: string, body: string): Promise<string> => {
    const file = path.join(dir, name);
    await writeFile(file, `#!/bin/sh\n${body}\n`);
    await chmod(file, 0o755);
    return file;
  };
  const connection = (file: string) => ({ program: file, host: '127.0.0.1', port: 1112, user: 'dba', password: 'p=w d' });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'jiyao-isql-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('passes the connection as -H/-S/-U/-P (a password with "=" stays a password) and the script on stdin, macros off', async () => {
    const echo = await program('echo-isql', 'for a in "$@"; do echo "ARG $a"; done; cat');
    const lines = await runIsql(connection(echo), "SELECT '$U{x}';\n");
    expect(lines.filter((line) => line.startsWith('ARG ')).slice(0, 8)).toEqual(
      ['ARG -H', 'ARG 127.0.0.1', 'ARG -S', 'ARG 1112', 'ARG -U', 'ARG dba', 'ARG -P', 'ARG p=w d']);
    expect(lines.filter((line) => !line.startsWith('ARG '))).toEqual(['SET MACRO_SUBSTITUTION OFF;', "SELECT '$U{x}';", '']);
  });

  it('turns a refused login and a refused connection into one line saying what to check', async () => {
    const badLogin = await program('bad-login', 'cat >/dev/null; printf "*** Error 28000: [Virtuoso Driver]CL034: Bad login\\nat line 0 of Top-Level:\\n" >&2; exit 3');
    await expect(runIsql(connection(badLogin), 'SELECT 1;')).rejects.toThrow(
      'Virtuoso at 127.0.0.1:1112 refused user "dba" (CL034: Bad login): check the user name and password');
    const refused = await program('refused', 'printf "*** Error S2801: [Virtuoso Driver]CL033: Connect failed to 127.0.0.1:1112 = 127.0.0.1:1112.\\n" >&2; exit 3');
    await expect(runIsql(connection(refused), 'SELECT 1;')).rejects.toThrow(
      "cannot connect to Virtuoso's SQL port at 127.0.0.1:1112 (CL033: Connect failed to 127.0.0.1:1112 = 127.0.0.1:1112.): is it [Parameters] ServerPort of virtuoso.ini?");
  });

  it('rejects with the first failed statement although isql goes on and exits 0', async () => {
    const failing = await program('statement-error', [
      'cat >/dev/null',
      'echo "JIYAO 1"',
      `printf "\\n*** Error 42000: [Virtuoso Driver][Virtuoso Server]FA003: Access to '/etc' is denied due to access control in ini file\\nat line 2 of Top-Level:\\nSELECT 1\\n" >&2`,
      'exit 0',
    ].join('\n'));
    const error = await runIsql(connection(failing), 'SELECT 1;').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IsqlError);
    expect(error).toMatchObject({
      message: "Virtuoso: FA003: Access to '/etc' is denied due to access control in ini file", sqlState: '42000', code: 'FA003',
    });
  });

  it('says when the program is missing, exits non-zero without a message, or overruns its time', async () => {
    await expect(runIsql(connection(path.join(dir, 'no-such-isql')), 'SELECT 1;')).rejects.toThrow(
      `cannot run ${path.join(dir, 'no-such-isql')} (not found): install Debian's virtuoso-opensource package, or name Virtuoso's isql program`);
    const crashing = await program('crashing', 'cat >/dev/null; echo "Segmentation fault" >&2; exit 139');
    await expect(runIsql(connection(crashing), 'SELECT 1;')).rejects.toThrow(`${crashing} exited with code 139: Segmentation fault`);
    const slow = await program('slow', 'exec sleep 30');
    await expect(runIsql(connection(slow), 'SELECT 1;', { timeoutMs: 200 })).rejects.toThrow(
      `${slow} did not finish within 0.2 s (is Virtuoso at 127.0.0.1:1112 busy or hung?)`);
  });
});
