// renderResourcePage as a pure function: facts, evidence, links both ways, tamper warning, escaping.
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { collectLabels } from '../../../src/http/views/labels.js';
import { isTamperedSource, renderResourcePage } from '../../../src/http/views/resource-view.js';

const B = 'https://d.org/';
const JY = 'https://w3id.org/jiyao/ontology#';
const quads = new Parser().parse(`
@prefix jy: <${JY}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix prov: <http://www.w3.org/ns/prov#> .
<${B}id/m> a jy:Meeting ; rdfs:label "第1次会议"@zh-hans ; jy:minutes <${B}id/m/minutes> ; jy:chair <${B}id/p> ;
  jy:evidence <${B}id/m#e1> ; jy:location "<b onclick=x>\u202E'" .
<${B}id/m#e1> jy:forProperty jy:chair ; jy:quote "区长<i>王五</i>主持" ; jy:start 10 ; jy:end 20 .
<${B}id/p> rdfs:label "王五</td>"@zh-hans .
<${B}id/m/minutes> a jy:Minutes ; jy:tampered true ; prov:wasDerivedFrom <http://gov.cn/a.html?x=1&y='2'> .
<${B}id/org> jy:heldMeeting <${B}id/m> ; rdfs:label "区政府"@zh-hans .
`);
const labels = collectLabels([
  ...quads,
  ...new Parser().parse(`<${JY}chair> <http://www.w3.org/2000/01/rdf-schema#label> "主持人"@zh-hans, "chair"@en .`),
]);
const context = { iri: `${B}id/m`, datasetBase: B, publicBase: 'http://localhost:3000/', jsonLd: '{"@id":"x"}', alternates: [] };

describe('renderResourcePage', () => {
  const page = renderResourcePage(quads, labels, context);
  it('shows the label, facts with bilingual property names and links on this host', () => {
    expect(page).toContain('<h1>第1次会议</h1>');
    expect(page).toContain('主持人 <span class="en">chair</span>');
    expect(page).toContain('href="http://localhost:3000/id/p"');
    expect(page).toContain('王五&lt;/td&gt;');
  });
  it('quotes the evidence with offsets and links the source page, escaped', () => {
    expect(page).toContain('<blockquote>区长&lt;i&gt;王五&lt;/i&gt;主持</blockquote>');
    expect(page).toContain('10–20');
    expect(page).toContain('href="http://gov.cn/a.html?x=1&amp;y=&#39;2&#39;"');
  });
  it('lists incoming links', () => {
    expect(page).toContain('被引用 Linked from');
    expect(page).toContain('href="http://localhost:3000/id/org"');
  });
  it('warns when the minutes were tampered', () => {
    expect(isTamperedSource(quads, `${B}id/m`)).toBe(true);
    expect(isTamperedSource(quads, `${B}id/p`)).toBe(false);
    expect(page).toContain('class="warning"');
  });
  it('never lets a data string open markup or reverse text', () => {
    expect(page).toContain('&lt;b onclick=x&gt;\uFFFD&#39;');
    expect(page).not.toContain('<b onclick');
    expect(page).not.toContain('\u202E');
  });
});
