// Test helper: the shared browser and site of the browser tests, and the checks every visited page must pass.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium, type ChromiumSession } from './chromium.js';
import { foreignRequests, openWatchedPage, type PageRecord, type WatchedPage } from './page-watch.js';
import { startTestSite, type GoldPage, type TestSite } from './site.js';

let browser: Promise<ChromiumSession> | undefined;
let site: Promise<TestSite> | undefined;

/** A watched tab on the test site. */
export interface Visit extends WatchedPage {
  site: TestSite;
  /** Absolute URL of a path of the site (`search?q=…`). */
  at(relative: string): string;
}

/**
 * Opens a tab on the shared site, launching Chromium and building the site on first use. Every test awaits the
 * launch itself, so a missing /usr/bin/chromium fails each test with {@link ChromiumMissingError}'s message.
 */
export async function visit(): Promise<Visit> {
  browser ??= launchChromium();
  site ??= startTestSite();
  const [session, served] = await Promise.all([browser, site]);
  const watched = await openWatchedPage(session.context);
  return { ...watched, site: served, at: (relative) => new URL(relative, served.url).href };
}

/** Closes the browser and the site if they were started (call from afterAll). */
export async function closeAll(): Promise<void> {
  const [session, served] = await Promise.all([browser?.catch(() => undefined), site?.catch(() => undefined)]);
  await session?.close();
  await served?.close();
}

/** True for the console error Chromium logs when the site has no /favicon.ico (checked by a test of its own). */
export const isFaviconMiss = (message: string): boolean => /\/favicon\.ico\)$/.test(message);

/** The checks every page must pass: nothing requested off 127.0.0.1, no script errors, no dialogs, no console errors. */
export function expectQuietPage(record: PageRecord): void {
  expect(foreignRequests(record), 'requests that left 127.0.0.1').toEqual([]);
  expect(record.pageErrors, 'uncaught script errors').toEqual([]);
  expect(record.dialogs, 'dialogs (alert/confirm/prompt) opened by the page').toEqual([]);
  expect(record.consoleErrors.filter((m) => !isFaviconMiss(m)), 'console errors').toEqual([]);
  expect(record.failedRequests, 'requests that failed').toEqual([]);
}

/** The gold file of one corpus page of the site. */
export function goldOf(served: TestSite, page: string): GoldPage {
  const gold = served.gold.get(page);
  if (!gold) throw new Error(`${page} is not in the test site`);
  return gold;
}

/** Visible text of a locator, whitespace collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** The one link among `links` whose whole text satisfies `test`; fails with the texts seen when none or several do. */
export async function linkWhere(links: Locator, test: (text: string) => boolean, what: string): Promise<Locator> {
  const texts = (await links.allTextContents()).map((t) => t.trim());
  const indexes = texts.flatMap((t, i) => (test(t) ? [i] : []));
  expect(indexes.length, `exactly one link to ${what} among: ${texts.join(' | ')}`).toBe(1);
  return links.nth(indexes[0]);
}

/** Clicks a link to a resource (`/id/…`, answered by 303 to `/doc/…`) and waits for the document page. */
export async function follow(page: Page, link: Locator): Promise<void> {
  const before = page.url();
  await link.click();
  await page.waitForURL((url) => url.href !== before && url.pathname.startsWith('/doc/'));
  await page.locator('main h1').waitFor();
}

/** Opens a meeting's page from the search page (its title, type Meeting), checking it is the meeting of that date. */
export async function openMeeting(v: Visit, gold: GoldPage): Promise<void> {
  await v.page.goto(v.at(`search?q=${encodeURIComponent(gold.meeting.title)}&type=Meeting`));
  const hit = await linkWhere(v.page.locator('li.hit > a'), (t) => t === gold.meeting.title, `the meeting ${gold.meeting.title}`);
  await follow(v.page, hit);
  expect(await textOf(v.page.locator('main h1'))).toBe(gold.meeting.title);
  if (gold.meeting.date) expect(await textOf(v.page.locator('main'))).toContain(gold.meeting.date);
}
