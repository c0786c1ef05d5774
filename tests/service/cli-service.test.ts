import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderStore } from '../../src/service/store/folder-store.js';
import { spawnColophon, waitForOutput } from '../support/cli-process.js';
import { runCli } from '../support/run-cli.js';
import { startTestService } from './service-harness.js';

const SAMPLE = 'content/kfor-otan-ue';

describe('colophon build --server', () => {
  let service: Awaited<ReturnType<typeof startTestService>>;
  let out: string;
  beforeAll(async () => {
    service = await startTestService({ limits: { concurrency: 1 } });
    out = mkdtempSync(join(tmpdir(), 'colophon-remote-out-'));
  }, 60_000);
  afterAll(async () => {
    await service?.dispose();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes the outputs where a local build would', async () => {
    const remote = await runCli(['build', SAMPLE, '--server', service.url, '-o', join(out, 'remote')]);
    expect(remote.stderr).toBe('');
    expect(remote.code).toBe(0);
    expect(readdirSync(join(out, 'remote', 'kfor-otan-ue')).sort()).toEqual(['index.html', 'kfor-otan-ue.epub', 'kfor-otan-ue.pdf', 'report.html', 'report.json']);
    expect(remote.stdout).toContain(`built by ${service.url}`);
  }, 120_000);

  it('says so clearly when the service cannot be reached', async () => {
    const run = await runCli(['build', SAMPLE, '--server', 'http://127.0.0.1:9', '-o', join(out, 'none')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[SERVER_UNREACHABLE]');
    expect(run.stderr).toContain('hint:');
    expect(existsSync(join(out, 'none'))).toBe(false);
  }, 60_000);
});

describe('finished builds expire', () => {
  it('are deleted --keep after they end', async () => {
    const service = await startTestService({ limits: { keepMs: 300 } });
    try {
      const response = await fetch(`${service.url}/v1/builds?wait=true`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { text: 'A. B.', format: 'text', metadata: { title: 't', language: 'en', date: '2026-01-01' } }, options: { formats: ['html'], audit: false } }) });
      const { id, status } = (await response.json()) as { id: string; status: string };
      expect(status).toBe('done');
      let code = 200;
      for (let tries = 0; tries < 50 && code === 200; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        code = (await fetch(`${service.url}/v1/builds/${id}`)).status;
      }
      expect(code).toBe(404);
      expect(readdirSync(service.store)).toEqual([]);
    } finally {
      await service.dispose();
    }
  }, 60_000);
});

describe('colophon serve and SIGTERM', () => {
  it('stops taking builds, lets the running one finish, then exits 0', async () => {
    const store = mkdtempSync(join(tmpdir(), 'colophon-serve-store-'));
    const server = spawnColophon(['serve', '--port', '0', '--store', store, '-c', '1']);
    try {
      await waitForOutput(server, 'serving on');
      const url = /serving on (http:\/\/[^\s]+)/.exec(server.output())?.[1] as string;
      const response = await fetch(`${url}/v1/builds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { text: 'A standfirst.\nThe body of it.', format: 'text', metadata: { title: 't', language: 'en', date: '2026-01-01' } } }) });
      const { id } = (await response.json()) as { id: string };
      const records = new FolderStore(store);
      for (let tries = 0; tries < 300 && (await records.readRecord(id))?.status === 'queued'; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await records.readRecord(id))?.status).toBe('running');
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The build that was running when SIGTERM came finished before the process exited.
      expect(await records.readRecord(id)).toMatchObject({ status: 'done' });
      expect(server.output()).toContain('stopping');
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
      rmSync(store, { recursive: true, force: true });
    }
  }, 120_000);
});
