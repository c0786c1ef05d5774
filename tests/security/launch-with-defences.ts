import { type LaunchOptions, RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { type TestOnlyLaunchOptions, UNSAFE_NETWORK_FOR_TESTS, type UnsafeNetwork } from '../../src/browser/unsafe-network-for-tests.js';
import { testBrowserPath } from '../support/browser.js';

/**
 * Chromium launched as Colophon launches it, with some of the renderer's network defences switched off
 * through the test-only `UNSAFE_NETWORK_FOR_TESTS` (both on unless said otherwise).
 */
export function launchWithDefences(defences: Partial<UnsafeNetwork>): Promise<RenderingBrowser> {
  const options: LaunchOptions & TestOnlyLaunchOptions = { executablePath: testBrowserPath(), [UNSAFE_NETWORK_FOR_TESTS]: defences };
  return RenderingBrowser.launch(options);
}
