import { chmodSync, copyFileSync, mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ColophonError } from '../../src/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import { MAX_INPUT_BYTES } from '../../src/ingest/read-input-file.js';
import { fixturePath } from '../support/pipeline.js';

const folder = () => mkdtempSync(join(tmpdir(), 'colophon-bad-input-'));

async function failure(path: string): Promise<ColophonError> {
  const error = await ingest({ path }).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ColophonError);
  const typed = error as ColophonError;
  expect(typed.hint.length).toBeGreaterThan(10);
  return typed;
}

describe('bad input is refused with a typed error and a hint', () => {
  it('random binary bytes → INPUT_BINARY', async () => {
    const path = join(folder(), 'article.txt');
    writeFileSync(path, Uint8Array.from({ length: 4096 }, (_value, index) => (index * 7919) % 256));
    expect((await failure(path)).code).toBe('INPUT_BINARY');
  });

  it('an image or a PDF named .txt → INPUT_BINARY that says what it is', async () => {
    const dir = folder();
    copyFileSync(fixturePath('articles', 'english-scrape', 'photo.png'), join(dir, 'photo.txt'));
    writeFileSync(join(dir, 'report.md'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    expect((await failure(join(dir, 'photo.txt'))).message).toMatch(/PNG image/);
    expect((await failure(join(dir, 'report.md'))).message).toMatch(/PDF file/);
  });

  it('a 100 MB file → INPUT_TOO_LARGE (sparse file; its size is checked before reading: the benchmark, not a test, times it)', async () => {
    const path = join(folder(), 'huge.txt');
    const handle = openSync(path, 'w');
    ftruncateSync(handle, 100 * 1024 * 1024);
    closeSync(handle);
    const error = await failure(path);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toContain(`${MAX_INPUT_BYTES / 1048576} MB`);
  });

  it('an empty or blank file → INPUT_EMPTY', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '\ufeff  \n\t\n');
    expect((await failure(join(dir, 'empty.txt'))).code).toBe('INPUT_EMPTY');
    expect((await failure(join(dir, 'blank.txt'))).code).toBe('INPUT_EMPTY');
  });

  it('a missing path → INPUT_NOT_FOUND; an unknown extension → INPUT_UNSUPPORTED', async () => {
    expect((await failure(join(folder(), 'nope.txt'))).code).toBe('INPUT_NOT_FOUND');
    const path = join(folder(), 'article.docx');
    writeFileSync(path, 'x');
    expect((await failure(path)).code).toBe('INPUT_UNSUPPORTED');
  });

  const asRoot = process.getuid?.() === 0;
  it.skipIf(asRoot)('a file without read permission → INPUT_UNREADABLE (skipped as root: root reads it anyway; see unreadable-input.test.ts)', async () => {
    const path = join(folder(), 'locked.txt');
    writeFileSync(path, 'Some text.\nMore text.\n');
    chmodSync(path, 0o000);
    expect((await failure(path)).code).toBe('INPUT_UNREADABLE');
  });

  it('a metadata image that is not an image → IMAGE_INVALID', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'article.txt'), 'Standfirst line.\nA caption. (Photo: X) |\nBody paragraph.\n');
    writeFileSync(join(dir, 'article.yaml'), 'title: T\nlanguage: en\nimage: { src: photo.png, alt: A photo. }\n');
    writeFileSync(join(dir, 'photo.png'), 'this is text, not a PNG');
    const error = await failure(dir);
    expect(error.code).toBe('IMAGE_INVALID');
    expect(error.message).toMatch(/photo\.png is not a PNG, JPEG/);
  });

  it('a web page’s image that is not an image is left out with a warning (the page named it, not the author)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'fake.jpg'), 'GIF? no: text');
    const paragraph = '<p>This paragraph is long enough to be taken for the body of the article by the extraction, which wants some text.</p>';
    writeFileSync(join(dir, 'page.html'), `<html lang="en"><head><title>A page</title></head><body><article><h1>A page</h1>${paragraph}<figure><img src="fake.jpg" alt="x"><figcaption>Cap.</figcaption></figure>${paragraph}</article></body></html>`);
    const article = await ingest({ path: join(dir, 'page.html') });
    expect(article.assets).toEqual([]);
    expect(article.warnings.map((warning) => warning.code)).toEqual(expect.arrayContaining(['IMAGE_DROPPED', 'FIGURE_DROPPED']));
  });

  it('a truncated UTF-8 file is read up to the cut, with a warning (not an error)', async () => {
    const dir = folder();
    const bytes = new TextEncoder().encode('Une ligne de chapô.\nLe paragraphe coûte 5 €');
    writeFileSync(join(dir, 'article.txt'), bytes.subarray(0, bytes.length - 2));
    writeFileSync(join(dir, 'article.yaml'), 'title: T\nlanguage: fr\n');
    const article = await ingest({ path: dir });
    expect(article.bodyHtml).toContain('Le paragraphe coûte 5');
    expect(article.bodyHtml).not.toContain('\ufffd');
    expect(article.warnings.map((warning) => warning.code)).toContain('INPUT_TRUNCATED');
  });
});
