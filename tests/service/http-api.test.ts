import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService } from '../../src/service/serve.js';
import { DEFAULT_LIMITS } from '../../src/service/service-options.js';
import { testBrowserPath } from '../support/browser.js';
import { MARKDOWN_ARTICLE, QUAY_SVG, buildForm, startTestService } from './service-harness.js';

type Service = Awaited<ReturnType<typeof startTestService>>;

describe('the HTTP API, one machine (in-process queue)', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ limits: { concurrency: 2, maxUploadBytes: 200_000, maxFiles: 3 } });
  }, 60_000);
  afterAll(async () => service?.dispose());

  it('builds JSON sources with ?wait=true: every output downloadable, then deleted', async () => {
    const response = await fetch(`${service.url}/v1/builds?wait=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source: { text: 'Standfirst of the piece.\nThe body of the piece, long enough to read.', format: 'text', metadata: { title: 'From JSON', language: 'en', date: '2026-11-30' } }, options: { pageSize: 'A5' } }),
    });
    expect(response.status).toBe(200);
    const build = (await response.json()) as { id: string; status: string; slug: string; outputs: Record<string, string>; findings: { passed: boolean } };
    expect(build.status).toBe('done');
    expect(Object.keys(build.outputs).sort()).toEqual(['epub', 'html', 'pdf', 'reportHtml', 'reportJson']);
    const pdf = new Uint8Array(await (await fetch(`${service.url}${build.outputs['pdf']}`)).arrayBuffer());
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const epub = await JSZip.loadAsync(await (await fetch(`${service.url}${build.outputs['epub']}`)).arrayBuffer());
    expect(await epub.file('mimetype')?.async('string')).toBe('application/epub+zip');
    const html = await (await fetch(`${service.url}${build.outputs['html']}`)).text();
    expect(html).toContain('From JSON');
    expect((await fetch(`${service.url}/v1/builds/${build.id}`)).status).toBe(200);
    expect((await fetch(`${service.url}/v1/builds/${build.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${service.url}/v1/builds/${build.id}`)).status).toBe(404);
  });

  it('builds multipart uploads (article + images) queued, then polled', async () => {
    const response = await fetch(`${service.url}/v1/builds`, { method: 'POST', body: buildForm({ name: 'harbour.md', text: MARKDOWN_ARTICLE }, { 'quay.svg': QUAY_SVG }, { formats: ['html', 'epub'] }) });
    expect(response.status).toBe(202);
    const queued = (await response.json()) as { id: string; status: string; url: string };
    expect(queued.status).toBe('queued');
    let build: { status: string; outputs?: Record<string, string>; slug?: string } = queued;
    for (let tries = 0; tries < 600 && build.status !== 'done' && build.status !== 'failed'; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      build = (await (await fetch(`${service.url}${queued.url}`)).json()) as typeof build;
    }
    expect(build.status).toBe('done');
    expect(build.slug).toBe('harbour');
    expect(Object.keys(build.outputs ?? {}).sort()).toEqual(['epub', 'html', 'reportHtml', 'reportJson']);
    const epub = await JSZip.loadAsync(await (await fetch(`${service.url}${build.outputs?.['epub']}`)).arrayBuffer());
    expect(Object.keys(epub.files).some((name) => /images\/.+\.svg$/.test(name))).toBe(true);
  });

  // Catches: safeKey's check removed in src/service/http/read-build-request.ts (the `../../etc/passwd` name is accepted: checked).
  it('answers every error as JSON { error: { code, message, hint } }', async () => {
    const cases: [string, RequestInit, number, string][] = [
      ['/v1/builds', { method: 'POST', body: buildForm({ name: 'big.md', text: 'x'.repeat(300_000) }) }, 413, 'UPLOAD_TOO_LARGE'],
      ['/v1/builds', { method: 'POST', body: buildForm({ name: 'a.md', text: MARKDOWN_ARTICLE }, { 'a.svg': QUAY_SVG, 'b.svg': QUAY_SVG, 'c.svg': QUAY_SVG }) }, 413, 'UPLOAD_TOO_LARGE'],
      ['/v1/builds', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { text: 'x', format: 'docx' } }) }, 400, 'FORMAT_UNSUPPORTED'],
      ['/v1/builds', { method: 'POST', body: buildForm({ name: 'letter.docx', text: 'x' }) }, 415, 'FORMAT_UNSUPPORTED'],
      ['/v1/builds', { method: 'POST', body: buildForm({ name: 'a.md', text: 'x' }, { '../../etc/passwd': 'x' }) }, 400, 'REQUEST_INVALID'],
      ['/v1/builds', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { text: 'x', format: 'text' }, options: { formats: ['docx'] } }) }, 400, 'REQUEST_INVALID'],
      ['/v1/builds/8d5b9bd6-56a5-4c64-9a5c-4f6f5a1f0d11', {}, 404, 'NOT_FOUND'],
      ['/v1/builds/..%2F..%2Fetc%2Fpasswd', {}, 404, 'NOT_FOUND'],
      ['/v1/builds/..%2F..%2Fetc/files/passwd', {}, 404, 'NOT_FOUND'],
      ['/v1/nothing', {}, 404, 'NOT_FOUND'],
    ];
    for (const [path, init, status, code] of cases) {
      const response = await fetch(`${service.url}${path}`, init);
      const body = (await response.json()) as { error?: { code: string; message: string; hint: string } };
      expect([path, response.status, body.error?.code]).toEqual([path, status, code]);
      expect(body.error?.message.length).toBeGreaterThan(0);
      expect(body.error?.hint.length).toBeGreaterThan(0);
    }
  });

  it('serves probes, Prometheus metrics and its OpenAPI document', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    for (const name of ['colophon_queue_depth', 'colophon_builds_total{outcome="done"}', 'colophon_build_duration_seconds_bucket', 'colophon_browser_restarts', 'colophon_stage_threads_replaced_total', 'colophon_process_resident_memory_bytes']) {
      expect(metrics).toContain(name);
    }
    const openapi = (await (await fetch(`${service.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/v1/builds', '/v1/builds/{id}', '/v1/builds/{id}/files/{name}', '/v1/audits', '/healthz', '/readyz', '/metrics']));
  });

  // Catches: `auditPdf: context.stages.auditPdf` left out in src/service/http/audit-routes.ts (the PDF is audited on the
  // event loop; the stage count does not move: checked).
  it('audits uploaded files into the same report as colophon audit --json, a PDF on the stage threads', async () => {
    const auditPdfCalls = async () => Number(/^colophon_stage_calls_total\{stage="auditPdf",outcome="done"\} (\d+)$/m.exec(await (await fetch(`${service.url}/metrics`)).text())?.[1]);
    const before = await auditPdfCalls();
    const untagged = await PDFDocument.create();
    untagged.addPage();
    const form = new FormData();
    form.append('files', new Blob(['<!DOCTYPE html><html><head><title>t</title></head><body><img src="x.png"></body></html>']), 'page.html');
    form.append('files', new Blob([Buffer.from(await untagged.save())]), 'untagged.pdf');
    const response = await fetch(`${service.url}/v1/audits`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { schemaVersion: number; findings: { ruleId: string; location: { file: string } }[]; files: { file: string }[] };
    expect(report.files.map((file) => file.file)).toEqual(['page.html', 'untagged.pdf']);
    expect(report.findings.filter((finding) => finding.location.file === 'page.html').map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang']));
    expect(report.findings.filter((finding) => finding.location.file === 'untagged.pdf').length).toBeGreaterThan(0);
    expect(await auditPdfCalls()).toBe(before + 1);
  });

  it('refuses callbacks to hosts the operator did not allow', async () => {
    const response = await fetch(`${service.url}/v1/builds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source: { text: 'A. B.', format: 'text', metadata: { title: 't', language: 'en', date: '2026-11-30' } }, options: { callbackUrl: 'http://127.0.0.1:9/hook' } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('CALLBACK_REFUSED');
  });
});

describe('limits and safety', () => {
  // Catches: the timingSafeEqual comparison removed from src/service/http/bearer-token.ts (any token passes: checked).
  it('needs a bearer token, compared whole, when it has one', async () => {
    const service = await startTestService({ token: 's3cret-token' });
    try {
      const body = { method: 'POST', body: JSON.stringify({ source: { text: 'A. B.', format: 'text', metadata: { title: 't', language: 'en', date: '2026-11-30' } }, options: { formats: ['html'], audit: false } }) };
      const headers = (value?: string) => ({ 'content-type': 'application/json', ...(value && { authorization: value }) });
      for (const value of [undefined, 'Bearer wrong', 'Bearer s3cret', 'Bearer s3cret-token-and-more', 's3cret-token']) {
        const response = await fetch(`${service.url}/v1/builds`, { ...body, headers: headers(value) });
        expect([value, response.status]).toEqual([value, 401]);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
      }
      expect((await fetch(`${service.url}/v1/builds`, { ...body, headers: headers('Bearer s3cret-token') })).status).toBe(202);
      // Probes stay open for the orchestrator.
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    } finally {
      await service.dispose();
    }
  }, 60_000);

  it('refuses to listen beyond loopback without a token', async () => {
    await expect(startService({ host: '0.0.0.0', port: 0, executablePath: testBrowserPath(), limits: { ...DEFAULT_LIMITS, concurrency: 1 } })).rejects.toMatchObject({ code: 'OPTIONS_INVALID' });
  });

  // Catches: the maxDepth bound removed from src/service/queue/in-process-queue.ts (the second build is queued: checked).
  it('answers 429 with Retry-After when the queue is full', async () => {
    const service = await startTestService({ limits: { maxQueued: 1, concurrency: 1 } });
    try {
      const post = () => fetch(`${service.url}/v1/builds`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { text: 'A first line.\nAnd a body.', format: 'text', metadata: { title: 't', language: 'en', date: '2026-11-30' } } }) });
      expect((await post()).status).toBe(202);
      const full = await post();
      expect(full.status).toBe(429);
      expect(Number(full.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await full.json()) as { error: { code: string } }).error.code).toBe('QUEUE_FULL');
    } finally {
      await service.dispose();
    }
  }, 60_000);

  it('fails a build that outlasts its time limit, after its retries, with the reason', async () => {
    const service = await startTestService({ limits: { buildTimeoutMs: 50 } });
    try {
      const response = await fetch(`${service.url}/v1/builds?wait=true`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: { text: 'A first line.\nAnd a body.', format: 'text', metadata: { title: 't', language: 'en', date: '2026-11-30' } } }) });
      const build = (await response.json()) as { status: string; attempts: number; error: { code: string; message: string } };
      expect(build.status).toBe('failed');
      expect(build.attempts).toBe(3);
      expect(build.error.code).toBe('BROWSER_FAILED');
      expect(build.error.message).toMatch(/took longer than/);
      const metrics = await (await fetch(`${service.url}/metrics`)).text();
      expect(metrics).toMatch(/colophon_browser_restarts [1-9]/);
      expect(metrics).toContain('colophon_builds_total{outcome="failed"} 1');
    } finally {
      await service.dispose();
    }
  }, 90_000);

  it('calls back the hosts it may call, once the build ends', async () => {
    const calls: string[] = [];
    const hook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => { calls.push(body); response.end(); });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const port = (hook.address() as AddressInfo).port;
    const service = await startTestService({ allowCallbacks: [`127.0.0.1:${port}`] });
    try {
      const response = await fetch(`${service.url}/v1/builds?wait=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ source: { text: 'A first line.\nAnd a body.', format: 'text', metadata: { title: 't', language: 'en', date: '2026-11-30' } }, options: { formats: ['html'], audit: false, callbackUrl: `http://127.0.0.1:${port}/hook` } }),
      });
      const build = (await response.json()) as { id: string; status: string };
      expect(build.status).toBe('done');
      for (let tries = 0; tries < 50 && calls.length === 0; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls).toHaveLength(1);
      expect(JSON.parse(calls[0] as string)).toMatchObject({ id: build.id, status: 'done' });
    } finally {
      await service.dispose();
      hook.close();
    }
  }, 60_000);
});
