import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ColophonError } from '../errors.js';

/** Where Colophon looks for a browser, in order, after an explicit path and PUPPETEER_EXECUTABLE_PATH. */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface BrowserLocationInput {
  /** Given by the user (option `--browser` or `browser.executablePath`). */
  explicit?: string | undefined;
  /** The environment to read PUPPETEER_EXECUTABLE_PATH from (config layer only). */
  environment?: Readonly<Record<string, string | undefined>>;
  /** Overrides the system paths searched (tests). */
  systemPaths?: readonly string[];
  /** Overrides puppeteer's cache folder (tests). */
  puppeteerCache?: string;
}

const HOW_TO_GET_ONE =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`), ' +
  'or point Colophon at a Chrome/Chromium binary with `--browser PATH` or PUPPETEER_EXECUTABLE_PATH.';

/** Finds a Chromium to render with: explicit path, PUPPETEER_EXECUTABLE_PATH, system Chromium/Chrome, puppeteer's cache. */
export function locateBrowser(input: BrowserLocationInput = {}): string {
  if (input.explicit) return requireExisting(input.explicit, 'the path given');
  const fromEnvironment = input.environment?.['PUPPETEER_EXECUTABLE_PATH'];
  if (fromEnvironment) return requireExisting(fromEnvironment, 'PUPPETEER_EXECUTABLE_PATH');
  for (const candidate of input.systemPaths ?? SYSTEM_BROWSER_PATHS) {
    if (existsSync(candidate)) return candidate;
  }
  const cached = findInPuppeteerCache(input.puppeteerCache ?? join(homedir(), '.cache', 'puppeteer'));
  if (cached) return cached;
  throw new ColophonError('BROWSER_NOT_FOUND', 'No Chromium or Chrome was found to render the PDF and run the audit.', {
    hint: HOW_TO_GET_ONE,
  });
}

function requireExisting(path: string, origin: string): string {
  if (existsSync(path)) return path;
  throw new ColophonError('BROWSER_NOT_FOUND', `The browser named by ${origin} does not exist: ${path}`, {
    hint: HOW_TO_GET_ONE,
  });
}

function findInPuppeteerCache(cacheRoot: string): string | undefined {
  for (const product of ['chrome', 'chromium']) {
    const productDir = join(cacheRoot, product);
    if (!existsSync(productDir)) continue;
    for (const build of readdirSync(productDir).sort().reverse()) {
      for (const binary of ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing']) {
        const candidate = join(productDir, build, binary);
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}
