import { locateBrowser } from '../../src/config/browser-location.js';

/**
 * The Chromium the tests render with, found the way Colophon finds one (PUPPETEER_EXECUTABLE_PATH,
 * then a system Chromium or Chrome, then puppeteer's cache), so the suite runs wherever the product does.
 * No browser at all fails with Colophon's own BROWSER_NOT_FOUND message and its hint.
 */
export function testBrowserPath(): string {
  return locateBrowser({ environment: process.env });
}
