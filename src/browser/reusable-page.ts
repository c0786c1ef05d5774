import type { HTTPRequest, Page } from 'puppeteer-core';
import type { InMemorySite } from './in-memory-site.js';
import { sitePathOf } from './in-memory-site.js';

/** A request the page tried to make and Colophon refused (the audit and the tests read these). */
export interface BlockedRequest {
  url: string;
  resourceType: string;
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
  /** How many documents this page has shown. */
  uses = 0;

  private constructor(readonly page: Page) {}

  /** The URL of the document the page shows. */
  url(): string {
    return this.page.url();
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  static async open(page: Page, scripts: boolean): Promise<ReusablePage> {
    const reusable = new ReusablePage(page);
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

  /** Makes `site` the only files the page may load, for the use that starts now. */
  startUse(site: InMemorySite): BlockedRequest[] {
    this.site = site;
    this.blocked = [];
    this.uses += 1;
    return this.blocked;
  }

  private async answer(request: HTTPRequest): Promise<void> {
    const path = sitePathOf(request.url());
    const file = path === undefined ? undefined : this.site.get(path);
    if (file && request.method() === 'GET') {
      await request.respond({
        status: 200,
        contentType: file.mediaType,
        // no-store: a document written in place (see `rewriteInPlace`) must not reuse a file of the same path from the previous site.
        headers: { 'Content-Security-Policy': CONTENT_POLICY, 'Cache-Control': 'no-store' },
        body: typeof file.body === 'string' ? file.body : Buffer.from(file.body),
      });
      return;
    }
    if (!request.url().startsWith('data:')) this.blocked.push({ url: request.url(), resourceType: request.resourceType() });
    await request.abort('blockedbyclient');
  }
}

function sameBytes(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}
