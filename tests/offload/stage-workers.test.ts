import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { isColophonError } from '../../src/errors.js';
import { IN_THIS_THREAD } from '../../src/offload/stage-runner.js';
import { StageWorkers } from '../../src/offload/stage-workers.js';
import { publish } from '../../src/publish/publish.js';
import { testBrowserPath } from '../support/browser.js';
import { sampleDocument } from '../support/sample-document.js';

/** Worker threads of one pool, to end one from outside as a native crash would. */
function threadsOf(pool: StageWorkers): Array<{ worker: { terminate(): Promise<number>; threadId: number } } | undefined> {
  return (pool as unknown as { threads: Array<{ worker: { terminate(): Promise<number>; threadId: number } } | undefined> }).threads;
}

describe('stage workers: the pure stages on worker threads', () => {
  let browser: RenderingBrowser;
  const pool = new StageWorkers(2);
  beforeAll(async () => {
    browser = await RenderingBrowser.launch({ executablePath: testBrowserPath(), pages: 2 });
  });
  afterAll(async () => {
    await pool.close();
    await browser.close();
  });

  it('give the same PDF, EPUB and audit as this thread, byte for byte', async () => {
    const options = { input: 'content/kfor-otan-ue', write: false, browser } as const;
    const here = await publish(options);
    const there = await publish({ ...options, stages: pool });
    expect(threadsOf(pool).filter(Boolean).length).toBeGreaterThan(0);
    for (const key of ['pdf', 'epub', 'html'] as const) expect(Buffer.compare(Buffer.from(there.outputs[key]!.bytes), Buffer.from(here.outputs[key]!.bytes)), key).toBe(0);
    expect(there.report?.files.map((file) => [file.file, file.findings, file.rules])).toEqual(here.report?.files.map((file) => [file.file, file.findings, file.rules]));
    expect(there.findings).toEqual(here.findings);
  }, 120_000);

  it('run each stage on another thread and return what it returns here', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#234"/></svg>';
    expect(Buffer.from(await pool.coverPng(svg, 'fr'))).toEqual(Buffer.from(await IN_THIS_THREAD.coverPng(svg, 'fr')));
    const ids = threadsOf(pool).flatMap((thread) => (thread ? [thread.worker.threadId] : []));
    expect(ids.every((id) => id > 0)).toBe(true);
  });

  it('hand back a ColophonError with its code and hint', async () => {
    const untagged = await (await PDFDocument.create()).save();
    const error = await pool.finishPdf(untagged, sampleDocument().metadata, { pageSize: 'A4' }).catch((caught: unknown) => caught);
    expect(isColophonError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'PDF_FAILED', hint: expect.stringContaining('Chromium') });
  });

  it('fail only the calls of a thread that dies, and start a new thread for the next call', async () => {
    const lone = new StageWorkers(1);
    try {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="2560"><rect width="1600" height="2560" fill="#234"/></svg>';
      await lone.coverPng(svg, 'fr');
      const first = threadsOf(lone)[0]!;
      const pending = lone.coverPng(svg, 'fr');
      await first.worker.terminate();
      await expect(pending).rejects.toThrow(/stage worker thread ended/);
      expect((await lone.coverPng(svg, 'fr')).subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
      expect(threadsOf(lone)[0]!.worker.threadId).not.toBe(first.worker.threadId);
      // What /metrics shows an operator.
      expect(lone.stats()).toMatchObject({ calls: { coverPng: { done: 2, failed: 1 }, finishPdf: { done: 0, failed: 0 } }, threadsReplaced: 1 });
    } finally {
      await lone.close();
    }
  }, 60_000);

  it('stop a thread whose call runs past the limit, fail that call with BUILD_FAILED, and start a new thread for the next', async () => {
    // A 1600 × 2560 raster takes tens of milliseconds: 1 ms is a hang as far as the limit can tell.
    const hasty = new StageWorkers(1, { timeoutMs: 1 });
    try {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="2560"><rect width="1600" height="2560" fill="#234"/></svg>';
      const first = hasty.coverPng(svg, 'fr').catch((caught: unknown) => caught);
      const stopped = threadsOf(hasty)[0]!.worker.threadId;
      expect(await first).toMatchObject({ code: 'BUILD_FAILED', message: expect.stringContaining('coverPng stage did not finish') });
      expect(threadsOf(hasty)[0]).toBeUndefined();
      const second = hasty.coverPng(svg, 'fr').catch((caught: unknown) => caught);
      expect(threadsOf(hasty)[0]!.worker.threadId).not.toBe(stopped);
      expect(await second).toMatchObject({ code: 'BUILD_FAILED' });
      expect(hasty.stats()).toMatchObject({ calls: { coverPng: { done: 0, failed: 2 } }, threadsReplaced: 2 });
    } finally {
      await hasty.close();
    }
    // Threads ended by close() were not replaced.
    expect(hasty.stats().threadsReplaced).toBe(2);
  }, 60_000);

  it('refuse calls once closed', async () => {
    const closed = new StageWorkers(1);
    await closed.close();
    await expect(closed.coverPng('<svg xmlns="http://www.w3.org/2000/svg"/>', 'fr')).rejects.toThrow(/closed/);
  });
});
