import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ColophonError } from '../errors.js';
import { makeScratchFolder, removeScratchFolder } from '../owned-temp/scratch-folder.js';
import { type InMemorySite, siteUrl } from './in-memory-site.js';
import { NETWORK_LOCKDOWN_ARGS } from './network-lockdown.js';
import { PagePool } from './page-pool.js';
import { type BlockedRequest, ReusablePage } from './reusable-page.js';
import { networkDefences } from './unsafe-network-for-tests.js';

export type { BlockedRequest };

export interface LaunchOptions {
  /** Path of the Chromium/Chrome binary (see `locateBrowser`). */
  executablePath: string;
  /** Pages open at once for each script mode: documents rendered in parallel. Default 1. */
  pages?: number;
  /**
   * A page is closed and replaced after this many documents, so that its renderer's memory cannot grow
   * through a long batch. Default: 100 for pages without scripts (print, cover), 25 for the audit's pages,
   * whose renderers grow faster with axe (measured in an audited batch: 180-230 MiB each after 100
   * documents, 120-140 MiB after 25; a new page costs ~0.1 s, under 1 % of 25 audits).
   */
  recyclePagesAfter?: number;
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
  /**
   * Colophon's own script (axe) that DevTools runs at the start of every document the page shows, with
   * `scripts: 'devtools-only'`: registered once a page, so its source crosses the DevTools connection once,
   * not once a document. The page's own scripts stay blocked.
   */
  preload?: string;
}

export type ScriptMode = 'off' | 'devtools-only';

const DEFAULT_VIEWPORT = { width: 800, height: 600 };

export interface OpenedPage {
  page: Page;
  blocked: BlockedRequest[];
  /** A PNG of the page's viewport area `clip`; use this rather than `page.screenshot` (see `RenderingBrowser.screenshotOf`). */
  screenshot(clip: { width: number; height: number }): Promise<Uint8Array>;
  /**
   * Before writing another document into this page in place (the audit's `loadInPlace`): counts it toward the page's
   * recycling, and says whether the page may take it. False: the page has shown `recyclePagesAfter` documents, and
   * the next document should go to a new use (a fresh page), as it would after that many navigations.
   */
  showAnother(): boolean;
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
  private readonly pools: Record<ScriptMode, PagePool<ReusablePage>>;
  /** Documents a page shows before it is replaced, by script mode (see `LaunchOptions.recyclePagesAfter`). */
  private readonly recycleAfter: Record<ScriptMode, number>;

  /** Resolves once the browser's process has exited and its profile folder is removed. */
  private readonly ended: Promise<void>;

  private constructor(
    private readonly browser: Browser,
    options: LaunchOptions,
    profile: string,
  ) {
    const child = browser.process();
    this.ended =
      child && child.exitCode === null && child.signalCode === null
        ? new Promise<void>((resolve) => child.once('exit', () => resolve())).then(() => removeScratchFolder(profile))
        : removeScratchFolder(profile);
    const requestBlocking = networkDefences(options).requestBlocking;
    this.recycleAfter = { off: options.recyclePagesAfter ?? 100, 'devtools-only': options.recyclePagesAfter ?? 25 };
    const pool = (scripts: ScriptMode) =>
      new PagePool(async () => ReusablePage.open(await browser.newPage(), scripts === 'devtools-only', { requestBlocking }), {
        size: Math.max(1, options.pages ?? 1),
        recycleAfter: this.recycleAfter[scripts],
      });
    this.pools = { off: pool('off'), 'devtools-only': pool('devtools-only') };
  }

  static async launch(options: LaunchOptions): Promise<RenderingBrowser> {
    // A folder of Colophon's own, so that one left by a killed process is removed later (see `makeScratchFolder`).
    const profile = await makeScratchFolder('chromium');
    try {
      const browser = await puppeteer.launch({
        executablePath: options.executablePath,
        headless: true,
        userDataDir: profile,
        // The network lockdown is left out only by the test-only switch (see `UNSAFE_NETWORK_FOR_TESTS`).
        args: networkDefences(options).lockdownFlags ? [...CHROMIUM_ARGS, ...NETWORK_LOCKDOWN_ARGS] : CHROMIUM_ARGS,
        // The content never needs the outside world.
        acceptInsecureCerts: false,
        // Signals are the program's to handle: a service stopping on SIGTERM finishes its running builds with this
        // browser before it closes it (puppeteer would otherwise kill the browser at once).
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        // DevTools over the process's own pipe, not a WebSocket port: when this process dies without closing the
        // browser (SIGKILL, the OOM killer, a crash), Chromium reads end-of-file and exits with all its processes.
        // Over a WebSocket it ran on with nobody to stop it (four browsers left behind by every worker test run).
        pipe: true,
      });
      return new RenderingBrowser(browser, options, profile);
    } catch (cause) {
      await removeScratchFolder(profile);
      throw new ColophonError('BROWSER_FAILED', `Chromium at ${options.executablePath} could not be started.`, {
        hint: 'Check that the binary runs (`chromium --version`); as root it needs --no-sandbox, which Colophon passes.',
        cause,
      });
    }
  }

  /** The browser's product and version, e.g. `HeadlessChrome/131.0…` (the service's health check asks it). */
  version(): Promise<string> {
    return this.browser.version();
  }

  get connected(): boolean {
    return this.browser.connected;
  }

  /** The Chromium process (for a supervisor that must kill a hung browser). */
  get process(): ReturnType<Browser['process']> {
    return this.browser.process();
  }

  /**
   * Opens `entry` from `site` in a locked-down page and runs `use`. Pages are pooled and reused;
   * a page that failed is closed, and a fresh one takes its place.
   */
  async withPage<T>(options: OpenPageOptions, use: (opened: OpenedPage) => Promise<T>): Promise<T> {
    const pool = this.pools[options.scripts ?? 'off'];
    const reusable = await pool.acquire(siteUrl(options.entry));
    let result: T;
    try {
      const rewritable = documentToRewrite(reusable, options);
      const reused = rewritable !== undefined;
      const blocked = reusable.startUse(options.site, !reused);
      if (options.scripts === 'devtools-only') await reusable.preload(options.preload);
      await reusable.page.setViewport(options.viewport ?? DEFAULT_VIEWPORT);
      if (reused) await reusable.page.setContent(rewritable, { waitUntil: 'load', timeout: 30_000 });
      // The referer marks this navigation as Colophon's own: every other one is cancelled (see `ReusablePage.navigationReferrer`).
      const response = reused ? undefined : await reusable.page.goto(siteUrl(options.entry), { waitUntil: 'load', timeout: 30_000, referer: reusable.navigationReferrer });
      if (!reused && (!response || !response.ok())) {
        throw new ColophonError('BROWSER_FAILED', `The page ${options.entry} could not be opened in Chromium.`, {
          hint: 'This is a bug in Colophon: please report it with the input that caused it.',
        });
      }
      const limit = this.recycleAfter[options.scripts ?? 'off'];
      result = await use({ page: reusable.page, blocked, screenshot: (clip) => this.screenshotOf(reusable.page, clip), showAnother: () => reusable.showAnother(limit) });
    } catch (error) {
      await pool.discard(reusable);
      throw error;
    }
    await pool.release(reusable);
    return result;
  }

  /**
   * Screenshots are taken one at a time, each of a page brought to the front first. Headless Chromium
   * paints no new frame for a page in the background, and `Page.captureScreenshot` waits for one: with
   * several pages at work (a PDF printing while the cover renders) a screenshot could wait until the
   * protocol timed out (puppeteer issue 12712; seen here with Chromium 156).
   */
  private screenshots: Promise<unknown> = Promise.resolve();

  private screenshotOf(page: Page, clip: { width: number; height: number }): Promise<Uint8Array> {
    const taken = this.screenshots.then(async () => {
      await page.bringToFront();
      // optimizeForSpeed: Chromium's browser process deflates the PNG with a fast setting. Measured on the 1600 x 2560
      // cover: ~90 -> ~30 ms of its CPU (a tenth of a batch's CPU per article went there), 74 -> 135 KB, still lossless.
      const png = await page.screenshot({ type: 'png', optimizeForSpeed: true, clip: { x: 0, y: 0, ...clip }, captureBeyondViewport: false });
      return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    });
    this.screenshots = taken.catch(() => undefined);
    return taken;
  }

  /**
   * Closes the browser and waits for its process to exit and its profile folder to be removed (10 s at most: a
   * folder left then is removed by a later launch once this process has ended).
   */
  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.ended, new Promise<void>((resolve) => (timer = setTimeout(resolve, 10_000).unref()))]);
    clearTimeout(timer);
  }
}

/**
 * The HTML to write in place, when a page without scripts shows the same HTML entry as last time: it gets the new document written
 * into the one it has (`document.open/write/close` through DevTools) instead of navigating: a navigation
 * costs Chromium about 130 ms of CPU (a new document, its worlds, the lifecycle), a rewrite about 15 ms.
 * The URL, so every relative reference, is the same as a navigation's; subresources are still requested,
 * and answered from the current site only. Only for `scripts: 'off'`: nothing in the page can run, so the
 * Content-Security-Policy a navigation's response carries has nothing to add; only for HTML (an XHTML
 * document written into an HTML one would be parsed as HTML); and only when no image changed under a
 * path the page has loaded (see `ReusablePage.agreesWith`: stylesheets and fonts are fetched again).
 */
function documentToRewrite(reusable: ReusablePage, options: OpenPageOptions): string | undefined {
  const file = options.site.get(options.entry);
  const rewritable =
    (options.scripts ?? 'off') === 'off' && file?.mediaType.startsWith('text/html') && reusable.page.url() === siteUrl(options.entry) && reusable.agreesWith(options.site);
  if (!rewritable || !file) return undefined;
  return typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
}
