import { expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { parseConverterOutput } from '../../src/check/graph.js';
const run = promisify(execFile);
const S = '<http://x/s>', P = '<http://x/p>';
const cases: string[] = [
  `${S} ${P} "a" .\r\n${S} ${P} "b" .\r\n`,
  `${S}\t${P}\t"a"\t.\n`,
  `${S}  ${P}   "a"  .  \n`,
  `${S} ${P} "\\u0041\\"x\\\\n" .\n`,
  `${S} ${P} "\\u00e9" .\n`,
  `${S} ${P} "a" . # comment\n`,
  `${S} ${P} <http://x/\\u0041> .\n`,
  `   \n\n${S} ${P} "a" .\n`,
  `\ufeff${S} ${P} "a" .\n`,
  `${S} ${P} <rel> .\n`,
  `${S} ${P} "a".\n`,
  `${S}${P}"a" .\n`,
  `${S} ${P} "a"@zh-Hans .\n`,
  `${S} ${P} "a"@123 .\n`,
  `${S} ${P} "a"^^<http://www.w3.org/2001/XMLSchema#string> .\n`,
  `${S} ${P} _:b1 .\n_:b1 ${P} "x" .\n`,
  `_:b.1 ${P} "x" .\n`,
  `${S} ${P} "a\tb" .\n`,
  `${S} ${P} "a" .`,
  `${S} ${P} "a" . ${S} ${P} "b" .\n`,
  `${S} ${P} "a"\n`,
  `<http://x/a b> ${P} "a" .\n`,
  `<http://x/a{b> ${P} "a" .\n`,
  `<urn:x> ${P} "a" .\n`,
  `${S} ${P} """a""" .\n`,
  `${S} ${P} 'a' .\n`,
  `${S} ${P} "a"^^<xsd:string> .\n`,
  `${S} ${P} 1 .\n`,
  `${S} ${P} true .\n`,
  `@prefix x: <http://x/> .\n`,
  `${S} <http://x/p> "a" .\n# c\n${S} ${P} "b" .\n`,
  `${S} ${P} "\\U0001F600" .\n`,
  `${S} ${P} "\\x41" .\n`,
  `${S} ${P} "\\b\\f" .\n`,
  `${S} ${P} "\\'" .\n`,
  `${S} ${P} "a" .\r${S} ${P} "b" .\r`,
  `${S} ${P} "a" .\u2028`,
  `_:a ${P} "a" .\n`,
  `_:a-b ${P} "a" .\n`,
  `_:1a ${P} "a" .\n`,
];
it('syntax', async () => {
  const out: string[] = [];
  for (const [i, c] of cases.entries()) {
    await writeFile('/tmp/syn.nt', c);
    const py = (await run('/usr/bin/python3', ['-W', 'ignore', '-c', `
import rdflib
g = rdflib.Graph()
ok = True
try:
  g.parse(data=open('/tmp/syn.nt','rb').read().decode('utf-8'), format='nt')
except Exception as e:
  ok = False
print(ok, len(g), sorted(str(o) for s,p,o in g))
`])).stdout.trim();
    const r = parseConverterOutput(c);
    const ours = `${r.parseError === null ? 'True' : 'False'} ${r.graph.triples().length}`;
    const same = py.startsWith(ours + ' ');
    out.push(`${same ? 'same' : 'DIFF'} ${i} ${JSON.stringify(c).slice(0, 60)} py=${py.slice(0, 60)} ts=${ours} ${r.parseError ?? ''} ${JSON.stringify(r.graph.triples().map(t=>t.object))}`);
  }
  console.log(out.join('\n'));
});
