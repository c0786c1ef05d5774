import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { ColophonError } from '../errors.js';
import { type InMemorySite, sitePathOf, siteUrl } from './in-memory-site.js';

export interface LaunchOptions {
  /** Path of the Chromium/Chrome binary (see `locateBrowser`). */
  executablePath: string;
}

export interface OpenPageOptions {
  /** The files the page may load; everything else is blocked. */
  site: InMemorySite;
  /** The site path to open, e.g. `index.html`. */
  entry: string;
  viewport?: { width: number; height: number };
  /**
   * `off` (default): JavaScript disabled outright (printing, screenshots).
   * `devtools-only`: the engine runs so that Colophon's own code (axe) can be evaluated through
   * DevTools, but a `script-src 'none'` Content-Security-Policy on every response stops every
   * script of the page itself: inline, external, event handlers and `javascript:` URLs.
   */
  scripts?: 'off' | 'devtools-only';
}

/** A request the page tried to make and Colophon refused (the audit and the tests read these). */
export interface BlockedRequest {
  url: string;
  resourceType: string;
}

export interface OpenedPage {
  page: Page;
  blocked: BlockedRequest[];
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * One Chromium for a whole run, locked down: every page has JavaScript off and
 * can load nothing but the in-memory site it was opened with.
 */
export class RenderingBrowser {
  private constructor(private readonly browser: Browser) {}

  static async launch(options: LaunchOptions): Promise<RenderingBrowser> {
    try {
      const browser = await puppeteer.launch({
        executablePath: options.executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
        // The content never needs the outside world; no proxy either.
        acceptInsecureCerts: false,
      });
      return new RenderingBrowser(browser);
    } catch (cause) {
      throw new ColophonError('BROWSER_FAILED', `Chromium at ${options.executablePath} could not be started.`, {
        hint: 'Check that the binary runs (`chromium --version`); as root it needs --no-sandbox, which Colophon passes.',
        cause,
      });
    }
  }

  get connected(): boolean {
    return this.browser.connected;
  }

  /** Opens `entry` from `site` in a fresh locked-down page, runs `use`, and always closes the page. */
  async withPage<T>(options: OpenPageOptions, use: (opened: OpenedPage) => Promise<T>): Promise<T> {
    const opened = await this.openPage(options);
    try {
      return await use(opened);
    } finally {
      await opened.page.close().catch(() => undefined);
    }
  }

  private async openPage(options: OpenPageOptions): Promise<OpenedPage> {
    const page = await this.browser.newPage();
    const blocked: BlockedRequest[] = [];
    await page.setJavaScriptEnabled(options.scripts === 'devtools-only');
    await page.setRequestInterception(true);
    page.on('request', (request) => void answer(request, options.site, blocked));
    if (options.viewport) await page.setViewport(options.viewport);
    const response = await page.goto(siteUrl(options.entry), { waitUntil: 'load', timeout: 30_000 });
    if (!response || !response.ok()) {
      await page.close();
      throw new ColophonError('BROWSER_FAILED', `The page ${options.entry} could not be opened in Chromium.`, {
        hint: 'This is a bug in Colophon: please report it with the input that caused it.',
      });
    }
    return { page, blocked };
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}

async function answer(request: HTTPRequest, site: InMemorySite, blocked: BlockedRequest[]): Promise<void> {
  const path = sitePathOf(request.url());
  const file = path === undefined ? undefined : site.get(path);
  if (file && request.method() === 'GET') {
    await request.respond({
      status: 200,
      contentType: file.mediaType,
      headers: { 'Content-Security-Policy': "script-src 'none'; object-src 'none'; base-uri 'none'" },
      body: typeof file.body === 'string' ? file.body : Buffer.from(file.body),
    });
    return;
  }
  if (!request.url().startsWith('data:')) blocked.push({ url: request.url(), resourceType: request.resourceType() });
  await request.abort('blockedbyclient');
}
