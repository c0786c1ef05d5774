import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';

const work = mkdtempSync(join(tmpdir(), 'colophon-file-urls-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const paragraph = 'The harbour of the old town reopened this morning after two years of works on the quays, the breakwater and the fish market; the first boats came in at dawn.';

function savedPage(src: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The harbour reopens</title></head><body>
<article><h1>The harbour reopens</h1>
<p>${paragraph}</p>
<figure><img src="${src}" alt="The new quay."><figcaption>The new quay on reopening day.</figcaption></figure>
<p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p>
</article></body></html>`;
}

describe('a saved web page naming an image by a file: URL that is no local file', () => {
  // Fails without the try/catch around fileURLToPath in page-images.ts localPath: fileURLToPath throws a TypeError and the whole build fails.
  it.each([
    ['a remote host', 'file://evilhost.invalid/x.png'],
    ['an encoded slash', 'file:///tmp%2Fx.png'],
  ])('%s: the page builds and the image is dropped with a warning naming it', async (_, src) => {
    const page = join(work, `${src.replace(/\W+/g, '-')}.html`);
    writeFileSync(page, savedPage(src));
    const article = await ingest({ path: page });
    expect(article.bodyHtml).toContain('The harbour of the old town reopened');
    expect(article.assets).toEqual([]);
    const dropped = article.warnings.filter((warning) => warning.code === 'IMAGE_DROPPED');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.message).toContain(src);
  });
});
