import { describe, expect, it } from 'vitest';
import { PagePool, type PoolablePage } from '../../src/browser/page-pool.js';

/** A page that only remembers what it shows: the pool's choices are what is under test. */
class FakePage implements PoolablePage {
  uses = 0;
  closed = false;
  constructor(
    readonly name: string,
    public shown = 'about:blank',
  ) {}
  url(): string {
    return this.shown;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

function poolOf(size: number, options: { failOpening?: boolean; recycleAfter?: number } = {}) {
  let opened = 0;
  const pool = new PagePool<FakePage>(
    async () => {
      if (options.failOpening && opened >= size) throw new Error('Chromium is gone');
      opened += 1;
      return new FakePage(`page ${opened}`);
    },
    { size, recycleAfter: options.recycleAfter ?? 100 },
  );
  /** Acquires a page for `url` and has it show `url`, as `withPage` does. */
  const use = async (url: string) => {
    const page = await pool.acquire(url);
    page.shown = url;
    page.uses += 1;
    return page;
  };
  return { pool, use };
}

const COVER = 'https://colophon.invalid/cover.html';
const PRINT = 'https://colophon.invalid/print.html';

describe('the page pool keeps each page to what it shows', () => {
  it('lends the free page that shows the URL asked for', async () => {
    const { pool, use } = poolOf(2);
    const cover = await use(COVER);
    const print = await use(PRINT);
    await pool.release(cover);
    await pool.release(print);
    expect((await pool.acquire(COVER)).name).toBe(cover.name);
    expect((await pool.acquire(PRINT)).name).toBe(print.name);
  });

  it('opens a new page while there is room rather than navigating a free page away from what it shows', async () => {
    const { pool, use } = poolOf(2);
    const cover = await use(COVER);
    await pool.release(cover);
    const print = await pool.acquire(PRINT);
    expect(print.name).not.toBe(cover.name);
  });

  it('waits for the busy page showing the URL instead of taking a free page that shows another', async () => {
    const { pool, use } = poolOf(2);
    const cover = await use(COVER);
    const print = await use(PRINT);
    await pool.release(cover);
    // The print page is busy, the cover page free: a second print waits for the print page.
    const secondPrint = pool.acquire(PRINT);
    const secondCover = await pool.acquire(COVER);
    expect(secondCover.name).toBe(cover.name);
    await pool.release(print);
    expect((await secondPrint).name).toBe(print.name);
  });

  it('takes any page when nothing shows the URL, and stops waiting for a page that was discarded', async () => {
    const { pool, use } = poolOf(2);
    const cover = await use(COVER);
    const print = await use(PRINT);
    const secondPrint = pool.acquire(PRINT);
    await pool.release(cover);
    // Still waiting: the print page will come back.
    expect(await Promise.race([secondPrint.then(() => 'lent'), Promise.resolve('waiting')])).toBe('waiting');
    await pool.discard(print);
    const lent = await secondPrint;
    expect(print.closed).toBe(true);
    expect(lent.name).not.toBe(print.name);
    // Someone who wants a URL no page shows takes the free page at once.
    await pool.release(lent);
    const other = await pool.acquire('https://colophon.invalid/index.html');
    expect([cover.name, lent.name]).toContain(other.name);
  });

  it('tells a waiting caller when a replacement page cannot be opened', async () => {
    const { pool, use } = poolOf(1, { failOpening: true });
    const page = await use(PRINT);
    const waiting = pool.acquire(COVER);
    await pool.discard(page);
    await expect(waiting).rejects.toThrow('Chromium is gone');
  });

  it('closes a page after its last allowed use and lends a fresh one in its place', async () => {
    const { pool, use } = poolOf(1, { recycleAfter: 3 });
    const first = await use(PRINT);
    await pool.release(first);
    await pool.release(await use(PRINT));
    expect(first.closed).toBe(false);
    await pool.release(await use(PRINT));
    expect(first.closed).toBe(true);
    const fresh = await use(PRINT);
    expect(fresh.name).not.toBe(first.name);
    expect(fresh.uses).toBe(1);
  });
});
