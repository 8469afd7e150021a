// Test helper: launches Debian's Chromium headless through playwright-core, offline, with a fresh profile folder.
import { constants } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser (`.ci/run` installs it). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags that keep Chromium off the network and quiet: without the background-networking ones it tries to reach
 * Google's hosts at every start, which this machine's closed network refuses.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-domain-reliability',
  '--no-default-browser-check', '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** Thrown when the browser binary is missing: the e2e browser tests fail with this message, they never skip. */
export class ChromiumMissingError extends Error {
  constructor(executablePath: string) {
    super(`Chromium not found at ${executablePath}: install Debian's package (apt-get install -y chromium) — .ci/run must do so before the e2e tests.`);
    this.name = 'ChromiumMissingError';
  }
}

/** Options of {@link launchChromium}. */
export interface LaunchOptions {
  /** Browser binary. Default {@link CHROMIUM_PATH}. */
  executablePath?: string;
  /** Viewport size. Default 1280×900. */
  viewport?: { width: number; height: number };
}

/** A running browser with its own throw-away profile. */
export interface ChromiumSession {
  context: BrowserContext;
  /** Closes the browser and deletes its profile folder. */
  close(): Promise<void>;
}

/** Resolves when `file` exists and is executable; rejects with {@link ChromiumMissingError} otherwise. */
export async function requireChromium(file: string = CHROMIUM_PATH): Promise<void> {
  await access(file, constants.X_OK).catch(() => {
    throw new ChromiumMissingError(file);
  });
}

/** Launches headless Chromium (as root: no sandbox) with a new empty `--user-data-dir`. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  await requireChromium(executablePath);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'jiyao-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      chromiumSandbox: false,
      args: [...CHROMIUM_FLAGS],
      viewport: options.viewport ?? { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
