/** What the pool needs of a page: the URL it shows, how often it was used, and a way to close it. */
export interface PoolablePage {
  readonly uses: number;
  url(): string;
  close(): Promise<void>;
}

interface Waiter<P> {
  /** The URL the caller will show. */
  url: string | undefined;
  /** Only a page showing `url` will do: one is busy and will come back. */
  strict: boolean;
  resolve: (page: P) => void;
  reject: (error: unknown) => void;
}

/**
 * Locked-down pages of one script mode, kept open and lent out one document at a time:
 * at most `size` at once (callers beyond that wait), each replaced after `recycleAfter` uses
 * so that a long batch does not grow the renderer's memory.
 *
 * Pages keep to what they show: a document asked for at the URL a page already shows is written into
 * that page in place (about 15 ms of Chromium's CPU), anywhere else it costs a navigation (about 130 ms).
 * So a caller takes a free page showing its URL, else a new page while there is room, else waits for
 * a busy page showing its URL when there is one, and only then navigates a free page away from what
 * it shows. In a batch, covers and prints each keep their page instead of trading them article after
 * article (measured over 40 renders of 20 articles: 12 navigations besides each page's first load before, 3 after).
 */
export class PagePool<P extends PoolablePage> {
  private readonly idle: P[] = [];
  /** Pages lent out, with the URL each will show when it comes back. */
  private readonly busy = new Map<P, string>();
  private readonly waiting: Array<Waiter<P>> = [];
  private open = 0;

  constructor(
    private readonly openPage: () => Promise<P>,
    private readonly options: { size: number; recycleAfter: number },
  ) {}

  async acquire(url?: string): Promise<P> {
    const showing = url === undefined ? -1 : this.idle.findIndex((idle) => idle.url() === url);
    if (showing >= 0) return this.lend(this.idle.splice(showing, 1)[0] as P, url);
    if (this.open < this.options.size) return this.lend(await this.openNew(), url);
    const comingBack = url !== undefined && this.busyShowing(url);
    if (!comingBack && this.idle.length > 0) return this.lend(this.idle.pop() as P, url);
    return new Promise((resolve, reject) => this.waiting.push({ url, strict: comingBack, resolve, reject }));
  }

  /** Gives a page back after a successful use; a worn page is closed and a fresh one takes its place. */
  async release(page: P): Promise<void> {
    if (page.uses >= this.options.recycleAfter) {
      await this.discard(page);
      return;
    }
    this.busy.delete(page);
    const shows = this.waiting.findIndex((waiter) => waiter.url === page.url());
    const next = shows >= 0 ? shows : this.waiting.findIndex((waiter) => !waiter.strict);
    if (next >= 0) this.handTo(next, page);
    else this.idle.push(page);
    this.unblockWaiters();
  }

  /** Closes a page that failed or is worn out; the first caller waiting gets a new one. */
  async discard(page: P): Promise<void> {
    this.busy.delete(page);
    this.open -= 1;
    await page.close().catch(() => undefined);
    if (this.waiting.length > 0) {
      const waiter = this.waiting.shift() as Waiter<P>;
      this.openNew().then((opened) => waiter.resolve(this.lend(opened, waiter.url)), waiter.reject);
    }
    this.unblockWaiters();
  }

  private async openNew(): Promise<P> {
    this.open += 1;
    try {
      return await this.openPage();
    } catch (error) {
      this.open -= 1;
      throw error;
    }
  }

  private lend(page: P, url: string | undefined): P {
    this.busy.set(page, url ?? page.url());
    return page;
  }

  private busyShowing(url: string): boolean {
    for (const shown of this.busy.values()) if (shown === url) return true;
    return false;
  }

  private handTo(index: number, page: P): void {
    const [waiter] = this.waiting.splice(index, 1);
    waiter?.resolve(this.lend(page, waiter.url));
  }

  /**
   * A caller waiting for a page showing its URL waits no more once no busy page shows it (the page
   * failed, was recycled, or was handed to a caller of another URL): it takes an idle page, or any next one.
   */
  private unblockWaiters(): void {
    for (const waiter of this.waiting) {
      if (waiter.strict && waiter.url !== undefined && !this.busyShowing(waiter.url)) waiter.strict = false;
    }
    while (this.idle.length > 0) {
      const next = this.waiting.findIndex((waiter) => !waiter.strict);
      if (next < 0) break;
      this.handTo(next, this.idle.pop() as P);
    }
  }
}
