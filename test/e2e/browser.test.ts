// The published site in Debian's Chromium: landing page, search, browsing to award recipients, tampered warnings,
// the SPARQL query UI and hostile labels — each page offline (127.0.0.1 only), without script errors, screenshotted.
import { afterAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './browser/page-watch.js';
import { HOSTILE_TEXT } from './browser/site.js';
import {
  closeAll, expectQuietPage, follow, goldOf, isFaviconMiss, linkWhere, openMeeting, textOf, visit, type Visit,
} from './browser/steps.js';

afterAll(closeAll);

/** Runs a step in a fresh tab and closes the tab afterwards, whatever happens. */
async function inTab(step: (v: Visit) => Promise<void>): Promise<void> {
  const v = await visit();
  try {
    await step(v);
  } finally {
    await v.page.close();
  }
}

describe('the site in a real browser', () => {
  it('shows on / what the dataset holds: counts, the chart per jurisdiction and year, tampered share, gaps', () => inTab(async (v) => {
    const { page, site } = v;
    await page.goto(site.url);
    await expect.poll(() => page.locator('main h1').isVisible()).toBe(true);
    const counts = page.locator('table.counts');
    expect(await textOf(counts.locator('tr', { has: page.locator('th', { hasText: /^会议(\s|$)/ }) }).locator('td'))).toBe(String(site.build.meetings));
    expect(await textOf(counts.locator('tr', { hasText: 'Source pages' }).locator('td'))).toBe(`${site.build.converted} / ${site.build.pages}`);
    const bars = page.locator('figure svg rect.bar');
    const perYearRows = await page.locator('table.per-year tr').count() - 1;
    expect(perYearRows, 'rows of the meetings-per-year table').toBeGreaterThan(1);
    expect(await bars.count(), 'one bar per jurisdiction and year').toBe(perYearRows);
    expect((await bars.first().boundingBox())?.height ?? 0, 'the first bar has a height on screen').toBeGreaterThan(0);
    const tampered = [...site.gold.values()].filter((g) => g.integrity.tampered).length;
    expect(await textOf(page.locator('.tampered'))).toContain(`${tampered} / ${site.build.converted}`);
    await expect.poll(() => page.locator('#gaps').isVisible()).toBe(true);
    expect(await textOf(page.locator('.gap-note'))).toContain('Gaps, not facts');
    await saveScreenshot(page, '01-landing');
    expectQuietPage(v.record);
  }));

  it('searches from the form: 区长质量奖 finds every such award, highlighted', () => inTab(async (v) => {
    const { page, site } = v;
    await page.goto(site.url);
    await page.locator('header nav a', { hasText: 'Search' }).click();
    await page.waitForURL((url) => url.pathname === '/search');
    await page.locator('form[role=search] input[name=q]').fill('区长质量奖');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === '区长质量奖');
    const hits = page.locator('li.hit');
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await page.locator('li.hit mark').allTextContents()).toContain('区长质量奖');
    const awardLabels = await hits.filter({ has: page.locator('.meta', { hasText: 'Award' }) }).locator('> a').allTextContents();
    const expected = [...site.gold.values()].flatMap((g) => g.awards).filter((a) => a.name === '区长质量奖');
    expect(expected.length, 'gold awards named 区长质量奖').toBeGreaterThan(1);
    for (const award of expected) {
      expect(awardLabels.some((l) => l.includes(award.name) && l.includes(String(award.year))), `a hit for the ${award.year} ${award.name} among ${awardLabels.join(' | ')}`).toBe(true);
    }
    await saveScreenshot(page, '02-search');
    expectQuietPage(v.record);
  }));

  for (const [n, source] of [[3, 'seed-tianning-56.txt'], [4, 'dev-11-kunshan-66.html']] as const) {
    it(`follows ${source}'s meeting to its resolution, the award and every recipient`, () => inTab(async (v) => {
      const { page, site } = v;
      const gold = goldOf(site, source);
      const award = gold.awards[0];
      if (source.startsWith('seed')) expect(award.recipients).toContain('江苏康进医疗器材有限公司');
      await openMeeting(v, gold);
      await saveScreenshot(page, `0${n}a-meeting`);
      const agenda = page.locator('section.browse').first();
      const awardLink = await linkWhere(agenda.locator('a[href*="/award/"]'), (t) => t.endsWith(award.name) && t.includes(String(award.year)), award.name);
      const resolutionItem = agenda.locator('li', { has: page.locator('> ul > li > a', { hasText: await awardLink.innerText() }) }).last();
      await follow(page, resolutionItem.locator('> a'));
      expect(page.url(), 'a resolution page').toMatch(/\/resolution\/\d+$/);
      await saveScreenshot(page, `0${n}b-resolution`);
      await follow(page, await linkWhere(page.locator('main a[href*="/award/"]'), (t) => t.endsWith(award.name) && t.includes(String(award.year)), award.name));
      await saveScreenshot(page, `0${n}c-award`);
      const links = await page.locator('main a').allTextContents();
      for (const name of award.recipients) expect(links.map((t) => t.trim()), `a link to the recipient ${name}`).toContain(name);
      await follow(page, page.locator('main a', { hasText: award.recipients[0] }).first());
      expect(await textOf(page.locator('main h1'))).toBe(award.recipients[0]);
      const awarded = await page.locator('section.browse a').allTextContents();
      expect(awarded.map((t) => t.trim()), 'the recipient page links back to the meeting that conferred the award').toContain(gold.meeting.title);
      await saveScreenshot(page, `0${n}d-recipient`);
      expectQuietPage(v.record);
    }));
  }

  it('warns on a tampered meeting and its minutes, and not on a clean one', () => inTab(async (v) => {
    const { page, site } = v;
    await openMeeting(v, goldOf(site, 'seed-tianning-56.txt'));
    const warning = page.locator('main .warning[role=alert]');
    expect(await warning.isVisible(), 'a visible warning on the tampered meeting').toBe(true);
    expect(await textOf(warning)).toMatch(/篡改.*tampered/);
    const warningBox = await warning.boundingBox(), propertiesBox = await page.locator('main h2').first().boundingBox();
    expect(warningBox!.y, 'the warning comes before the facts').toBeLessThan(propertiesBox!.y);
    await follow(page, page.locator('main a[href$="/minutes"]').first());
    expect(await page.locator('main .warning[role=alert]').isVisible(), 'a visible warning on the tampered minutes').toBe(true);
    await saveScreenshot(page, '05-tampered-minutes');
    await openMeeting(v, goldOf(site, 'dev-11-kunshan-66.html'));
    expect(await page.locator('main .warning').count(), 'no warning on a clean meeting').toBe(0);
    expectQuietPage(v.record);
  }));

  it('runs the "which companies won which awards" example in the query UI and shows result rows', () => inTab(async (v) => {
    const { page, site } = v;
    await page.goto(v.at('sparql'));
    await page.locator('.yasqe .CodeMirror').first().waitFor();
    const option = page.locator('#jy-example-select option', { hasText: 'Which companies won which awards' });
    await page.selectOption('#jy-example-select', (await option.getAttribute('value'))!);
    const tabName = (await option.innerText()).split(' · ')[0].trim();
    await expect.poll(() => page.locator('.tabsList .tab.active').innerText()).toContain(tabName);
    const panel = page.locator('.tabPanel.active');
    expect(await panel.locator('.CodeMirror').innerText()).toContain('jy:recipient');
    await panel.locator('.yasqe_queryButton').click();
    const rows = panel.locator('.yasr table tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });
    const chip = await textOf(panel.locator('.yasr_response_chip'));
    const total = Number(/(\d+) results?/.exec(chip)?.[1]);
    expect(total, `result count in "${chip}"`).toBeGreaterThan(0);
    expect(await rows.count()).toBe(Math.min(total, 50));
    const table = await panel.locator('.yasr table tbody').textContent() ?? '';
    for (const source of ['seed-tianning-56.txt', 'dev-11-kunshan-66.html']) {
      for (const name of goldOf(site, source).awards[0].recipients) expect(table, `a row for ${name}`).toContain(name);
    }
    await saveScreenshot(page, '06-query-ui');
    expectQuietPage(v.record);
  }));

  it('shows a hostile label as inert text in search, on its page and in the query UI', () => inTab(async (v) => {
    const { page } = v;
    const label = `${HOSTILE_TEXT}考核办法`;
    await page.goto(v.at(`search?q=${encodeURIComponent('考核办法')}`));
    const hit = await linkWhere(page.locator('li.hit > a'), (t) => t === label, 'the hostile document');
    expect(await hit.isVisible()).toBe(true);
    await saveScreenshot(page, '07-hostile-search');
    await follow(page, hit);
    expect(await page.locator('main h1').textContent()).toBe(label);
    expect(await page.locator('main script, main img, main iframe').count(), 'elements made from the label').toBe(0);
    await saveScreenshot(page, '08-hostile-page');
    await page.goto(v.at('sparql'));
    await page.locator('.yasqe .CodeMirror').first().waitFor();
    const query = `SELECT ?label WHERE { ?d a <https://w3id.org/jiyao/ontology#Document> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(CONTAINS(?label, "考核办法")) }`;
    await page.evaluate(`document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.setValue(${JSON.stringify(query)})`);
    await page.locator('.tabPanel.active .yasqe_queryButton').click();
    const cell = page.locator('.tabPanel.active .yasr table tbody td', { hasText: '考核办法' }).first();
    await cell.waitFor({ timeout: 60_000 });
    expect(await cell.textContent()).toContain(label);
    expect(await page.locator('.yasr table tbody script').count(), 'script elements in the results table').toBe(0);
    await saveScreenshot(page, '09-hostile-query-ui');
    expectQuietPage(v.record);
  }));

  it('gives browsers an icon: each page declares one or /favicon.ico exists (else Chromium logs a 404 console error)', () => inTab(async (v) => {
    const favicon = await v.page.request.get(v.at('favicon.ico'), { maxRedirects: 0 });
    for (const path of ['', 'search', 'sparql']) {
      await v.page.goto(v.at(path));
      const declared = await v.page.locator('head link[rel~="icon"]').count();
      expect(declared > 0 || favicon.status() < 400, `/${path} declares no icon and GET /favicon.ico answers ${favicon.status()}`).toBe(true);
    }
    expect(v.record.consoleErrors.filter((m) => !isFaviconMiss(m)), 'console errors').toEqual([]);
  }));
});
