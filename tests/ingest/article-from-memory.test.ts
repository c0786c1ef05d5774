import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { ingest } from '../../src/ingest/ingest.js';
import { publish } from '../../src/publish/publish.js';
import { testBrowserPath } from '../support/browser.js';

const FOLDER = 'tests/fixtures/articles/markdown-figure';
const TEXT = readFileSync(`${FOLDER}/article.md`, 'utf8');
const IMAGE = new Uint8Array(readFileSync(`${FOLDER}/harbour.png`));

describe('an article from memory', () => {
  let browser: RenderingBrowser;
  beforeAll(async () => {
    browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('gives byte-identical EPUB and PDF to the same article on disk, with no file read', async () => {
    const common = { formats: ['epub', 'pdf'] as const, audit: false, write: false, browser };
    const fromDisk = await publish({ ...common, input: `${FOLDER}/article.md` });
    const fromMemory = await publish({ ...common, source: { text: TEXT, format: 'markdown', name: 'markdown-figure.md', files: { 'harbour.png': IMAGE } } });
    expect(fromMemory.metadata.slug).toBe(fromDisk.metadata.slug);
    expect(Buffer.compare(fromMemory.outputs.epub?.bytes as Uint8Array, fromDisk.outputs.epub?.bytes as Uint8Array)).toBe(0);
    expect(Buffer.compare(fromMemory.outputs.pdf?.bytes as Uint8Array, fromDisk.outputs.pdf?.bytes as Uint8Array)).toBe(0);
  }, 120_000);

  it('takes its metadata beside the text (the front matter wins field by field, as on disk)', async () => {
    const article = await ingest({ source: { text: 'A standfirst line.\nThe body of the article.', format: 'text', metadata: { title: 'Given beside', language: 'en', date: '2026-11-30' } } });
    expect(article.metadata.title).toBe('Given beside');
    expect(article.metadata.slug).toBe('article');
    const markdown = await ingest({ source: { text: '---\ntitle: From the front matter\n---\nBody text here.', format: 'markdown', metadata: { title: 'Beside', language: 'en', date: '2026-11-30' } } });
    expect(markdown.metadata.title).toBe('From the front matter');
    expect(markdown.metadata.language).toBe('en');
  });

  it('reads only the files given with it: a path outside them is refused, a missing one is an image error', async () => {
    // The memory scope's resolveInside is the line that refuses: with it returning every path, /etc/hostname would be looked up.
    await expect(ingest({ source: { text: '---\ntitle: t\nlanguage: en\ndate: 2026-01-01\n---\n![x](/etc/hostname)\n', format: 'markdown' } })).rejects.toMatchObject({ code: 'INPUT_OUTSIDE' });
    await expect(ingest({ source: { text: '---\ntitle: t\nlanguage: en\ndate: 2026-01-01\n---\n![x](../../etc/hostname)\n', format: 'markdown' } })).rejects.toMatchObject({ code: 'INPUT_OUTSIDE' });
    await expect(ingest({ source: { text: '---\ntitle: t\nlanguage: en\ndate: 2026-01-01\n---\n![x](missing.png)\n', format: 'markdown' } })).rejects.toMatchObject({ code: 'IMAGE_INVALID' });
  });

  it('takes the date its file had where it came from, as a disk build takes the file’s, when the article gives none', async () => {
    const article = await ingest({ source: { text: 'A standfirst line.\nThe body.', format: 'text', metadata: { title: 't', language: 'en' }, fileModified: '2026-05-04T03:02:01.999Z' } });
    expect(article.metadata.modified).toBe('2026-05-04T03:02:01Z');
    expect(article.warnings.map((warning) => warning.code)).toContain('DATE_FROM_FILE');
    const dated = await ingest({ source: { text: 'A standfirst line.\nThe body.', format: 'text', metadata: { title: 't', language: 'en', date: '2020-01-02' }, fileModified: '2026-05-04T03:02:01Z' } });
    expect(dated.metadata.modified).toBe('2020-01-02');
  });

  it('says what is missing when given neither a path nor a source', async () => {
    await expect(ingest({})).rejects.toMatchObject({ code: 'OPTIONS_INVALID' });
  });
});
