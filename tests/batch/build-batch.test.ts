import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BatchEvent, buildBatch } from '../../src/batch/build-batch.js';
import { BrowserSupervisor } from '../../src/batch/browser-supervisor.js';
import { discoverArticles } from '../../src/batch/discover-articles.js';

const CHROMIUM = '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'colophon-batch-'));
const articles = join(work, 'articles');
mkdirSync(articles);
cpSync('content/kfor-otan-ue', join(articles, 'kfor-otan-ue'), { recursive: true });
cpSync('tests/fixtures/articles/english-scrape', join(articles, 'english-scrape'), { recursive: true });
cpSync('tests/fixtures/articles/markdown-figure', join(articles, 'markdown'), { recursive: true });
mkdirSync(join(articles, 'broken'));
writeFileSync(join(articles, 'broken', 'article.yaml'), 'title: Broken\nlanguage: en\n'); // no text: NO_ARTICLE

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Files under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : [];
}

describe('discoverArticles', () => {
  it('finds article folders and Markdown files in a folder to search, in order', async () => {
    const found = await discoverArticles([articles]);
    expect(found.map((path) => path.slice(articles.length + 1))).toEqual(['broken', 'english-scrape', 'kfor-otan-ue', 'markdown/article.md']);
  });
});

describe('buildBatch', () => {
  const out = join(work, 'out');
  const formats = ['html', 'epub', 'pdf'] as const;

  it('builds every good article with one browser, and reports the bad one without costing the others', async () => {
    const inputs = await discoverArticles([articles]);
    const summary = await buildBatch({ inputs, outDir: out, executablePath: CHROMIUM, formats: [...formats], concurrency: 2 });
    expect(summary.built).toBe(3);
    expect(summary.failed.map((failure) => [failure.input.endsWith('broken'), failure.code])).toEqual([[true, 'NO_ARTICLE']]);
    for (const slug of ['kfor-otan-ue', 'english-scrape', 'le-port-rouvre-apres-les-travaux', 'article']) {
      if (!existsSync(join(out, slug))) continue;
      expect(tree(join(out, slug)).filter((name) => name.startsWith('.colophon-tmp'))).toEqual([]);
    }
    expect(tree(join(out, 'kfor-otan-ue'))).toEqual(['index.html', 'kfor-otan-ue.epub', 'kfor-otan-ue.pdf', 'report.html', 'report.json']);
  });

  it('skips unchanged inputs on a second run, rebuilds a changed one, and everything with force', async () => {
    const inputs = (await discoverArticles([articles])).filter((input) => !input.endsWith('broken'));
    const again = await buildBatch({ inputs, outDir: out, executablePath: CHROMIUM, formats: [...formats] });
    expect([again.built, again.skipped]).toEqual([0, 3]);
    writeFileSync(join(articles, 'english-scrape', 'article.txt'), 'A new standfirst.\nA changed body paragraph.\n');
    const changed = await buildBatch({ inputs, outDir: out, executablePath: CHROMIUM, formats: ['html'], audit: false });
    expect([changed.built, changed.skipped]).toEqual([3, 0]); // other options: nothing is "the same"
    const once = await buildBatch({ inputs, outDir: out, executablePath: CHROMIUM, formats: ['html'], audit: false });
    expect([once.built, once.skipped]).toEqual([0, 3]);
    const forced = await buildBatch({ inputs, outDir: out, executablePath: CHROMIUM, formats: ['html'], audit: false, force: true });
    expect([forced.built, forced.skipped]).toEqual([3, 0]);
  });

  it('survives Chromium crashing mid-batch: relaunches, retries the article, and the others complete', async () => {
    const inputs = (await discoverArticles([articles])).filter((input) => !input.endsWith('broken'));
    const supervisor = new BrowserSupervisor({ executablePath: CHROMIUM, pages: 1 });
    const events: BatchEvent[] = [];
    let crashed = false;
    try {
      const summary = await buildBatch({
        inputs,
        outDir: join(work, 'crash'),
        executablePath: CHROMIUM,
        formats: ['pdf'],
        audit: false,
        supervisor,
        onEvent: (event) => {
          events.push(event);
          if (event.type === 'built' && !crashed) {
            crashed = true;
            void supervisor.browser().then((browser) => browser.process?.kill('SIGKILL'));
          }
        },
      });
      expect(crashed).toBe(true);
      expect(summary.failed).toEqual([]);
      expect(summary.built).toBe(3);
      expect(events.some((event) => event.type === 'retrying')).toBe(true);
    } finally {
      await supervisor.close();
    }
  });

  it('a timeout fails the article with a typed error and leaves no file behind', async () => {
    const timeoutOut = join(work, 'timeout');
    const summary = await buildBatch({ inputs: [join(articles, 'kfor-otan-ue')], outDir: timeoutOut, executablePath: CHROMIUM, formats: ['pdf'], audit: false, timeoutMs: 5 });
    expect(summary.failed.map((failure) => failure.code)).toEqual(['BROWSER_FAILED']);
    expect(summary.failed[0]?.message).toMatch(/took longer than/);
    expect(tree(timeoutOut)).toEqual([]);
  });
});
