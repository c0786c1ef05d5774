import { RenderingBrowser } from '../browser/rendering-browser.js';
import { locateBrowser } from '../config/browser-location.js';

/** A browser for one call: the caller's own (left running) or one launched here (closed on release). */
export interface BrowserLease {
  browser: RenderingBrowser;
  release(): Promise<void>;
}

/** A browser the caller owns, running or being launched (it closes it), or where to find one to launch here. */
export type BrowserChoice = RenderingBrowser | Promise<RenderingBrowser> | { executablePath?: string };

export async function leaseBrowser(given: BrowserChoice | undefined, environment: Readonly<Record<string, string | undefined>> | undefined): Promise<BrowserLease> {
  if (given instanceof RenderingBrowser) return { browser: given, release: async () => undefined };
  if (given instanceof Promise) return { browser: await given, release: async () => undefined };
  const executablePath = locateBrowser({ explicit: given?.executablePath, environment: environment ?? {} });
  // Two pages a script mode: documents are audited two at a time, and the PDF prints meanwhile.
  const browser = await RenderingBrowser.launch({ executablePath, pages: 2 });
  return { browser, release: () => browser.close() };
}
