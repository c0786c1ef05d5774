import { RenderingBrowser } from '../browser/rendering-browser.js';
import { locateBrowser } from '../config/browser-location.js';

/** A browser for one call: the caller's own (left running) or one launched here (closed on release). */
export interface BrowserLease {
  browser: RenderingBrowser;
  release(): Promise<void>;
}

export async function leaseBrowser(
  given: RenderingBrowser | { executablePath?: string } | undefined,
  environment: Readonly<Record<string, string | undefined>> | undefined,
): Promise<BrowserLease> {
  if (given instanceof RenderingBrowser) return { browser: given, release: async () => undefined };
  const executablePath = locateBrowser({ explicit: given?.executablePath, environment: environment ?? {} });
  const browser = await RenderingBrowser.launch({ executablePath });
  return { browser, release: () => browser.close() };
}
