// Browsing on resource pages of a built dataset: meeting → items → resolutions → awards → recipients and back,
// an organisation's meetings (proposed, awarded), a person's meetings by role, each with dates and a working SPARQL link.
import { Parser } from 'n3';
import sparqljs from 'sparqljs';
import { describe, expect, it } from 'vitest';
import { BROWSE_LIMIT, browseListQuery } from '../../src/http/browse-query.js';
import { describeQueries } from '../../src/http/describe-query.js';
import { collectLabels } from '../../src/http/views/labels.js';
import { browseSections } from '../../src/http/views/browse-view.js';
import { BUILT_BASE } from '../search/built-dataset.js';
import { serveSampleDataset } from './sample-server.js';

const sample = serveSampleDataset();
const server = { get url(): string { return sample.url(); } };

const SEED_MEETING = 'meeting/320402/2021-01-23/executive-56';
const GONGXINJU = `org/320402/${encodeURIComponent('常州市天宁区工业和信息化局')}`;
const KANGJIN = `org/company/${encodeURIComponent('江苏康进医疗器材有限公司')}`;
const LU_HAIFENG = `person/320281/${encodeURIComponent('陆海峰')}`;

/** The HTML of a resource page, from its "Browse" heading on. */
async function browsePart(path: string): Promise<string> {
  const response = await fetch(`${server.url}doc/${path}`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const html = await response.text();
  const at = html.indexOf('<h2>浏览 Browse</h2>');
  expect(at).toBeGreaterThan(-1);
  return html.slice(at, html.indexOf('<h2>', at + 5) === -1 ? undefined : html.indexOf('<h2>', at + 5));
}

const link = (path: string) => `href="${server.url}id/${path}"`;

describe('organisation pages', () => {
  it('list the seed meeting, with its date, where 区工信局 proposed something', async () => {
    const html = await browsePart(GONGXINJU);
    expect(html).toContain('proposed by');
    expect(html).toContain(link(SEED_MEETING));
    expect(html).toContain('<time>2021-01-23</time>');
    expect(html).toContain('区政府第56次常务会议');
  });

  it('list the meeting where a company received an award, with the award', async () => {
    const html = await browsePart(KANGJIN);
    expect(html).toContain('recipient');
    expect(html).toContain(link(SEED_MEETING));
    expect(html).toContain(link(`${SEED_MEETING}/award/1`));
  });
});

describe('person pages', () => {
  it('list the meetings attended, with dates, under the English role name', async () => {
    const html = await browsePart(LU_HAIFENG);
    expect(html).toMatch(/出席人员 <span class="en">attendee<\/span>/);
    expect(html).toContain(link('meeting/320281/2021-11-19/executive-17'));
    expect(html).toContain('<time>2021-11-19</time>');
  });
});

describe('meeting, item, resolution and award pages', () => {
  it('go down from a meeting to items, resolutions, awards and recipients', async () => {
    const html = await browsePart(SEED_MEETING);
    for (const path of [`${SEED_MEETING}/item/2`, `${SEED_MEETING}/item/2/resolution/1`, `${SEED_MEETING}/award/1`, KANGJIN]) {
      expect(html).toContain(link(path));
    }
    expect(html.indexOf(link(`${SEED_MEETING}/item/1`))).toBeLessThan(html.indexOf(link(`${SEED_MEETING}/item/2`)));
  });

  it('go up from an award and a resolution to their meeting', async () => {
    for (const path of [`${SEED_MEETING}/award/1`, `${SEED_MEETING}/item/2/resolution/1`]) {
      const html = await browsePart(path);
      expect(html).toContain(link(SEED_MEETING));
      expect(html).toContain('<time>2021-01-23</time>');
    }
  });
});

describe('bounded paths and prepared queries', () => {
  it('limits every browsing sub-select of the description queries', () => {
    const { core, more } = describeQueries(`${BUILT_BASE}id/${GONGXINJU}`);
    const limits = [...core, ...more].flatMap((query) => JSON.stringify(new sparqljs.Parser().parse(query)).match(/"limit":(\d+)/g) ?? []);
    expect(limits.length).toBeGreaterThanOrEqual(5);
    expect(limits.every((l) => l === `"limit":${BROWSE_LIMIT}`)).toBe(true);
  });

  it('links each list to a SPARQL query that returns the same meetings', async () => {
    const html = await browsePart(GONGXINJU);
    const href = /href="([^"]*sparql\?query=[^"]*)"/.exec(html)?.[1].replace(/&amp;/g, '&');
    expect(href).toBeDefined();
    const response = await fetch(href!, { headers: { accept: 'application/sparql-results+json' } });
    const results = (await response.json()) as { results: { bindings: Array<{ meeting: { value: string } }> } };
    expect(results.results.bindings.map((b) => b.meeting.value)).toContain(`${BUILT_BASE}id/${SEED_MEETING}`);
    expect(() => new sparqljs.Parser().parse(browseListQuery('roles', `${BUILT_BASE}id/${LU_HAIFENG}`))).not.toThrow();
  });
});

describe('browseSections as a pure function', () => {
  it('escapes data labels', () => {
    const B = 'https://d.org/';
    const quads = new Parser().parse(`@prefix jy: <https://w3id.org/jiyao/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<${B}id/m> jy:attendee <${B}id/p> ; rdfs:label "会议<script>x</script>"@zh-hans ; <http://purl.org/dc/terms/date> "2020-01-01" .`);
    const html = browseSections(quads, collectLabels(quads), { iri: `${B}id/p`, datasetBase: B, publicBase: 'http://h/' }).value;
    expect(html).toContain('会议&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<time>2020-01-01</time>');
  });
});
