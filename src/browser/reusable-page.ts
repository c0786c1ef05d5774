import type { HTTPRequest, Page } from 'puppeteer-core';
import type { InMemorySite, SiteFile } from './in-memory-site.js';
import { SITE_ORIGIN, sitePathOf } from './in-memory-site.js';

/** A request the page tried to make and Colophon refused (the audit and the tests read these). */
export interface BlockedRequest {
  url: string;
  resourceType: string;
  /**
   * Set when the request was a navigation Colophon did not start, answered "204 No Content" so that the
   * document stays: `page` when the page itself tried to go elsewhere (a meta refresh, even to itself),
   * `frame` for a frame's document from outside the site (an iframe).
   */
  navigation?: 'page' | 'frame';
}

export interface ReusablePageOptions {
  /** false only in tests (see `UNSAFE_NETWORK_FOR_TESTS`): let every request outside the site through instead of refusing it. */
  requestBlocking?: boolean;
}

const CONTENT_POLICY = "script-src 'none'; object-src 'none'; base-uri 'none'";

/**
 * One locked-down page, kept open and used for one document after another. Reusing it spares a page's
 * creation and lets V8 reuse compiled code (axe's 500 KB are compiled once, not once a document).
 * A page serves one use at a time (the pool sees to it); requests are answered from the current use's site.
 */
export class ReusablePage {
  private site: InMemorySite = new Map();
  private blocked: BlockedRequest[] = [];
  private preloaded: { source: string; identifier: string } | undefined;
  /** This use's own navigation (see `navigationReferrer`) has not been answered yet. */
  private awaitingNavigation = false;
  /** How many documents this page has shown: each use's own, and those written into it in place (`showAnother`). */
  uses = 0;
  /** How many uses began (each one's own navigation carries its number). */
  private useCount = 0;

  private constructor(
    readonly page: Page,
    private readonly options: ReusablePageOptions,
  ) {}

  /** The URL of the document the page shows. */
  url(): string {
    return this.page.url();
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  static async open(page: Page, scripts: boolean, options: ReusablePageOptions = {}): Promise<ReusablePage> {
    const reusable = new ReusablePage(page, options);
    await page.setJavaScriptEnabled(scripts);
    await page.setRequestInterception(true);
    page.on('request', (request) => void reusable.answer(request));
    return reusable;
  }

  /**
   * Whether every image `site` has at a path the page's current site also has is the same file. A document
   * written in place keeps the images its predecessor loaded (HTML's "list of available images" is kept
   * whatever the cache headers say), so an image that changed under the same path needs a navigation.
   * Stylesheets and fonts are fetched again (responses are `no-store`): the print page's stylesheet, which
   * changes with the page size, is the one asked for (the tests print A4, then A5 and Letter on one page).
   */
  agreesWith(site: InMemorySite): boolean {
    for (const [path, file] of site) {
      if (!file.mediaType.startsWith('image/')) continue;
      const previous = this.site.get(path);
      if (previous && previous.body !== file.body && !sameBytes(previous.body, file.body)) return false;
    }
    return true;
  }

  /** Has DevTools run `source` at the start of every document the page shows from now on (and no other script); undefined: none. */
  async preload(source: string | undefined): Promise<void> {
    if (this.preloaded?.source === source) return;
    if (this.preloaded) await this.page.removeScriptToEvaluateOnNewDocument(this.preloaded.identifier);
    this.preloaded = undefined;
    if (source === undefined) return;
    const { identifier } = await this.page.evaluateOnNewDocument(source);
    this.preloaded = { source, identifier };
  }

  /**
   * Counts one more document shown in this use without a navigation, if the page may still take one: false when it
   * has shown `limit` documents (the use should end, for the pool to put a fresh page in its place).
   */
  showAnother(limit: number): boolean {
    if (this.uses >= limit) return false;
    this.uses += 1;
    return true;
  }

  /**
   * Makes `site` the only files the page may load, for the use that starts now. `navigates`: the use
   * opens its entry with a navigation, which must carry `navigationReferrer`.
   */
  startUse(site: InMemorySite, navigates = false): BlockedRequest[] {
    this.site = site;
    this.blocked = [];
    this.uses += 1;
    this.useCount += 1;
    this.awaitingNavigation = navigates;
    return this.blocked;
  }

  /**
   * The Referer this use's own navigation is sent with (`page.goto(url, { referer })`): the one main-frame
   * navigation the page answers. Anything else that would take the page elsewhere — a meta refresh, to
   * another site or to the page itself — has the document's own URL as its referrer, or none, and is
   * answered "204 No Content": the navigation is cancelled and the document stays as it was, for axe to
   * read (its `meta-refresh` rule included). An aborted navigation would show an error page instead and
   * destroy the document under axe; a refresh answered with the document would reload it again and again.
   * No file of the site has this URL (its path is empty).
   */
  get navigationReferrer(): string {
    return `${SITE_ORIGIN}/?navigation=${this.useCount}`;
  }

  private async answer(request: HTTPRequest): Promise<void> {
    const path = sitePathOf(request.url());
    const file = path === undefined ? undefined : this.site.get(path);
    if (request.isNavigationRequest()) {
      await this.answerNavigation(request, file);
      return;
    }
    if (file && request.method() === 'GET') {
      await this.serve(request, file);
      return;
    }
    if (!request.url().startsWith('data:')) this.blocked.push({ url: request.url(), resourceType: request.resourceType() });
    // Test-only switch (UNSAFE_NETWORK_FOR_TESTS): the request goes to Chromium's network stack.
    if (this.options.requestBlocking === false && path === undefined) await request.continue();
    else await request.abort('blockedbyclient');
  }

  private async answerNavigation(request: HTTPRequest, file: SiteFile | undefined): Promise<void> {
    const ownFrame = request.frame() === this.page.mainFrame();
    if (ownFrame && this.awaitingNavigation && request.headers()['referer'] === this.navigationReferrer) {
      this.awaitingNavigation = false;
      await this.serve(request, file);
      return;
    }
    if (!ownFrame && file && request.method() === 'GET') {
      await this.serve(request, file);
      return;
    }
    // Until this use's own navigation is answered, the page still shows the previous use's document: its late refresh is not this use's.
    if (!(ownFrame && this.awaitingNavigation)) this.blocked.push({ url: request.url(), resourceType: request.resourceType(), navigation: ownFrame ? 'page' : 'frame' });
    if (this.options.requestBlocking === false && sitePathOf(request.url()) === undefined) await request.continue();
    else await request.respond({ status: 204, body: '' });
  }

  private async serve(request: HTTPRequest, file: SiteFile | undefined): Promise<void> {
    if (!file) {
      await request.respond({ status: 404, contentType: 'text/plain', body: 'Not in the site', headers: { 'Cache-Control': 'no-store' } });
      return;
    }
    await request.respond({
      status: 200,
      contentType: file.mediaType,
      // no-store: a document written in place (see `rewriteInPlace`) must not reuse a file of the same path from the previous site.
      headers: { 'Content-Security-Policy': CONTENT_POLICY, 'Cache-Control': 'no-store' },
      body: typeof file.body === 'string' ? file.body : Buffer.from(file.body),
    });
  }
}

function sameBytes(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}
