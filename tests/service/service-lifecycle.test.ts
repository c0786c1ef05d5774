import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startService } from '../../src/service/serve.js';
import { DEFAULT_LIMITS } from '../../src/service/service-options.js';
import { testBrowserPath } from '../support/browser.js';

const BUILD = { source: { text: 'A standfirst.\nThe body of it.', format: 'text', metadata: { title: 't', language: 'en', date: '2026-11-30' } }, options: { formats: ['html'], audit: false } };

async function buildOnce(url: string): Promise<string> {
  const response = await fetch(`${url}/v1/builds?wait=true`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BUILD) });
  const { id, status } = (await response.json()) as { id: string; status: string };
  expect(status).toBe('done');
  return id;
}

/**
 * What a service leaves on the machine when it stops. A temporary store it made itself holds people's articles that
 * no later service could find: it goes with the service. A store the operator named stays.
 *
 * Catches: `removeOwnStore()` left out of the service's close (src/service/serve.ts): the temporary folder and its
 * build stay; left out of the failed-listen path: the folder stays (both checked).
 */
describe('a service stopping', () => {
  it('removes the temporary store it made, builds included', async () => {
    const service = await startService({ host: '127.0.0.1', port: 0, executablePath: testBrowserPath(), limits: { ...DEFAULT_LIMITS, concurrency: 1 } });
    const id = await buildOnce(service.url);
    expect(service.storeDir.startsWith(join(tmpdir(), 'colophon-service-'))).toBe(true);
    expect(readdirSync(service.storeDir)).toContain(id);
    await service.close();
    expect(existsSync(service.storeDir)).toBe(false);
  }, 60_000);

  it('keeps a store the operator named', async () => {
    const storeDir = mkdtempSync(join(tmpdir(), 'colophon-named-store-'));
    try {
      const service = await startService({ host: '127.0.0.1', port: 0, executablePath: testBrowserPath(), storeDir, limits: { ...DEFAULT_LIMITS, concurrency: 1 } });
      const id = await buildOnce(service.url);
      await service.close();
      expect(readdirSync(storeDir)).toContain(id);
    } finally {
      rmSync(storeDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('that cannot listen (the port is taken) fails with the reason and leaves no folder behind', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const before = new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('colophon-service-')));
    try {
      await expect(startService({ host: '127.0.0.1', port, executablePath: testBrowserPath(), limits: { ...DEFAULT_LIMITS, concurrency: 1 } })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      // Folders of other tests' services may come and go meanwhile: only a new one that stays would be this one's.
      const left = readdirSync(tmpdir()).filter((name) => name.startsWith('colophon-service-') && !before.has(name));
      expect(left).toEqual([]);
    } finally {
      taken.close();
    }
  }, 60_000);
});
