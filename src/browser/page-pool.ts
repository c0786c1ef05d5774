import type { Browser } from 'puppeteer-core';
import { ReusablePage } from './reusable-page.js';

/**
 * Locked-down pages of one script mode, kept open and lent out one document at a time:
 * at most `size` at once (callers beyond that wait), each replaced after `recycleAfter` uses
 * so that a long batch does not grow the renderer's memory.
 */
export class PagePool {
  private readonly idle: ReusablePage[] = [];
  private readonly waiting: Array<(page: ReusablePage) => void> = [];
  private open = 0;

  constructor(
    private readonly browser: Browser,
    private readonly options: { scripts: boolean; size: number; recycleAfter: number },
  ) {}

  /** An idle page (one showing `url` if there is one: its document can be reused), else a new one up to `size`, else the next one released. */
  async acquire(url?: string): Promise<ReusablePage> {
    const showing = url === undefined ? -1 : this.idle.findIndex((idle) => idle.page.url() === url);
    const page = showing >= 0 ? this.idle.splice(showing, 1)[0] : this.idle.pop();
    if (page) return page;
    if (this.open < this.options.size) {
      this.open += 1;
      try {
        return await ReusablePage.open(await this.browser.newPage(), this.options.scripts);
      } catch (error) {
        this.open -= 1;
        throw error;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Gives a page back after a successful use; a worn page is closed and a fresh one takes its place. */
  async release(page: ReusablePage): Promise<void> {
    if (page.uses >= this.options.recycleAfter) {
      await this.discard(page);
      return;
    }
    this.handOver(page);
  }

  /** Closes a page that failed or is worn out; someone waiting gets a new one. */
  async discard(page: ReusablePage): Promise<void> {
    this.open -= 1;
    await page.page.close().catch(() => undefined);
    const next = this.waiting.shift();
    if (next) {
      this.open += 1;
      this.browser
        .newPage()
        .then((opened) => ReusablePage.open(opened, this.options.scripts))
        .then(next, () => {
          this.open -= 1;
        });
    }
  }

  private handOver(page: ReusablePage): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }
}
