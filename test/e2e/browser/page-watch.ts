// Test helper: records what a page does besides rendering — console errors, uncaught errors, dialogs, requested hosts.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Screenshots of the browser tests (test-artifacts/ is git-ignored; CI may keep it as an artefact). */
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-artifacts', 'browser');

/** What a watched page did. */
export interface PageRecord {
  /** `console.error` messages and failed resource loads the browser reported on the console. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page's scripts. */
  pageErrors: string[];
  /** Messages of alert/confirm/prompt dialogs (each is dismissed at once). */
  dialogs: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Requests that failed at the network level, with the reason. */
  failedRequests: string[];
}

/** A new tab of `context` and the record of what it does. */
export interface WatchedPage {
  page: Page;
  record: PageRecord;
}

/** Opens a new tab and starts recording; dialogs are dismissed so a stray alert cannot hang the test. */
export async function openWatchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const record: PageRecord = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('requestfailed', (request) => record.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? '?'}`));
  return { page, record };
}

/** Requested URLs whose host is not 127.0.0.1 (data: and blob: URLs stay in the page and are not counted). */
export function foreignRequests(record: PageRecord): string[] {
  return record.requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return false;
    return hostname !== '127.0.0.1';
  });
}

/** Saves a full-page PNG as test-artifacts/browser/{name}.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
