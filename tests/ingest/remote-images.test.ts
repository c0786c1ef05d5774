import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColophonError } from '../../src/errors.js';
import { ingest } from '../../src/ingest/ingest.js';

const photo = readFileSync('tests/fixtures/articles/english-scrape/photo.png');
const requests: string[] = [];
let server: Server;
let work: string;
let article: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/huge.png') {
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': String(100 * 1024 * 1024) });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(photo);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  work = mkdtempSync(join(tmpdir(), 'colophon-remote-'));
  mkdirSync(join(work, 'remote'));
  article = join(work, 'remote', 'article.md');
  writeFileSync(article, `---\ntitle: Remote image\nlanguage: en\ndate: "2024-01-01"\n---\n\nText.\n\n![A flat blue rectangle.](${origin}/photo.png "A photo from the web. (Photo: Example)")\n`);
  writeFileSync(join(work, 'remote', 'huge.md'), `---\ntitle: Huge\nlanguage: en\n---\n\n![Big.](${origin}/huge.png "Too big.")\n`);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('images named by URL', () => {
  it('are refused, and nothing is fetched, unless remote images are allowed', async () => {
    const attempt = ingest({ path: article });
    await expect(attempt).rejects.toThrow(ColophonError);
    await expect(attempt).rejects.toMatchObject({ code: 'IMAGE_INVALID', hint: expect.stringContaining('--allow-remote') });
    expect(requests).toEqual([]);
  });

  it('are downloaded once, typed by their bytes, with allowRemote', async () => {
    const ingested = await ingest({ path: article, allowRemote: true });
    expect(requests).toEqual(['/photo.png']);
    expect(ingested.assets.map((asset) => [asset.path, asset.mediaType])).toEqual([['images/figure-1.png', 'image/png']]);
    expect(ingested.bodyHtml).toContain('src="images/figure-1.png"');
  });

  it('are bounded in size', async () => {
    await expect(ingest({ path: join(work, 'remote', 'huge.md'), allowRemote: true })).rejects.toMatchObject({ code: 'IMAGE_INVALID', message: expect.stringContaining('larger than') });
  });
});
