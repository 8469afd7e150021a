// Launching the test browser: Debian's Chromium starts offline; a missing binary fails with a message saying what to install.
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, ChromiumMissingError, launchChromium, requireChromium } from './browser/chromium.js';

describe('the browser of the e2e tests', () => {
  it('is Debian\'s Chromium at /usr/bin/chromium (a missing one fails this test, it is never skipped)', async () => {
    await expect(requireChromium(CHROMIUM_PATH)).resolves.toBeUndefined();
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.setContent('<p id="probe">纪要 &amp; jiyao</p>');
      expect(await page.locator('#probe').textContent()).toBe('纪要 & jiyao');
    } finally {
      await session.close();
    }
  });

  it('reports a missing binary with a message naming the path and the Debian package', async () => {
    const missing = '/nonexistent/jiyao-test/chromium';
    const launch = launchChromium({ executablePath: missing });
    await expect(launch).rejects.toBeInstanceOf(ChromiumMissingError);
    await expect(launch).rejects.toThrow(`Chromium not found at ${missing}: install Debian's package (apt-get install -y chromium)`);
  });
});
