import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ColophonError } from '../errors.js';
import { type InMemorySite, siteUrl } from './in-memory-site.js';
import { type BlockedRequest, ReusablePage } from './reusable-page.js';

export type { BlockedRequest };

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
  scripts?: ScriptMode;
}

export type ScriptMode = 'off' | 'devtools-only';

const DEFAULT_VIEWPORT = { width: 800, height: 600 };

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
  private readonly pages = new Map<ScriptMode, Promise<ReusablePage>>();

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

  /**
   * Opens `entry` from `site` in a locked-down page and runs `use`. Pages are kept and reused (one for each
   * script mode): a page that failed is closed and replaced on the next use.
   */
  async withPage<T>(options: OpenPageOptions, use: (opened: OpenedPage) => Promise<T>): Promise<T> {
    const scripts = options.scripts ?? 'off';
    const reusable = await this.reusablePage(scripts);
    try {
      return await reusable.run(options.site, async (blocked) => {
        await reusable.page.setViewport(options.viewport ?? DEFAULT_VIEWPORT);
        const response = await reusable.page.goto(siteUrl(options.entry), { waitUntil: 'load', timeout: 30_000 });
        if (!response || !response.ok()) {
          throw new ColophonError('BROWSER_FAILED', `The page ${options.entry} could not be opened in Chromium.`, {
            hint: 'This is a bug in Colophon: please report it with the input that caused it.',
          });
        }
        return use({ page: reusable.page, blocked });
      });
    } catch (error) {
      this.pages.delete(scripts);
      await reusable.page.close().catch(() => undefined);
      throw error;
    }
  }

  private reusablePage(scripts: ScriptMode): Promise<ReusablePage> {
    let page = this.pages.get(scripts);
    if (!page) {
      page = this.browser.newPage().then((opened) => ReusablePage.open(opened, scripts === 'devtools-only'));
      this.pages.set(scripts, page);
    }
    return page;
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}
